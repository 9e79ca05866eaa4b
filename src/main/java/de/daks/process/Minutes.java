package de.daks.process;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The minutes of the Kick-Off meeting.
 *
 * @param participants number of people who took part
 * @param decisions what was decided (plain text, one decision a line)
 * @param updatedAt when the minutes were last saved (ignored when saving)
 * @param updatedBy who saved them last (ignored when saving)
 */
public record Minutes(@Nullable LocalDate date, @Nullable String place, @Nullable Integer participants,
		@Nullable String text, @Nullable String decisions, @Nullable Instant updatedAt, @Nullable String updatedBy) {

	public static Minutes of(@Nullable LocalDate date, @Nullable String place, @Nullable Integer participants,
			@Nullable String text, @Nullable String decisions) {
		return new Minutes(date, place, participants, text, decisions, null, null);
	}
}
