package de.daks.projection.web;

import de.daks.projection.ProjectionResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The charts of the projection pages. Placeholder: returns null until {@code de.daks.reporting.Charts} (helper
 * "reporting") is on main – the run page then shows its data tables only; the templates already include
 * {@code fragments/chart :: chart(chart)} for non-null charts. Wiring: totals → {@code Charts.lineChart} with p10/p90
 * as the interval band, pyramid → {@code Charts.agePyramid} with the base year as outline, scenarios →
 * {@code Charts.lineChart} with one series per scenario.
 */
@Component
class ProjectionCharts {

	/** One age band of a pyramid. */
	record Band(String label, double male, double female) {
	}

	private final MessageSource messages;

	ProjectionCharts(MessageSource messages) {
		this.messages = messages;
	}

	@Nullable Object totals(String kommune, List<ProjectionResult.Total> totals, Locale locale) {
		return null;
	}

	@Nullable Object pyramid(String kommune, int year, List<Band> bands, @Nullable List<Band> outline, int baseYear,
			Locale locale) {
		return null;
	}

	@Nullable Object scenarios(List<Map.Entry<String, List<ProjectionResult.Total>>> scenarios, Locale locale) {
		return null;
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
