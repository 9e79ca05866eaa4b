package de.daks.indicators;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Types of {@link IndicatorService#seriesWithParents}. */
public final class SeriesComparison {

	private SeriesComparison() {
	}

	/**
	 * One year of an indicator's time series.
	 *
	 * @param value the area's value, null if not computable that year
	 * @param others the values of the areas compared with (Kreis, Land, Germany), null where not computable
	 */
	public record Row(int year, @Nullable IndicatorValue value, List<@Nullable IndicatorValue> others) {

		public Row {
			others = java.util.Collections.unmodifiableList(new ArrayList<>(others));
		}
	}
}
