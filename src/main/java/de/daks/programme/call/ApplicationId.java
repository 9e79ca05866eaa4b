package de.daks.programme.call;

import java.util.Objects;
import java.util.UUID;

public record ApplicationId(UUID value) {

	public ApplicationId {
		Objects.requireNonNull(value, "value");
	}

	public static ApplicationId random() {
		return new ApplicationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
