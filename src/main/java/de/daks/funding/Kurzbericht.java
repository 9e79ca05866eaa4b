package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The annual short report of a Kommune: progress of the five steps, activities, spending and outlook. The first
 * draft is composed from DAKS (steps and spending); the team completes and submits it, after which it is locked.
 */
public record Kurzbericht(ProgrammeId programme, KommuneId kommune, int year, String progress, String activities,
		String spending, String outlook, boolean submitted, @Nullable Instant submittedAt) {

	/** Reports for a year are due by 31 March of the following year. */
	public static LocalDate dueDate(int year) {
		return LocalDate.of(year + 1, 3, 31);
	}
}
