package de.daks.identity;

import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) implements java.io.Serializable {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
