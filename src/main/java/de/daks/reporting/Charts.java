package de.daks.reporting;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Accessible, script-free SVG charts rendered on the server: the same markup serves the web page, the PDF (as vector
 * graphics) and, transcoded to PNG, the DOCX export.
 *
 * <p>Every chart is {@code role="img"} with a {@code <title>} and a {@code <desc>} that summarises the data, scales
 * by its view box, uses text of at least 11 units and colours with a contrast of at least 3:1 against white; colour
 * never carries meaning alone (sides are labelled, series differ in marker shape and dash pattern, the highlighted
 * bar is outlined and its label bold). The {@link DataTable} of each chart holds the exact numbers, formatted for
 * the locale, and the source. Styling lives in presentation attributes so the SVG needs no stylesheet.
 *
 * <p>Input is checked up front: non-finite numbers, negative counts in a pyramid, empty or duplicate data are
 * rejected with an {@link IllegalArgumentException} that names the chart and the offending item.
 */
public final class Charts {

	/** One age group: counts (persons, ≥ 0) of men and women. */
	public record PyramidBand(String label, double male, double female) {
	}

	/** One value in a line chart at x (a year); {@code low}/{@code high} bound an interval (both or neither). */
	public record Point(double x, double value, @Nullable Double low, @Nullable Double high) {

		public Point(double x, double value) {
			this(x, value, null, null);
		}
	}

	/** A line; {@code dashed} for projected values. */
	public record Series(String name, List<Point> points, boolean dashed) {
	}

	/** One bar; {@code highlighted} marks the area the page is about (e.g. the Kommune among Kreis, Land, Bund). */
	public record Bar(String label, double value, boolean highlighted) {
	}

	static final double WIDTH = 640;

	static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

	/** Text colour (#1b1f24, contrast 16:1). */
	static final String INK = "#1b1f24";

	static final String MUTED = "#57606a";

	static final String GRID = "#d0d7de";

	static final String MALE = "#1f5f99";

	static final String FEMALE = "#b34a00";

	static final String BAR = "#4f6d8a";

	/** Series colours, each at least 4.5:1 against white. */
	static final List<String> PALETTE = List.of("#1f5f99", "#b34a00", "#2e7d32", "#6a3d9a", "#8a1538", "#1b1f24");

	private static final AtomicLong IDS = new AtomicLong();

	private Charts() {
	}

	/**
	 * A population pyramid: men to the left, women to the right, the youngest band at the bottom.
	 *
	 * @param bands age groups, youngest first
	 * @param outline the same age groups at another time (e.g. an earlier year), drawn as an outline; may be null
	 */
	public static Chart agePyramid(String title, List<PyramidBand> bands, @Nullable List<PyramidBand> outline,
			@Nullable String source, Locale locale) {
		return agePyramid(title, bands, outline, null, source, locale);
	}

