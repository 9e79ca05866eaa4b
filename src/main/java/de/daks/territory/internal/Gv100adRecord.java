package de.daks.territory.internal;

import de.daks.territory.AreaLevel;
import org.jspecify.annotations.Nullable;

/**
 * One area record of a GV100AD file (record types 10, 20, 40, 50, 60), with its parent already derived.
 *
 * @param line the 1-based line number in the file
 * @param areaHa area in hectares (record type 60 only)
 */
public record Gv100adRecord(int line, AreaLevel level, String key, String parentKey, String name,
		@Nullable String typeCode, String designation, @Nullable String ags, @Nullable String seat,
		@Nullable Long areaHa, @Nullable Long population, @Nullable Long populationMale, @Nullable String postcode) {

	public @Nullable Long populationFemale() {
		return population == null || populationMale == null ? null : population - populationMale;
	}
}
