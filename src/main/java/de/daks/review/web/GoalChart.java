package de.daks.review.web;

import de.daks.reporting.Chart;
import de.daks.reporting.DataTable;
import de.daks.review.GoalFacts;
import de.daks.review.Trend;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The chart of one goal as accessible SVG (ADR 0007: presentation attributes, {@code role="img"}, title and
 * description, never colour alone): the observed values as a solid line with dots, the least-squares trend as a
 * dashed line up to the target date, the target as a diamond and a dotted line; with its data table (day, observed
 * value, trend, target). The same markup serves the page, the PDF and the DOCX.
 */
final class GoalChart {

	/** The texts of the chart in the reader's language. */
	record Labels(String title, String description, String observed, String trend, String target, String day) {
	}

	private static final double WIDTH = 640;

	private static final double LEFT = 70;

	private static final double RIGHT = WIDTH - 24;

	private static final double TOP = 24;

	private static final double BOTTOM = 224;

	private static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

	private static final String INK = "#1b1f24";

	private static final String MUTED = "#57606a";

	private static final String GRID = "#d0d7de";

	private static final String OBSERVED = "#1f5f99";

	private static final String TREND = "#b34a00";

	private static final String TARGET = "#2e7d32";

	private static final AtomicLong IDS = new AtomicLong();

	private GoalChart() {
	}

	/** The chart, or null when there is nothing to draw (no value and no target). */
	static @Nullable Chart of(GoalFacts goal, Labels labels, Locale locale) {
		Trend.Result trend = goal.trend();
		List<Trend.Point> points = trend.points();
		Double target = goal.target() == null ? null : goal.target().doubleValue();
		if (points.isEmpty()) {
			return null;
		}
		LocalDate minDate = points.get(0).date();
		LocalDate maxDate = points.get(points.size() - 1).date();
		if (goal.targetDate() != null && goal.targetDate().isAfter(maxDate)) {
			maxDate = goal.targetDate();
		}
		if (goal.targetDate() != null && goal.targetDate().isBefore(minDate)) {
			minDate = goal.targetDate();
		}
		if (!maxDate.isAfter(minDate)) {
			minDate = minDate.minusMonths(6);
			maxDate = maxDate.plusMonths(6);
		}
		Trend.Line line = trend.line();
		LocalDate trendEnd = goal.targetDate() != null && goal.targetDate().isAfter(points.get(points.size() - 1).date())
				? goal.targetDate() : points.get(points.size() - 1).date();
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		List<Double> ys = new ArrayList<>();
		points.forEach(p -> ys.add(p.value()));
		if (target != null) {
			ys.add(target);
		}
		if (line != null) {
			ys.add(line.at(points.get(0).date()));
			ys.add(line.at(trendEnd));
		}
		for (double y : ys) {
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		if (maxY - minY < 1e-9) {
			minY -= Math.max(1, Math.abs(minY) * 0.1);
			maxY += Math.max(1, Math.abs(maxY) * 0.1);
		}
		double[] ticks = ticks(minY, maxY);
		double y0 = ticks[0];
		double y1 = ticks[ticks.length - 1];
		long span = ChronoUnit.DAYS.between(minDate, maxDate);
		LocalDate origin = minDate;
		java.util.function.ToDoubleFunction<LocalDate> px = d -> LEFT
				+ (RIGHT - LEFT) * ChronoUnit.DAYS.between(origin, d) / (double) span;
		java.util.function.DoubleUnaryOperator py = v -> BOTTOM - (BOTTOM - TOP) * (v - y0) / (y1 - y0);

		String id = "goal-chart-" + IDS.incrementAndGet();
		double height = 290;
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart review-goal-chart\" viewBox=\"0 0 ")
			.append(num(WIDTH)).append(' ').append(num(height)).append("\" width=\"").append(num(WIDTH))
			.append("\" height=\"").append(num(height)).append("\" role=\"img\" aria-labelledby=\"").append(id)
			.append("-title ").append(id).append("-desc\" focusable=\"false\" font-family=\"").append(FONT)
			.append("\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(labels.title())).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(labels.description())).append("</desc>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(height))
			.append("\" fill=\"#ffffff\"/>");
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.abs(y1 - y0) < 10 ? 2 : 0);
		for (double t : ticks) {
			double y = py.applyAsDouble(t);
			line(svg, LEFT, y, RIGHT, y, GRID, 1, null);
			text(svg, LEFT - 6, y + 4, "end", 11, format.format(t), MUTED);
		}
		int firstYear = minDate.getYear() + (minDate.getDayOfYear() == 1 ? 0 : 1);
		int years = maxDate.getYear() - firstYear + 1;
		int step = years > 12 ? 5 : years > 6 ? 2 : 1;
		for (int year = firstYear; year <= maxDate.getYear(); year += step) {
			double x = px.applyAsDouble(LocalDate.of(year, 1, 1));
			line(svg, x, BOTTOM, x, BOTTOM + 5, MUTED, 1, null);
			text(svg, x, BOTTOM + 19, "middle", 11, String.valueOf(year), MUTED);
		}
		line(svg, LEFT, BOTTOM, RIGHT, BOTTOM, MUTED, 1, null);
		line(svg, LEFT, TOP, LEFT, BOTTOM, MUTED, 1, null);
		if (target != null) {
			double ty = py.applyAsDouble(target);
			line(svg, LEFT, ty, RIGHT, ty, TARGET, 1.5, "2 4");
			if (goal.targetDate() != null) {
				diamond(svg, px.applyAsDouble(goal.targetDate()), ty);
			}
		}
		if (line != null) {
			LocalDate from = points.get(0).date();
			line(svg, px.applyAsDouble(from), py.applyAsDouble(line.at(from)), px.applyAsDouble(trendEnd),
					py.applyAsDouble(line.at(trendEnd)), TREND, 2.5, "7 4");
		}
		StringBuilder d = new StringBuilder();
		for (Trend.Point p : points) {
			d.append(d.isEmpty() ? "M" : "L").append(num(px.applyAsDouble(p.date()))).append(' ')
				.append(num(py.applyAsDouble(p.value())));
		}
		svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(OBSERVED)
			.append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
		for (Trend.Point p : points) {
			svg.append("<circle cx=\"").append(num(px.applyAsDouble(p.date()))).append("\" cy=\"")
				.append(num(py.applyAsDouble(p.value()))).append("\" r=\"4\" fill=\"").append(OBSERVED)
				.append("\"/>");
		}
		// legend: line with dot, dashed line, diamond – shapes as well as colours
		double ly = BOTTOM + 48;
		double lx = 16;
		line(svg, lx, ly - 4, lx + 28, ly - 4, OBSERVED, 2.5, null);
		svg.append("<circle cx=\"").append(num(lx + 14)).append("\" cy=\"").append(num(ly - 4)).append("\" r=\"4\" fill=\"")
			.append(OBSERVED).append("\"/>");
		text(svg, lx + 34, ly, "start", 12, labels.observed(), INK);
		lx += 34 + width(labels.observed()) + 24;
		if (line != null) {
			line(svg, lx, ly - 4, lx + 28, ly - 4, TREND, 2.5, "7 4");
			text(svg, lx + 34, ly, "start", 12, labels.trend(), INK);
			lx += 34 + width(labels.trend()) + 24;
		}
		if (target != null) {
			diamond(svg, lx + 14, ly - 4);
			text(svg, lx + 34, ly, "start", 12, labels.target(), INK);
		}
		svg.append("</svg>");