	/**
	 * As {@link #agePyramid(String, List, List, String, Locale)}, with a label for the outline (e.g. "2011").
	 */
	public static Chart agePyramid(String title, List<PyramidBand> bands, @Nullable List<PyramidBand> outline,
			@Nullable String outlineLabel, @Nullable String source, Locale locale) {
		Text text = new Text(locale);
		requireTitle(title);
		if (bands == null || bands.isEmpty()) {
			throw new IllegalArgumentException("Age pyramid '" + title + "' has no age bands");
		}
		checkBands(title, "band", bands);
		if (outline != null) {
			if (outline.size() != bands.size()) {
				throw new IllegalArgumentException("Age pyramid '" + title + "': the outline has " + outline.size()
						+ " bands, the pyramid " + bands.size());
			}
			checkBands(title, "outline band", outline);
		}
		String outlineName = outlineLabel == null || outlineLabel.isBlank() ? text.message("reporting.chart.outline")
				: outlineLabel.strip();

		NumberFormat counts = text.numbers(bands.stream()
			.flatMap(b -> java.util.stream.Stream.of(b.male(), b.female()))
			.mapToDouble(Double::doubleValue)
			.toArray());
		double max = 0;
		for (List<PyramidBand> list : outline == null ? List.of(bands) : List.of(bands, outline)) {
			for (PyramidBand band : list) {
				max = Math.max(max, Math.max(band.male(), band.female()));
			}
		}
		Axis axis = Axis.nice(0, max == 0 ? 1 : max, 3);

		int n = bands.size();
		double bandHeight = Math.max(3, Math.min(20, 440.0 / n));
		// label every band, or every 2nd, 5th, 10th … so single years are labelled 0, 5, 10 …
		int labelEvery = 1;
		for (int step : new int[] { 1, 2, 5, 10, 20, 50 }) {
			labelEvery = step;
			if (step * bandHeight >= 13) {
				break;
			}
		}
		double gutter = 36;
		double center = WIDTH / 2;
		double half = center - gutter - 16;
		double top = 34;
		double bottom = top + n * bandHeight;
		double height = bottom + 30 + (outline != null ? 26 : 0);
		double scale = half / axis.max();

		Svg svg = new Svg(WIDTH, height);
		String description = text.message("reporting.chart.pyramid.desc", n, bands.get(0).label().strip(),
				bands.get(n - 1).label().strip(),
				counts.format(bands.stream().mapToDouble(PyramidBand::male).sum()),
				counts.format(bands.stream().mapToDouble(PyramidBand::female).sum()),
				bands.stream().max(Comparator.comparingDouble(b -> b.male() + b.female())).orElseThrow().label().strip());
		if (outline != null) {
			description += " " + text.message("reporting.chart.pyramid.desc.outline", outlineName);
		}
		svg.open(title, description);
		svg.text(center - gutter, 18, "end", 13, true, text.message("reporting.chart.male"), INK);
		svg.text(center + gutter, 18, "start", 13, true, text.message("reporting.chart.female"), INK);
		svg.text(center, 18, "middle", 11, false, text.message("reporting.chart.age"), MUTED);
		// grid lines and tick labels, mirrored on both sides
		for (double tick : axis.ticks()) {
			double dx = tick * scale;
			for (double x : new double[] { center - gutter - dx, center + gutter + dx }) {
				svg.line(x, top, x, bottom, GRID, 1, null);
				svg.text(x, bottom + 16, "middle", 11, false, axis.format(tick, text.locale()), MUTED);
			}
		}
		svg.append("<g>");
		for (int i = 0; i < n; i++) {
			PyramidBand band = bands.get(i);
			double y = bottom - (i + 1) * bandHeight;
			double h = bandHeight >= 4 ? bandHeight - 1 : bandHeight;
			svg.rect(center - gutter - band.male() * scale, y, band.male() * scale, h, MALE, null);
			svg.rect(center + gutter, y, band.female() * scale, h, FEMALE, null);
			if (i % labelEvery == 0) {
				svg.text(center, y + bandHeight / 2 + 4, "middle", 11, false, band.label().strip(), INK);
			}
		}
		svg.append("</g>");
		if (outline != null) {
			StringBuilder left = new StringBuilder();
			StringBuilder right = new StringBuilder();
			for (int i = 0; i < n; i++) {
				double yLow = bottom - i * bandHeight;
				double yHigh = yLow - bandHeight;
				double xl = center - gutter - outline.get(i).male() * scale;
				double xr = center + gutter + outline.get(i).female() * scale;
				left.append(i == 0 ? "M" : "L").append(Svg.num(xl)).append(' ').append(Svg.num(yLow))
					.append("L").append(Svg.num(xl)).append(' ').append(Svg.num(yHigh));
				right.append(i == 0 ? "M" : "L").append(Svg.num(xr)).append(' ').append(Svg.num(yLow))
					.append("L").append(Svg.num(xr)).append(' ').append(Svg.num(yHigh));
			}
			svg.path(left.toString(), INK, 1.5, null);
			svg.path(right.toString(), INK, 1.5, null);
			double legendY = bottom + 40;
			svg.line(16, legendY - 4, 40, legendY - 4, INK, 1.5, null);
			svg.text(46, legendY, "start", 12, false, outlineName, INK);
		}
		svg.line(center - gutter - half, bottom, center - gutter, bottom, MUTED, 1, null);
		svg.line(center + gutter, bottom, center + gutter + half, bottom, MUTED, 1, null);
		String svgText = svg.close();

		List<String> headers = new ArrayList<>(List.of(text.message("reporting.chart.age"),
				text.message("reporting.chart.male"), text.message("reporting.chart.female")));
		if (outline != null) {
			headers.add(text.message("reporting.chart.outline.column", text.message("reporting.chart.male"), outlineName));
			headers.add(text.message("reporting.chart.outline.column", text.message("reporting.chart.female"),
					outlineName));
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			PyramidBand band = bands.get(i);
			List<String> row = new ArrayList<>(
					List.of(band.label().strip(), counts.format(band.male()), counts.format(band.female())));
			if (outline != null) {
				row.add(counts.format(outline.get(i).male()));
				row.add(counts.format(outline.get(i).female()));
			}
			rows.add(row);
		}
		return new Chart(title, svgText, new DataTable(title, headers, rows, blankToNull(source)));
	}

