package de.daks.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A goal of a field of action, measured by one indicator: a statistics indicator of the Kommunalprofil (key of the
 * indicator catalogue, computed for the Kommune) or a manual one (e.g. visitors of the youth meeting point).
 * The baseline year is optional; a statistic goal without an entered baseline takes the indicator's value of that
 * year (or the latest year with data) from the Kommunalprofil.
 */
public record Goal(long id, long fieldId, String title, boolean statistic, @Nullable String indicatorKey,
		String indicatorName, @Nullable String unit, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
		@Nullable LocalDate targetDate, @Nullable Integer baselineYear) {

	/** A goal without a baseline year. */
	public Goal(long id, long fieldId, String title, boolean statistic, @Nullable String indicatorKey,
			String indicatorName, @Nullable String unit, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
			@Nullable LocalDate targetDate) {
		this(id, fieldId, title, statistic, indicatorKey, indicatorName, unit, baseline, target, targetDate, null);
	}
}