		java.text.NumberFormat values = java.text.NumberFormat.getNumberInstance(locale);
		values.setMaximumFractionDigits(2);
		List<List<String>> rows = new ArrayList<>();
		for (Trend.Point p : points) {
			rows.add(List.of(ReviewFormats.date(p.date()), values.format(p.value()),
					line == null ? "–" : values.format(line.at(p.date())), "–"));
		}
		if (goal.targetDate() != null) {
			rows.add(List.of(ReviewFormats.date(goal.targetDate()), "–",
					line == null ? "–" : values.format(line.at(goal.targetDate())),
					target == null ? "–" : values.format(target)));
		}
		DataTable table = new DataTable(labels.title(),
				List.of(labels.day(), labels.observed(), labels.trend(), labels.target()), rows, goal.source());
		return new Chart(labels.title(), svg.toString(), table);
	}

	/** About five round ticks covering [min, max]. */
	static double[] ticks(double min, double max) {
		double raw = (max - min) / 4;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = magnitude;
		for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (m * magnitude >= raw) {
				step = m * magnitude;
				break;
			}
		}
		double start = Math.floor(min / step) * step;
		double end = Math.ceil(max / step) * step;
		int n = (int) Math.round((end - start) / step);
		double[] ticks = new double[n + 1];
		for (int i = 0; i <= n; i++) {
			ticks[i] = start + i * step;
		}
		return ticks;
	}

	private static void diamond(StringBuilder svg, double x, double y) {
		svg.append("<path d=\"M").append(num(x)).append(' ').append(num(y - 7)).append("L").append(num(x + 7))
			.append(' ').append(num(y)).append("L").append(num(x)).append(' ').append(num(y + 7)).append("L")
			.append(num(x - 7)).append(' ').append(num(y)).append("Z\" fill=\"").append(TARGET)
			.append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
	}

	private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour,
			double width, @Nullable String dash) {
		svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
			.append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour)
			.append("\" stroke-width=\"").append(num(width)).append('"')
			.append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, int size, String content,
			String colour) {
		svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
			.append(anchor).append("\" font-size=\"").append(size).append("\" fill=\"").append(colour).append("\">")
			.append(escape(content)).append("</text>");
	}

	private static double width(String text) {
		return text.length() * 7.0;
	}

	static String num(double value) {
		if (Math.abs(value - Math.rint(value)) < 1e-6) {
			return String.valueOf((long) Math.rint(value));
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
