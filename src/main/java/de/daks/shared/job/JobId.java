package de.daks.shared.job;

import java.util.UUID;

/** The identity of a persisted job. */
public record JobId(UUID value) {

	public static JobId random() {
		return new JobId(UUID.randomUUID());
	}

	public static JobId parse(String text) {
		return new JobId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
