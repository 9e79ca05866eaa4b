package de.daks.territory;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of a territory import. A file with errors is rejected as a whole: {@link #success()} is false and
 * nothing of it was stored.
 *
 * @param kind {@link TerritoryDataset#GV100AD} or {@link TerritoryDataset#BOUNDARIES}
 * @param counts records per level (GV100AD) or matched features per level (boundaries)
 * @param unchanged the same file had been imported before and everything from it is still there: nothing written
 * @param errors the problems that made the import fail (at most {@link #MAX_LISTED}; see {@code errorCount})
 * @param warnings things skipped without failing, e.g. boundaries of areas the territory does not know
 * @param skipped informational records or features that were not stored (e.g. GV100AD record type 30, Region)
 */
public record ImportReport(String kind, String fileName, @Nullable LocalDate gebietsstand, boolean success,
		boolean unchanged, Map<AreaLevel, Integer> counts, int skipped, Duration duration, List<ImportProblem> errors,
		int errorCount, List<ImportProblem> warnings, int warningCount) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The most problems a report lists; the counts say how many there were. */
	public static final int MAX_LISTED = 200;

	public ImportReport {
		EnumMap<AreaLevel, Integer> copy = new EnumMap<>(AreaLevel.class);
		copy.putAll(counts);
		counts = Collections.unmodifiableMap(copy);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public int count(AreaLevel level) {
		return counts.getOrDefault(level, 0);
	}

	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Whether a line number (GV100AD) or a feature index (GeoJSON) is the position of a problem. */
	public boolean isLineBased() {
		return TerritoryDataset.GV100AD.equals(kind);
	}
}
