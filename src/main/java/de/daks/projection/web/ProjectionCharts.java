package de.daks.projection.web;

import de.daks.projection.ProjectionResult;
import de.daks.reporting.Chart;
import de.daks.reporting.Charts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of the projection pages, drawn by reporting's {@link Charts} (accessible SVG plus data table). */
@Component
class ProjectionCharts {

	/** One age band of a pyramid. */
	record Band(String label, double male, double female) {
	}

	private final MessageSource messages;

	ProjectionCharts(MessageSource messages) {
		this.messages = messages;
	}

	/** The total population over the years with the 80 % interval as a shaded band. */
	Chart totals(String kommune, List<ProjectionResult.Total> totals, Locale locale) {
		List<Charts.Point> points = new ArrayList<>();
		for (ProjectionResult.Total t : totals) {
			boolean interval = t.p10() != t.p90();
			points.add(new Charts.Point(t.date().getYear(), t.value(), interval ? t.p10() : null,
					interval ? t.p90() : null));
		}
		return Charts.lineChart(message("projection.chart.totals", locale, kommune),
				message("projection.chart.population", locale),
				List.of(new Charts.Series(message("projection.chart.projected", locale), points, true)),
				message("projection.chart.source", locale), locale);
	}

	/** A pyramid of one year in five-year groups, the base year as outline. */
	Chart pyramid(String kommune, int year, List<Band> bands, @Nullable List<Band> outline, int baseYear,
			Locale locale) {
		return Charts.agePyramid(message("projection.chart.pyramid", locale, kommune, year), convert(bands),
				outline == null ? null : convert(outline), message("projection.chart.source", locale), locale);
	}

	/** The totals of the scenarios side by side, each with its interval. */
	Chart scenarios(List<Map.Entry<String, List<ProjectionResult.Total>>> scenarios, Locale locale) {
		List<Charts.Series> series = new ArrayList<>();
		for (Map.Entry<String, List<ProjectionResult.Total>> s : scenarios) {
			List<Charts.Point> points = new ArrayList<>();
			for (ProjectionResult.Total t : s.getValue()) {
				boolean interval = t.p10() != t.p90();
				points.add(new Charts.Point(t.date().getYear(), t.value(), interval ? t.p10() : null,
						interval ? t.p90() : null));
			}
			series.add(new Charts.Series(s.getKey(), points, true));
		}
		return Charts.lineChart(message("projection.chart.scenarios", locale),
				message("projection.chart.population", locale), series, message("projection.chart.source", locale),
				locale);
	}

	private static List<Charts.PyramidBand> convert(List<Band> bands) {
		return bands.stream().map(b -> new Charts.PyramidBand(b.label(), b.male(), b.female())).toList();
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
