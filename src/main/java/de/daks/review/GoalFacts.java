package de.daks.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A goal of the reviewed version with its indicator's values: baseline, the observed series (statistics computed by
 * the indicators module, manual ones entered by the team, the baseline on the decision date first) and target.
 *
 * @param source where the values come from (statistics key and years, or "entered by the team")
 */
public record GoalFacts(String key, String fieldTitle, String title, String indicator, @Nullable String unit,
		boolean statistic, @Nullable BigDecimal baseline, @Nullable BigDecimal target, @Nullable LocalDate targetDate,
		List<Trend.Point> points, @Nullable String source) {

	public GoalFacts {
		points = List.copyOf(points);
	}

	/** The trend line, projection and verdict. */
	public Trend.Result trend() {
		return Trend.of(points, baseline == null ? null : baseline.doubleValue(),
				target == null ? null : target.doubleValue(), targetDate);
	}

	/** The latest observed value ("now"), null without any. */
	public Trend.@Nullable Point now() {
		return points.isEmpty() ? null : trend().latest();
	}
}
