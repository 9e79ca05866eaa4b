package de.daks.indicators;

import de.daks.statistics.DatasetId;
import java.util.Set;

/**
 * A computed indicator, traceable to its definition and data.
 *
 * @param definitionId the {@link IndicatorDefinition#id()}
 * @param area the statistics key of the area the value is for
 * @param year the year; stocks at 31.12. of it, flows during it (windows end with it)
 * @param value the unrounded value in the definition's unit
 * @param datasets the datasets whose observations went into it
 * @param calculation the formula with the sums used, e.g. {@code 16951 / 51234 × 100} (plain numbers, decimal point)
 */
public record IndicatorValue(String definitionId, String area, int year, double value, String unit,
		Set<DatasetId> datasets, String calculation) {

	public IndicatorValue {
		datasets = Set.copyOf(datasets);
	}
}
