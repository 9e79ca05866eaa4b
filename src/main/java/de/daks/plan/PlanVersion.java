package de.daks.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published version of the plan: numbered from 1, with the date and reference of the decision (e.g. council
 * decision), and the frozen snapshot. There is no way to change a version; a new one is published instead.
 */
public record PlanVersion(long id, int number, LocalDate decidedOn, String decisionRef, Instant publishedAt,
		String publishedBy, Snapshot snapshot) {
}
