package de.daks.plan.web;

/**
 * One measure as the table views show it, with its texts formatted once on the server (German dates and amounts),
 * so that large plans render fast.
 */
public record MeasureRow(long id, String title, String field, String responsible, String groups, String start,
		String end, String budget, String status, String statusLabel, int progress, boolean overdue,
		String milestones) {
}
