package de.daks.statistics;

import java.util.UUID;

/** The identity of an imported dataset (one imported file). */
public record DatasetId(UUID value) {

	public static DatasetId random() {
		return new DatasetId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
