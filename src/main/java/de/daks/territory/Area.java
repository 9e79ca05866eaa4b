package de.daks.territory;

import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A node of the territory tree: Germany, a Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde or a Kommune's
 * Quartier.
 *
 * @param key the ARS prefix of the level (2, 3, 5, 9 or 12 digits), {@code DG} for Germany, or
 * {@code <parent ARS>-Q-<key>} for a quarter
 * @param parentKey the key of the parent node; null only for Germany (and for Länder imported without it)
 * @param typeCode the GV100AD Textkennzeichen (41–45 Kreise, 50–58 Gemeindeverbände, 60–67 Gemeinden), if any
 * @param designation the official type in German, e.g. "Landkreis", "Verbandsgemeinde", "Kreisfreie Stadt"
 * @param ags the 8-digit Amtlicher Gemeindeschlüssel of a Gemeinde, or the key itself for Land and Kreis
 * @param seat seat of the administration (upper levels), if given
 * @param areaHa area in hectares; for upper levels the sum of their Gemeinden
 * @param population inhabitants at {@code populationDate}; for upper levels the sum of their Gemeinden
 * @param postcode postcode of the seat of a Gemeinde, if given
 * @param dataset the file the node came from (null for nodes created by hand without file)
 * @param kommune the Kommune that created a quarter, null for official nodes
 * @param hasGeometry whether a boundary is stored
 */
public record Area(String key, AreaLevel level, @Nullable String parentKey, String name, @Nullable String typeCode,
		@Nullable String designation, @Nullable String ags, @Nullable String seat, @Nullable Long areaHa,
		@Nullable Long population, @Nullable Long populationMale, @Nullable Long populationFemale,
		@Nullable LocalDate populationDate, @Nullable String postcode, @Nullable TerritoryDataset dataset,
		@Nullable KommuneId kommune, boolean hasGeometry) {

	/** Area in km² (2 decimals), if known. */
	public @Nullable BigDecimal areaKm2() {
		return areaHa == null ? null : BigDecimal.valueOf(areaHa, 2);
	}

	/** Inhabitants per km² (1 decimal), if population and a positive area are known. */
	public @Nullable BigDecimal density() {
		BigDecimal km2 = areaKm2();
		if (population == null || km2 == null || km2.signum() == 0) {
			return null;
		}
		return BigDecimal.valueOf(population).divide(km2, 1, RoundingMode.HALF_UP);
	}

	/** The two-digit Land key of an official node or quarter, or null for Germany. */
	public @Nullable String landCode() {
		return key.length() >= 2 && Character.isDigit(key.charAt(0)) ? key.substring(0, 2) : null;
	}

	/** The user-chosen key of a quarter (after {@code -Q-}), or null for official nodes. */
	public @Nullable String quarterKey() {
		int index = key.indexOf("-Q-");
		return index < 0 ? null : key.substring(index + 3);
	}
}
