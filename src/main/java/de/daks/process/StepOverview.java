package de.daks.process;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a Kommune's process at a glance.
 *
 * @param statusChangedAt when the status was last changed, null while never changed
 * @param statusChangedBy who changed it last, null while never changed
 * @param checklistDone ticked checklist items (product defaults and the team's own)
 * @param checklistTotal all checklist items of the step
 */
public record StepOverview(Step step, StepStatus status, @Nullable Instant statusChangedAt,
		@Nullable String statusChangedBy, int checklistDone, int checklistTotal) {

	/** Share of ticked items in percent, 0 to 100 (0 for an empty checklist). */
	public int checklistPercent() {
		return checklistTotal == 0 ? 0 : Math.round(100f * checklistDone / checklistTotal);
	}
}
