package de.daks.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Delays of a measure against its plan, in days (positive: late, negative: early). While a date is still open the
 * delay runs up to today once the planned date has passed; before that there is none yet (null).
 */
public final class Schedule {

	private Schedule() {
	}

	/** The start: actual against planned; not started and the planned start passed: today against planned. */
	public static @Nullable Long startDelay(@Nullable LocalDate plannedStart, @Nullable LocalDate actualStart,
			LocalDate today) {
		if (plannedStart == null) {
			return null;
		}
		if (actualStart != null) {
			return ChronoUnit.DAYS.between(plannedStart, actualStart);
		}
		return today.isAfter(plannedStart) ? ChronoUnit.DAYS.between(plannedStart, today) : null;
	}

	/**
	 * The end: actual against planned; not finished (and not stopped) and the planned end passed: today against
	 * planned.
	 */
	public static @Nullable Long endDelay(@Nullable LocalDate plannedEnd, @Nullable LocalDate actualEnd,
			boolean stopped, LocalDate today) {
		if (plannedEnd == null) {
			return null;
		}
		if (actualEnd != null) {
			return ChronoUnit.DAYS.between(plannedEnd, actualEnd);
		}
		return !stopped && today.isAfter(plannedEnd) ? ChronoUnit.DAYS.between(plannedEnd, today) : null;
	}
}
