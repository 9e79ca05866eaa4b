package de.daks.plan;

import java.time.LocalDate;

/** A milestone of a measure. */
public record Milestone(long id, long measureId, String title, LocalDate due, boolean done) {

	public boolean overdue(LocalDate today) {
		return !done && due.isBefore(today);
	}
}
