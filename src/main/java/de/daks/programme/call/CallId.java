package de.daks.programme.call;

import java.util.Objects;
import java.util.UUID;

public record CallId(UUID value) {

	public CallId {
		Objects.requireNonNull(value, "value");
	}

	public static CallId random() {
		return new CallId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
