package de.daks.territory;

import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Kommune working with DAKS: one territorial node (Gemeinde, Stadt, Kreis, Gemeindeverband, Quartier) or an
 * alliance of several ({@link KommuneKind#VERBUND}).
 *
 * @param areaKeys the keys of its territory nodes (ARS/AGS, or DAKS quarter keys); empty if not linked yet
 * @param landCode the two-digit Land key, if known
 * @param population inhabitants at {@code populationDate}, if known
 * @param populationDate reference date of the population figure, as ISO date, if known
 * @param areaKm2 area in square kilometres, if known
 * @param synthetic true if the figures of this Kommune are synthetic demo data (shown as such in the UI)
 */
public record Kommune(KommuneId id, String name, KommuneKind kind, List<String> areaKeys, @Nullable String landCode,
		@Nullable Long population, @Nullable String populationDate, @Nullable BigDecimal areaKm2, boolean synthetic) {

	public Kommune {
		areaKeys = List.copyOf(areaKeys);
	}

	/** Inhabitants per km², if population and area are known. */
	public @Nullable BigDecimal density() {
		if (population == null || areaKm2 == null || areaKm2.signum() == 0) {
			return null;
		}
		return BigDecimal.valueOf(population).divide(areaKm2, 1, java.math.RoundingMode.HALF_UP);
	}
}
