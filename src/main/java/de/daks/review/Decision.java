package de.daks.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the review. For a measure of the reviewed version ({@code measureKey} like {@code M12}): continue,
 * change (with the new values; empty ones stay as they are) or stop (with the reason). A new measure has no measure
 * key but a field ({@code fieldKey} like {@code F3}) and a title. The rules of the plan are checked when the
 * decisions are applied ({@link de.daks.plan.PlanRevisions}); these are the rules of the decision itself.
 *
 * @param appliedMeasureId the measure of the draft the decision was applied to (the new one for {@code NEW})
 */
public record Decision(long id, @Nullable String measureKey, DecisionKind kind, @Nullable String reason,
		@Nullable String title, @Nullable String description, @Nullable String responsible, @Nullable LocalDate start,
		@Nullable LocalDate end, @Nullable BigDecimal budget, @Nullable String fieldKey,
		@Nullable Long appliedMeasureId, String decidedBy, Instant decidedAt) {

	public Decision {
		reason = blank(reason);
		title = blank(title);
		description = blank(description);
		responsible = blank(responsible);
		if (kind == DecisionKind.NEW) {
			if (measureKey != null) {
				throw new ReviewException("review.rule.newWithMeasure");
			}
			if (fieldKey == null || !fieldKey.matches("F\\d+")) {
				throw new ReviewException("review.rule.fieldNeeded");
			}
			if (title == null) {
				throw new ReviewException("review.rule.titleNeeded");
			}
		}
		else if (measureKey == null || !measureKey.matches("M\\d+")) {
			throw new ReviewException("review.rule.measureNeeded");
		}
		if (kind == DecisionKind.STOP && reason == null) {
			throw new ReviewException("review.rule.reasonNeeded");
		}
		if (kind == DecisionKind.CHANGE && title == null && description == null && responsible == null
				&& start == null && end == null && budget == null) {
			throw new ReviewException("review.rule.changeNeedsValue");
		}
		if (kind == DecisionKind.CONTINUE || kind == DecisionKind.STOP) {
			title = null;
			description = null;
			responsible = null;
			start = null;
			end = null;
			budget = null;
		}
		if (kind != DecisionKind.STOP) {
			reason = null;
		}
		if (start != null && end != null && end.isBefore(start)) {
			throw new ReviewException("review.rule.endBeforeStart");
		}
		if (budget != null && budget.signum() < 0) {
			throw new ReviewException("review.rule.negativeBudget");
		}
		if ((title != null && title.length() > 300) || (description != null && description.length() > 8000)
				|| (reason != null && reason.length() > 1000) || (responsible != null && responsible.length() > 200)) {
			throw new ReviewException("review.rule.textLength");
		}
	}

	public long measureId() {
		return measureKey == null ? 0 : Long.parseLong(measureKey.substring(1));
	}

	public long fieldId() {
		return fieldKey == null ? 0 : Long.parseLong(fieldKey.substring(1));
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
