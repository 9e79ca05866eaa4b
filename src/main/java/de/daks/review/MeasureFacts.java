package de.daks.review;

import de.daks.plan.MeasureStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A measure of the reviewed version, planned against actual: the dates and budget as decided in the version, the
 * actual dates (entered in the review, else from the measure's timeline), today's status and progress in the draft,
 * the spending entered in the review, and the delays in days ({@link Schedule}).
 *
 * @param inDraft whether the measure still exists in the plan draft (decisions need it)
 */
public record MeasureFacts(String key, long measureId, String fieldKey, String fieldTitle, String title,
		@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart,
		boolean startEntered, @Nullable LocalDate actualEnd, boolean endEntered, MeasureStatus status,
		@Nullable String statusReason, int progress, @Nullable BigDecimal budget, @Nullable String fundingSource,
		@Nullable BigDecimal spent, @Nullable String note, boolean inDraft, @Nullable Long startDelay,
		@Nullable Long endDelay) {

	/** Spending in percent of the budget; null without both (or with a budget of zero). */
	public @Nullable Integer spentPercent() {
		if (budget == null || spent == null || budget.signum() == 0) {
			return null;
		}
		return spent.multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.HALF_UP).intValue();
	}
}
