package de.daks.process;

import java.util.Objects;
import java.util.UUID;

public record AttachmentId(UUID value) {

	public AttachmentId {
		Objects.requireNonNull(value, "value");
	}

	public static AttachmentId random() {
		return new AttachmentId(UUID.randomUUID());
	}

	/** Parses a path segment; an id that is not a UUID cannot exist and is reported as not found. */
	public static AttachmentId of(String value) {
		try {
			return new AttachmentId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new de.daks.shared.NotFoundException("AttachmentId " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
