package de.daks.plan.web;

import de.daks.plan.Measure;
import de.daks.plan.Milestone;
import de.daks.plan.PlanData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the Gantt-like timeline, computed on the server and drawn by {@code plan/timeline.html} as SVG:
 * one bar per measure with start and end, a diamond per milestone, quarter grid lines and the today line.
 */
public record Timeline(int width, int height, int labelWidth, List<Tick> ticks, List<Row> rows,
		@Nullable Integer todayX) {

	public static final int ROW = 22;

	public static final int TOP = 28;

	public record Tick(int x, String label) {
	}

	public record Point(int x, String title, boolean done, boolean overdue) {
	}

	/** A row: y of the bar's top; x and width of the bar. */
	public record Row(long measureId, String label, int y, int x, int barWidth, String status, int progress,
			boolean overdue, List<Point> milestones) {

		public int textY() {
			return y + 13;
		}

		public int progressWidth() {
			return barWidth * progress / 100;
		}
	}

	static Timeline of(PlanData plan, List<Measure> measures, LocalDate today) {
		int labelWidth = 280;
		int chart = 840;
		List<Measure> dated = measures.stream().filter(m -> m.start() != null).toList();
		if (dated.isEmpty()) {
			return new Timeline(labelWidth + chart, TOP + 10, labelWidth, List.of(), List.of(), null);
		}
		LocalDate min = dated.stream().map(Measure::start).min(LocalDate::compareTo).orElseThrow();
		LocalDate max = dated.stream().map(m -> m.end() == null ? m.start() : m.end()).max(LocalDate::compareTo)
			.orElseThrow();
		for (Measure m : dated) {
			for (Milestone s : plan.milestonesOf(m.id())) {
				max = s.due().isAfter(max) ? s.due() : max;
				min = s.due().isBefore(min) ? s.due() : min;
			}
		}
		LocalDate from = LocalDate.of(min.getYear(), ((min.getMonthValue() - 1) / 3) * 3 + 1, 1);
		LocalDate to = LocalDate.of(max.getYear(), ((max.getMonthValue() - 1) / 3) * 3 + 1, 1).plusMonths(3);
		double days = ChronoUnit.DAYS.between(from, to);
		double scale = chart / days;
		List<Tick> ticks = new ArrayList<>();
		for (LocalDate q = from; q.isBefore(to); q = q.plusMonths(3)) {
			ticks.add(new Tick(labelWidth + (int) Math.round(ChronoUnit.DAYS.between(from, q) * scale),
					Measure.quarter(q)));
		}
		List<Row> rows = new ArrayList<>();
		int y = TOP;
		for (Measure m : dated) {
			LocalDate end = m.end() == null ? m.start() : m.end();
			int x = labelWidth + (int) Math.round(ChronoUnit.DAYS.between(from, m.start()) * scale);
			int w = Math.max(3, (int) Math.round((ChronoUnit.DAYS.between(m.start(), end) + 1) * scale));
			List<Point> points = new ArrayList<>();
			for (Milestone s : plan.milestonesOf(m.id())) {
				points.add(new Point(labelWidth + (int) Math.round(ChronoUnit.DAYS.between(from, s.due()) * scale),
						s.title() + " (" + s.due() + ")", s.done(), s.overdue(today)));
			}
			String label = m.title().length() > 40 ? m.title().substring(0, 39) + "…" : m.title();
			rows.add(new Row(m.id(), label, y, x, w, m.status().name(), m.progress(), m.overdue(today), points));
			y += ROW;
		}
		Integer todayX = today.isBefore(from) || !today.isBefore(to) ? null
				: labelWidth + (int) Math.round(ChronoUnit.DAYS.between(from, today) * scale);
		return new Timeline(labelWidth + chart + 10, y + 10, labelWidth, ticks, rows, todayX);
	}
}
