package de.daks.process;

import java.util.Objects;
import java.util.UUID;

public record AgendaItemId(UUID value) {

	public AgendaItemId {
		Objects.requireNonNull(value, "value");
	}

	public static AgendaItemId random() {
		return new AgendaItemId(UUID.randomUUID());
	}

	/** Parses a path segment; an id that is not a UUID cannot exist and is reported as not found. */
	public static AgendaItemId of(String value) {
		try {
			return new AgendaItemId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new de.daks.shared.NotFoundException("AgendaItemId " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
