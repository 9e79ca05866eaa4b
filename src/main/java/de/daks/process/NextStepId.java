package de.daks.process;

import java.util.Objects;
import java.util.UUID;

public record NextStepId(UUID value) {

	public NextStepId {
		Objects.requireNonNull(value, "value");
	}

	public static NextStepId random() {
		return new NextStepId(UUID.randomUUID());
	}

	/** Parses a path segment; an id that is not a UUID cannot exist and is reported as not found. */
	public static NextStepId of(String value) {
		try {
			return new NextStepId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new de.daks.shared.NotFoundException("NextStepId " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
