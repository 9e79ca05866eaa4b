package de.daks.process;

import java.util.Objects;
import java.util.UUID;

public record NoteId(UUID value) {

	public NoteId {
		Objects.requireNonNull(value, "value");
	}

	public static NoteId random() {
		return new NoteId(UUID.randomUUID());
	}

	/** Parses a path segment; an id that is not a UUID cannot exist and is reported as not found. */
	public static NoteId of(String value) {
		try {
			return new NoteId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new de.daks.shared.NotFoundException("NoteId " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
