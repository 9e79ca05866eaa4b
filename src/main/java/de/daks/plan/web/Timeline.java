package de.daks.plan.web;

import de.daks.plan.Measure;
import de.daks.plan.Milestone;
import de.daks.plan.PlanData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

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

	/**
	 * The chart as SVG markup (every text escaped): quarter grid, one bar per measure with its progress, milestones
	 * as diamonds with their title, the today line. Written directly, as one string, so that 2,000 rows stay fast.
	 */
	public String svg(String title, String todayLabel) {
		StringBuilder out = new StringBuilder(rows.size() * 400 + 1000);
		out.append("<svg class=\"plan-gantt\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
			.append("aria-labelledby=\"gantt-title\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">")
			.append("<title id=\"gantt-title\">").append(escape(title)).append("</title><g class=\"ticks\">");
		for (Tick t : ticks) {
			out.append("<line x1=\"").append(t.x()).append("\" x2=\"").append(t.x()).append("\" y1=\"18\" y2=\"")
				.append(height).append("\" stroke=\"#c8ccd2\"/><text x=\"").append(t.x() + 3)
				.append("\" y=\"14\" font-size=\"11\" fill=\"#333\">").append(escape(t.label())).append("</text>");
		}
		out.append("</g>");
		for (Row r : rows) {
			out.append("<g><text x=\"4\" y=\"").append(r.textY()).append("\" font-size=\"12\" fill=\"#1a1a1a\">")
				.append(escape(r.label())).append("</text><rect x=\"").append(r.x()).append("\" y=\"").append(r.y() + 3)
				.append("\" width=\"").append(r.barWidth()).append("\" height=\"14\" class=\"bar bar-")
				.append(r.status()).append(r.overdue() ? " bar-overdue" : "").append("\"/><rect x=\"").append(r.x())
				.append("\" y=\"").append(r.y() + 3).append("\" width=\"").append(r.progressWidth())
				.append("\" height=\"14\" class=\"bar-progress\"/>");
			for (Point p : r.milestones()) {
				out.append("<path d=\"M").append(p.x()).append(' ').append(r.y() + 2).append(" l6 8 l-6 8 l-6 -8 z\" class=\"")
					.append(p.done() ? "ms ms-done" : p.overdue() ? "ms ms-overdue" : "ms").append("\"><title>")
					.append(escape(p.title())).append("</title></path>");
			}
			out.append("</g>");
		}
		if (todayX != null) {
			out.append("<g><line class=\"today\" x1=\"").append(todayX).append("\" x2=\"").append(todayX)
				.append("\" y1=\"18\" y2=\"").append(height).append("\"/><text x=\"").append(todayX + 3)
				.append("\" y=\"26\" font-size=\"11\" fill=\"#b00020\">").append(escape(todayLabel))
				.append("</text></g>");
		}
		return out.append("</svg>").toString();
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
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
