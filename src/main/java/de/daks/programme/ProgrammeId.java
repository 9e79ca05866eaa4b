package de.daks.programme;

import java.util.Objects;
import java.util.UUID;

public record ProgrammeId(UUID value) {

	public ProgrammeId {
		Objects.requireNonNull(value, "value");
	}

	public static ProgrammeId random() {
		return new ProgrammeId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
