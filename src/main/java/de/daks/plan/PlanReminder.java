package de.daks.plan;

import de.daks.shared.KommuneId;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reminder due for the responsible user of a measure: an overdue milestone, or a measure without an update for
 * the plan's number of days.
 *
 * @param refId the milestone (kind MILESTONE) or the measure (kind STALE)
 * @param period the milestone's due date, or the day of the measure's last update: a reminder goes out once each
 * @param milestoneTitle the milestone's title (kind MILESTONE), else null
 */
public record PlanReminder(Kind kind, long refId, LocalDate period, KommuneId kommune, long measureId,
		String measureTitle, @Nullable String milestoneTitle, UUID user, int staleAfterDays) {

	public enum Kind {
		MILESTONE, STALE
	}
}
