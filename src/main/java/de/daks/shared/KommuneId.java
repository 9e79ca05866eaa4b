package de.daks.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of a Kommune taking part in DAKS (a territorial node or an alliance of several). */
public record KommuneId(UUID value) implements java.io.Serializable {

	public KommuneId {
		Objects.requireNonNull(value, "value");
	}

	public static KommuneId random() {
		return new KommuneId(UUID.randomUUID());
	}

	public static KommuneId of(String value) {
		return new KommuneId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
