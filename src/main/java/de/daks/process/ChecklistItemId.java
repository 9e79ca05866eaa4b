package de.daks.process;

import java.util.Objects;
import java.util.UUID;

public record ChecklistItemId(UUID value) {

	public ChecklistItemId {
		Objects.requireNonNull(value, "value");
	}

	public static ChecklistItemId random() {
		return new ChecklistItemId(UUID.randomUUID());
	}

	/** Parses a path segment; an id that is not a UUID cannot exist and is reported as not found. */
	public static ChecklistItemId of(String value) {
		try {
			return new ChecklistItemId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new de.daks.shared.NotFoundException("ChecklistItemId " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
