package de.daks.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A measure of the plan (an aggregate: its life-cycle rules are here). Immutable; the change methods return the
 * changed measure or throw {@link PlanException} naming the broken rule:
 * <ul>
 * <li>a measure cannot be done before it started (only from "in progress", and not before its start date);</li>
 * <li>paused and dropped need a reason;</li>
 * <li>progress is 0–100; progress above 0 starts a planned measure; done means 100 %;</li>
 * <li>the end is not before the start, the budget is not negative.</li>
 * </ul>
 * The responsible person is free text (with the unit); {@code responsibleUserId} optionally names a user of the
 * Kommune's team, who then finds the measure under "my tasks" and gets the reminders.
 */
public record Measure(long id, long fieldId, String title, @Nullable String description,
		@Nullable String responsibleUnit, @Nullable String responsiblePerson, @Nullable String partners,
		Set<TargetGroup> targetGroups, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable BigDecimal budget,
		@Nullable String fundingSource, MeasureStatus status, @Nullable String statusReason, int progress,
		@Nullable Origin origin, @Nullable UUID responsibleUserId) {

	/** A measure without a responsible user of the team. */
	public Measure(long id, long fieldId, String title, @Nullable String description,
			@Nullable String responsibleUnit, @Nullable String responsiblePerson, @Nullable String partners,
			Set<TargetGroup> targetGroups, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable BigDecimal budget, @Nullable String fundingSource, MeasureStatus status,
			@Nullable String statusReason, int progress, @Nullable Origin origin) {
		this(id, fieldId, title, description, responsibleUnit, responsiblePerson, partners, targetGroups, start, end,
				budget, fundingSource, status, statusReason, progress, origin, null);
	}

	public Measure {
		targetGroups = Set.copyOf(targetGroups);
		if (title.isBlank()) {
			throw new PlanException("plan.rule.title");
		}
		if (start != null && end != null && end.isBefore(start)) {
			throw new PlanException("plan.rule.endBeforeStart");
		}
		if (budget != null && budget.signum() < 0) {
			throw new PlanException("plan.rule.negativeBudget");
		}
		if (progress < 0 || progress > 100) {
			throw new PlanException("plan.rule.progressRange");
		}
	}

	/** A new measure by hand or from a proposal: an idea without progress. */
	public static Measure idea(long fieldId, String title, @Nullable String responsiblePerson,
			@Nullable String description, @Nullable Origin origin) {
		return new Measure(0, fieldId, title.strip(), description, null, responsiblePerson, null, Set.of(), null, null,
				null, null, MeasureStatus.IDEA, null, 0, origin);
	}

	/**
	 * Whether a measure may be entered with this status, reason and progress at once (an import, where no history
	 * of changes exists): the rules {@link #changeStatus} and {@link #reportProgress} keep when they are applied one
	 * by one. Returns the message key of the broken rule, or null.
	 */
	public static @Nullable String stateProblem(MeasureStatus status, @Nullable String reason, int progress,
			@Nullable LocalDate start, LocalDate today) {
		if (progress < 0 || progress > 100) {
			return "plan.rule.progressRange";
		}
		if (status.needsReason() && (reason == null || reason.isBlank())) {
			return "plan.rule.reasonNeeded";
		}
		if (status == MeasureStatus.DONE) {
			if (progress != 100) {
				return "plan.rule.doneMeansFull";
			}
			if (start != null && start.isAfter(today)) {
				return "plan.rule.doneBeforeStartDate";
			}
		}
		else if (progress == 100) {
			return "plan.rule.progressUseDone";
		}
		if ((status == MeasureStatus.IDEA || status == MeasureStatus.PLANNED) && progress > 0) {
			return "plan.rule.ideaWithProgress";
		}
		return null;
	}

	/** The status changed to {@code to}; the reason is kept for paused and dropped. */
	public Measure changeStatus(MeasureStatus to, @Nullable String reason, LocalDate today) {
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (to.needsReason() && why == null) {
			throw new PlanException("plan.rule.reasonNeeded");
		}
		int newProgress = progress;
		if (to == MeasureStatus.DONE) {
			if (status != MeasureStatus.IN_PROGRESS) {
				throw new PlanException("plan.rule.doneBeforeStarted");
			}
			if (start != null && start.isAfter(today)) {
				throw new PlanException("plan.rule.doneBeforeStartDate");
			}
			newProgress = 100;
		}
		else if (status == MeasureStatus.DONE && to != MeasureStatus.IN_PROGRESS) {
			throw new PlanException("plan.rule.doneReopen");
		}
		if ((to == MeasureStatus.IDEA || to == MeasureStatus.PLANNED) && progress > 0) {
			throw new PlanException("plan.rule.backToPlannedWithProgress");
		}
		if (to == MeasureStatus.IN_PROGRESS && newProgress == 100) {
			newProgress = 99;
		}
		return new Measure(id, fieldId, title, description, responsibleUnit, responsiblePerson, partners, targetGroups,
				start, end, budget, fundingSource, to, to.needsReason() ? why : null, newProgress, origin,
				responsibleUserId);
	}

	/** Progress reported; a measure that is only an idea or planned is now in progress. */
	public Measure reportProgress(int percent) {
		if (percent < 0 || percent > 100) {
			throw new PlanException("plan.rule.progressRange");
		}
		if (status.closed() || status == MeasureStatus.PAUSED) {
			throw new PlanException("plan.rule.progressClosed");
		}
		if (percent == 100) {
			throw new PlanException("plan.rule.progressUseDone");
		}
		MeasureStatus next = percent > 0 && (status == MeasureStatus.IDEA || status == MeasureStatus.PLANNED)
				? MeasureStatus.IN_PROGRESS : status;
		return new Measure(id, fieldId, title, description, responsibleUnit, responsiblePerson, partners, targetGroups,
				start, end, budget, fundingSource, next, statusReason, percent, origin, responsibleUserId);
	}

	/** Overdue: the end date has passed and the measure is neither done nor dropped. */
	public boolean overdue(LocalDate today) {
		return end != null && end.isBefore(today) && !status.closed();
	}

	/** The quarters the measure runs in, e.g. {@code Q3/2027}; empty without dates. */
	public List<String> quarters() {
		List<String> out = new ArrayList<>();
		if (start == null) {
			return out;
		}
		LocalDate last = end == null ? start : end;
		LocalDate q = LocalDate.of(start.getYear(), ((start.getMonthValue() - 1) / 3) * 3 + 1, 1);
		while (!q.isAfter(last) && out.size() < 200) {
			out.add(quarter(q));
			q = q.plusMonths(3);
		}
		return out;
	}

	public static String quarter(LocalDate date) {
		return "Q" + ((date.getMonthValue() - 1) / 3 + 1) + "/" + date.getYear();
	}

	public boolean inQuarter(String quarter) {
		return quarters().contains(quarter);
	}
}