	/**
	 * A line chart over years; points with {@code low} and {@code high} draw a shaded interval band, dashed series
	 * mark projections. The value axis spans the data (not necessarily zero) with rounded ("nice") ticks.
	 */
	public static Chart lineChart(String title, String valueLabel, List<Series> series, @Nullable String source,
			Locale locale) {
		Text text = new Text(locale);
		requireTitle(title);
		Objects.requireNonNull(valueLabel, "valueLabel");
		if (series == null || series.isEmpty()) {
			throw new IllegalArgumentException("Line chart '" + title + "' has no series");
		}
		double minX = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		List<Series> sorted = new ArrayList<>();
		List<Double> allValues = new ArrayList<>();
		for (Series s : series) {
			if (s == null || s.name() == null || s.name().isBlank()) {
				throw new IllegalArgumentException("Line chart '" + title + "' has a series without a name");
			}
			if (s.points() == null || s.points().isEmpty()) {
				throw new IllegalArgumentException(
						"Line chart '" + title + "': series '" + s.name() + "' has no points");
			}
			List<Point> points = new ArrayList<>(s.points());
			for (Point p : points) {
				String where = "Line chart '" + title + "', series '" + s.name() + "'";
				requireFinite(where + ", x", p.x());
				requireFinite(where + ", value at " + p.x(), p.value());
				if ((p.low() == null) != (p.high() == null)) {
					throw new IllegalArgumentException(
							where + ": the interval at " + p.x() + " needs both low and high");
				}
				if (p.low() != null) {
					requireFinite(where + ", low at " + p.x(), p.low());
					requireFinite(where + ", high at " + p.x(), p.high());
					if (p.low() > p.high()) {
						throw new IllegalArgumentException(where + ": low " + p.low() + " is above high " + p.high()
								+ " at " + p.x());
					}
					minY = Math.min(minY, p.low());
					maxY = Math.max(maxY, p.high());
					allValues.add(p.low());
					allValues.add(p.high());
				}
				minX = Math.min(minX, p.x());
				maxX = Math.max(maxX, p.x());
				minY = Math.min(minY, p.value());
				maxY = Math.max(maxY, p.value());
				allValues.add(p.value());
			}
			points.sort(Comparator.comparingDouble(Point::x));
			for (int i = 1; i < points.size(); i++) {
				if (points.get(i).x() == points.get(i - 1).x()) {
					throw new IllegalArgumentException("Line chart '" + title + "', series '" + s.name()
							+ "' has two values at " + points.get(i).x());
				}
			}
			sorted.add(new Series(s.name().strip(), List.copyOf(points), s.dashed()));
		}
		NumberFormat values = text.numbers(allValues.stream().mapToDouble(Double::doubleValue).toArray());
		NumberFormat years = text.years();
		Axis yAxis = Axis.nice(minY, maxY, 5);
		double[] xRange = minX == maxX ? new double[] { minX - 1, maxX + 1 } : new double[] { minX, maxX };
		double yearStep = yearStep(xRange[1] - xRange[0]);

		double labelWidth = 0;
		for (double tick : yAxis.ticks()) {
			labelWidth = Math.max(labelWidth, Svg.textWidth(yAxis.format(tick, locale), 11));
		}
		double left = 16 + labelWidth + 8;
		double right = WIDTH - 24;
		double top = 34;
		double bottom = top + 250;
		double sx = (right - left) / (xRange[1] - xRange[0]);
		double sy = (bottom - top) / (yAxis.max() - yAxis.min());
		java.util.function.DoubleUnaryOperator px = x -> left + (x - xRange[0]) * sx;
		java.util.function.DoubleUnaryOperator py = v -> bottom - (v - yAxis.min()) * sy;

		// legend layout: wrapped rows below the plot
		List<String> legendLabels = new ArrayList<>();
		List<Integer> legendKinds = new ArrayList<>(); // series index, or -(index + 1) for its interval band
		for (int i = 0; i < sorted.size(); i++) {
			legendLabels.add(sorted.get(i).name());
			legendKinds.add(i);
			if (hasInterval(sorted.get(i))) {
				legendLabels.add(text.message("reporting.chart.range", sorted.get(i).name()));
				legendKinds.add(-(i + 1));
			}
		}
		List<double[]> legendPositions = new ArrayList<>();
		double lx = 16;
		double ly = bottom + 46;
		for (String label : legendLabels) {
			double w = 34 + Svg.textWidth(label, 12) + 18;
			if (lx + w > WIDTH - 16 && lx > 16) {
				lx = 16;
				ly += 22;
			}
			legendPositions.add(new double[] { lx, ly });
			lx += w;
		}
		double height = ly + 14;

		StringBuilder description = new StringBuilder(text.message("reporting.chart.line.desc", valueLabel.strip(),
				years.format(minX), years.format(maxX)));
		for (Series s : sorted) {
			Point first = s.points().get(0);
			Point last = s.points().get(s.points().size() - 1);
			description.append(' ').append(text.message("reporting.chart.line.desc.series", s.name(),
					values.format(first.value()), years.format(first.x()), values.format(last.value()),
					years.format(last.x())));
			List<String> notes = new ArrayList<>();
			if (s.dashed()) {
				notes.add(text.message("reporting.chart.line.desc.dashed"));
			}
			if (hasInterval(s)) {
				notes.add(text.message("reporting.chart.line.desc.range"));
			}
			if (!notes.isEmpty()) {
				description.append(" (").append(String.join(", ", notes)).append(')');
			}
			description.append('.');
		}

		Svg svg = new Svg(WIDTH, height);
		svg.open(title, description.toString());
		svg.text(16, 18, "start", 12, false, valueLabel.strip(), MUTED);
		for (double tick : yAxis.ticks()) {
			double y = py.applyAsDouble(tick);
			svg.line(left, y, right, y, GRID, 1, null);
			svg.text(left - 6, y + 4, "end", 11, false, yAxis.format(tick, locale), MUTED);
		}
		for (double year = Math.ceil(xRange[0] / yearStep) * yearStep; year <= xRange[1] + 1e-9; year += yearStep) {
			double x = px.applyAsDouble(year);
			svg.line(x, bottom, x, bottom + 5, MUTED, 1, null);
			svg.text(x, bottom + 19, "middle", 11, false, years.format(year), MUTED);
		}
		svg.line(left, bottom, right, bottom, MUTED, 1, null);
		svg.line(left, top, left, bottom, MUTED, 1, null);
		for (int i = 0; i < sorted.size(); i++) {
			Series s = sorted.get(i);
			String colour = PALETTE.get(i % PALETTE.size());
			if (hasInterval(s)) {
				List<Point> band = s.points().stream().filter(p -> p.low() != null).toList();
				StringBuilder d = new StringBuilder();
				for (Point p : band) {
					d.append(d.isEmpty() ? "M" : "L").append(Svg.num(px.applyAsDouble(p.x()))).append(' ')
						.append(Svg.num(py.applyAsDouble(p.high())));
				}
				for (int j = band.size() - 1; j >= 0; j--) {
					d.append('L').append(Svg.num(px.applyAsDouble(band.get(j).x()))).append(' ')
						.append(Svg.num(py.applyAsDouble(band.get(j).low())));
				}
				d.append('Z');
				svg.append("<path d=\"" + d + "\" fill=\"" + colour + "\" fill-opacity=\"0.18\" stroke=\"none\"/>");
			}
		}
		for (int i = 0; i < sorted.size(); i++) {
			Series s = sorted.get(i);
			String colour = PALETTE.get(i % PALETTE.size());
			StringBuilder d = new StringBuilder();
			for (Point p : s.points()) {
				d.append(d.isEmpty() ? "M" : "L").append(Svg.num(px.applyAsDouble(p.x()))).append(' ')
					.append(Svg.num(py.applyAsDouble(p.value())));
			}
			svg.path(d.toString(), colour, 2.5, s.dashed() ? "7 4" : null);
			if (s.points().size() <= 60) {
				for (Point p : s.points()) {
					svg.marker(i, px.applyAsDouble(p.x()), py.applyAsDouble(p.value()), colour);
				}
			}
		}
		for (int k = 0; k < legendLabels.size(); k++) {
			double[] pos = legendPositions.get(k);
			int kind = legendKinds.get(k);
			int index = kind >= 0 ? kind : -kind - 1;
			String colour = PALETTE.get(index % PALETTE.size());
			if (kind >= 0) {
				svg.line(pos[0], pos[1] - 4, pos[0] + 28, pos[1] - 4, colour, 2.5,
						sorted.get(index).dashed() ? "7 4" : null);
				svg.marker(index, pos[0] + 14, pos[1] - 4, colour);
			}
			else {
				svg.append("<rect x=\"" + Svg.num(pos[0]) + "\" y=\"" + Svg.num(pos[1] - 11) + "\" width=\"28\""
						+ " height=\"14\" fill=\"" + colour + "\" fill-opacity=\"0.18\" stroke=\"" + colour
						+ "\" stroke-width=\"1\"/>");
			}
			svg.text(pos[0] + 34, pos[1], "start", 12, false, legendLabels.get(k), INK);
		}
		String svgText = svg.close();

		List<String> headers = new ArrayList<>();
		headers.add(text.message("reporting.chart.year"));
		for (Series s : sorted) {
			headers.add(s.name());
			if (hasInterval(s)) {
				headers.add(text.message("reporting.chart.low", s.name()));
				headers.add(text.message("reporting.chart.high", s.name()));
			}
		}
		Map<Double, List<String>> rows = new TreeMap<>();
		String missing = text.message("reporting.chart.missing");
		int column = 1;
		for (Series s : sorted) {
			int width = hasInterval(s) ? 3 : 1;
			for (Point p : s.points()) {
				List<String> row = rows.computeIfAbsent(p.x(), x -> {
					List<String> cells = new ArrayList<>();
					cells.add(years.format(x));
					for (int c = 1; c < headers.size(); c++) {
						cells.add(missing);
					}
					return cells;
				});
				row.set(column, values.format(p.value()));
				if (width == 3 && p.low() != null) {
					row.set(column + 1, values.format(p.low()));
					row.set(column + 2, values.format(p.high()));
				}
			}
			column += width;
		}
		return new Chart(title, svgText,
				new DataTable(title, headers, new ArrayList<>(rows.values()), blankToNull(source)));
	}

