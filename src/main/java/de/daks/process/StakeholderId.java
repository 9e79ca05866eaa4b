package de.daks.process;

import java.util.Objects;
import java.util.UUID;

public record StakeholderId(UUID value) {

	public StakeholderId {
		Objects.requireNonNull(value, "value");
	}

	public static StakeholderId random() {
		return new StakeholderId(UUID.randomUUID());
	}

	/** Parses a path segment; an id that is not a UUID cannot exist and is reported as not found. */
	public static StakeholderId of(String value) {
		try {
			return new StakeholderId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new de.daks.shared.NotFoundException("StakeholderId " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
