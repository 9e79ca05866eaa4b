package de.daks.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the team enters for a measure in the review: the money spent, and actual dates where the timeline does not
 * tell them (they take precedence over the timeline).
 */
public record MeasureEntry(String measureKey, @Nullable BigDecimal spent, @Nullable LocalDate actualStart,
		@Nullable LocalDate actualEnd, @Nullable String note) {

	public MeasureEntry {
		note = note == null || note.isBlank() ? null : note.strip();
		if (spent != null && spent.signum() < 0) {
			throw new ReviewException("review.rule.negativeSpent");
		}
		if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
			throw new ReviewException("review.rule.endBeforeStart");
		}
		if (note != null && note.length() > 2000) {
			throw new ReviewException("review.rule.textLength");
		}
	}
}