	/**
	 * A horizontal bar chart, one bar per label in the given order, each with its value written at the bar; negative
	 * values extend left of the zero line.
	 */
	public static Chart barChart(String title, String valueLabel, List<Bar> bars, @Nullable String source,
			Locale locale) {
		Text text = new Text(locale);
		requireTitle(title);
		Objects.requireNonNull(valueLabel, "valueLabel");
		if (bars == null || bars.isEmpty()) {
			throw new IllegalArgumentException("Bar chart '" + title + "' has no bars");
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			if (bar == null || bar.label() == null || bar.label().isBlank()) {
				throw new IllegalArgumentException("Bar chart '" + title + "': bar " + (i + 1) + " has no label");
			}
			requireFinite("Bar chart '" + title + "', bar '" + bar.label() + "'", bar.value());
		}
		NumberFormat values = text.numbers(bars.stream().mapToDouble(Bar::value).toArray());
		double lo = Math.min(0, bars.stream().mapToDouble(Bar::value).min().orElseThrow());
		double hi = Math.max(0, bars.stream().mapToDouble(Bar::value).max().orElseThrow());
		if (lo == hi) {
			hi = 1;
		}
		double labelWidth = Math.min(240,
				bars.stream().mapToDouble(b -> Svg.textWidth(b.label().strip(), 13) * 1.08).max().orElse(0));
		double valueWidth = bars.stream().mapToDouble(b -> Svg.textWidth(values.format(b.value()), 12)).max()
			.orElse(0);
		double left = 16 + labelWidth + 10;
		double right = WIDTH - 16 - valueWidth - 8;
		double scale = (right - left) / (hi - lo);
		double zero = left - lo * scale;
		double rowHeight = 30;
		double top = 30;
		double height = top + bars.size() * rowHeight + 10;

		List<String> listed = new ArrayList<>();
		if (bars.size() <= 12) {
			bars.forEach(b -> listed.add(b.label().strip() + " " + values.format(b.value())));
		}
		else {
			Bar highest = bars.stream().max(Comparator.comparingDouble(Bar::value)).orElseThrow();
			Bar lowest = bars.stream().min(Comparator.comparingDouble(Bar::value)).orElseThrow();
			listed.add(text.message("reporting.chart.bar.desc.extremes",
					highest.label().strip() + " " + values.format(highest.value()),
					lowest.label().strip() + " " + values.format(lowest.value())));
		}
		String description = text.message("reporting.chart.bar.desc", valueLabel.strip(), bars.size(),
				String.join("; ", listed));
		String highlighted = bars.stream().filter(Bar::highlighted).map(b -> b.label().strip())
			.collect(Collectors.joining(", "));
		if (!highlighted.isEmpty()) {
			description += " " + text.message("reporting.chart.bar.desc.highlighted", highlighted);
		}

		Svg svg = new Svg(WIDTH, height);
		svg.open(title, description);
		svg.text(16, 18, "start", 12, false, valueLabel.strip(), MUTED);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double y = top + i * rowHeight;
			double end = zero + bar.value() * scale;
			double x = Math.min(zero, end);
			svg.text(left - 10, y + 19, "end", 13, bar.highlighted(), bar.label().strip(), INK);
			svg.rect(x, y + 5, Math.abs(end - zero), 20, bar.highlighted() ? FEMALE : BAR,
					bar.highlighted() ? INK : null);
			svg.text(Math.max(zero, end) + 6, y + 19, "start", 12, bar.highlighted(), values.format(bar.value()), INK);
		}
		svg.line(zero, top, zero, top + bars.size() * rowHeight, MUTED, 1, null);
		String svgText = svg.close();

