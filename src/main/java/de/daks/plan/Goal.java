package de.daks.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A goal of a field of action, measured by one indicator: a statistics indicator of the Kommunalprofil (key of the
 * indicator catalogue, computed for the Kommune) or a manual one (e.g. visitors of the youth meeting point).
 */
public record Goal(long id, long fieldId, String title, boolean statistic, @Nullable String indicatorKey,
		String indicatorName, @Nullable String unit, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
		@Nullable LocalDate targetDate) {
}