		List<List<String>> rows = bars.stream()
			.map(b -> List.of(b.label().strip(), values.format(b.value())))
			.toList();
		return new Chart(title, svgText, new DataTable(title,
				List.of(text.message("reporting.chart.label"), valueLabel.strip()), rows, blankToNull(source)));
	}

	private static boolean hasInterval(Series series) {
		return series.points().stream().anyMatch(p -> p.low() != null);
	}

	private static void checkBands(String title, String what, List<PyramidBand> bands) {
		for (int i = 0; i < bands.size(); i++) {
			PyramidBand band = bands.get(i);
			if (band == null || band.label() == null || band.label().isBlank()) {
				throw new IllegalArgumentException("Age pyramid '" + title + "': " + what + " " + (i + 1)
						+ " has no label");
			}
			String where = "Age pyramid '" + title + "', " + what + " '" + band.label() + "'";
			requireFinite(where + ", men", band.male());
			requireFinite(where + ", women", band.female());
			if (band.male() < 0 || band.female() < 0) {
				throw new IllegalArgumentException(where + ": counts must not be negative (men " + band.male()
						+ ", women " + band.female() + ")");
			}
		}
	}

	private static void requireTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A chart needs a title");
		}
	}

	private static void requireFinite(String what, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " is not a finite number: " + value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A tick step for a span of years: 1, 2, 5, 10, 20, 25, 50 or 100 years, at most 7 ticks. */
	static double yearStep(double span) {
		for (double step : new double[] { 1, 2, 5, 10, 20, 25, 50 }) {
			if (span / step <= 7) {
				return step;
			}
		}
		return 100 * Math.ceil(span / 700);
	}

	/**
	 * A value axis with "nice" bounds and step (1, 2, 2.5 or 5 times a power of ten), after Heckbert, "Nice numbers
	 * for graph labels", Graphics Gems (1990).
	 */
	record Axis(double min, double max, double step) {

		static Axis nice(double lo, double hi, int targetTicks) {
			if (hi <= lo) {
				double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
				lo -= pad;
				hi += pad;
			}
			double step = niceStep((hi - lo) / targetTicks);
			return new Axis(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
		}

		static double niceStep(double raw) {
			double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
			double fraction = raw / magnitude;
			double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
			return nice * magnitude;
		}

		List<Double> ticks() {
			List<Double> ticks = new ArrayList<>();
			long count = Math.round((max - min) / step);
			for (long i = 0; i <= count; i++) {
				double tick = min + i * step;
				ticks.add(Math.abs(tick) < step * 1e-9 ? 0 : tick);
			}
			return ticks;
		}

		/** Decimals a tick label needs: 0 for steps ≥ 1, 1 for 0.5, 2 for 0.25 … */
		int decimals() {
			int decimals = 0;
			while (decimals < 10) {
				double scaled = step * Math.pow(10, decimals);
				if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
					break;
				}
				decimals++;
			}
			return decimals;
		}

		String format(double tick, Locale locale) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(decimals());
			format.setMaximumFractionDigits(decimals());
			return format.format(tick);
		}
	}

	/** Messages and number formats of one locale. */
	record Text(Locale locale) {

		Text {
			Objects.requireNonNull(locale, "locale");
		}

		String message(String key, Object... arguments) {
			ResourceBundle bundle = ResourceBundle.getBundle("messages/reporting", locale,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			String pattern = bundle.getString(key);
			return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
		}

		/** Grouped numbers with as many decimals (0 to 2) as the values need, the same for all of them. */
		NumberFormat numbers(double[] values) {
			int decimals = 0;
			for (double value : values) {
				while (decimals < 2 && Math.abs(value * Math.pow(10, decimals)
						- Math.rint(value * Math.pow(10, decimals))) > 1e-6) {
					decimals++;
				}
			}
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(decimals);
			format.setMaximumFractionDigits(decimals);
			return format;
		}

		/** Years without digit grouping ("2030", not "2.030"). */
		NumberFormat years() {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setGroupingUsed(false);
			format.setMaximumFractionDigits(2);
			return format;
		}
	}

	/** Builds the SVG markup; every text goes through {@link Xml#escape(String)}. */
	static final class Svg {

		private final StringBuilder out = new StringBuilder(4096);

		private final double width;

		private final double height;

		Svg(double width, double height) {
			this.width = width;
			this.height = height;
		}

		void open(String title, String description) {
			String id = "chart-" + IDS.incrementAndGet();
			out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(num(width))
				.append(' ').append(num(height)).append("\" width=\"").append(num(width)).append("\" height=\"")
				.append(num(height)).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
				.append(id).append("-desc\" focusable=\"false\" font-family=\"").append(FONT).append("\">");
			out.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title.strip()))
				.append("</title>");
			out.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>");
			out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
				.append("\" fill=\"#ffffff\"/>");
		}

		String close() {
			out.append("</svg>");
			return out.toString();
		}

		void append(String markup) {
			out.append(markup);
		}

		void text(double x, double y, String anchor, int size, boolean bold, String content, String colour) {
			out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
				.append(anchor).append("\" font-size=\"").append(size).append('"')
				.append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(colour).append("\">")
				.append(Xml.escape(content)).append("</text>");
		}

		void line(double x1, double y1, double x2, double y2, String colour, double strokeWidth,
				@Nullable String dash) {
			out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
				.append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour)
				.append("\" stroke-width=\"").append(num(strokeWidth)).append('"')
				.append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
		}

		void path(String d, String colour, double strokeWidth, @Nullable String dash) {
			out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
				.append("\" stroke-width=\"").append(num(strokeWidth)).append("\" stroke-linejoin=\"round\"")
				.append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
		}

		void rect(double x, double y, double w, double h, String fill, @Nullable String stroke) {
			out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
				.append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append('"')
				.append(stroke == null ? "" : " stroke=\"" + stroke + "\" stroke-width=\"2\"").append("/>");
		}

		/** Marker shape by series index: circle, square, triangle, diamond. */
		void marker(int index, double x, double y, String colour) {
			String common = " fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
			switch (index % 4) {
				case 0 -> out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
					.append("\" r=\"4\"").append(common);
				case 1 -> out.append("<rect x=\"").append(num(x - 4)).append("\" y=\"").append(num(y - 4))
					.append("\" width=\"8\" height=\"8\"").append(common);
				case 2 -> out.append("<path d=\"M").append(num(x)).append(' ').append(num(y - 5)).append('L')
					.append(num(x + 5)).append(' ').append(num(y + 4)).append('L').append(num(x - 5)).append(' ')
					.append(num(y + 4)).append("Z\"").append(common);
				default -> out.append("<path d=\"M").append(num(x)).append(' ').append(num(y - 5)).append('L')
					.append(num(x + 5)).append(' ').append(num(y)).append('L').append(num(x)).append(' ')
					.append(num(y + 5)).append('L').append(num(x - 5)).append(' ').append(num(y)).append("Z\"")
					.append(common);
			}
		}

		/** Approximate width of text in a sans-serif font (average glyph about 0.58 em). */
		static double textWidth(String text, double size) {
			return text.length() * size * 0.58;
		}

		static String num(double value) {
			return SvgMap.number(value);
		}
	}
}
