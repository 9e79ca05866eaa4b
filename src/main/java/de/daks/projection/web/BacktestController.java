package de.daks.projection.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.projection.BacktestReport;
import de.daks.projection.ProjectionRequestException;
import de.daks.projection.ProjectionService;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The backtest ("Rückblick"): a projection from a past base year with the default settings, compared with the
 * population counted at the end of the horizon. Computed synchronously (a single area takes well under a second).
 */
@Controller
class BacktestController {

	private final ProjectionService projections;

	private final KommuneManagement kommunen;

	private final MessageSource messages;

	BacktestController(ProjectionService projections, KommuneManagement kommunen, MessageSource messages) {
		this.projections = projections;
		this.kommunen = kommunen;
		this.messages = messages;
	}

	/** One row of the comparison table, formatted. */
	record Line(String label, boolean total, String projected, String interval, String actual, String error,
			boolean inside) {
	}

	/** A field error of the backtest form. */
	record FieldError(String field, String message) {
	}

	@GetMapping("/kommunen/{kommuneId}/prognose/rueckblick")
	@Requires(Permission.KOMMUNE_VIEW)
	String showBacktest(@PathVariable KommuneId kommuneId,
			@RequestParam(name = "basisjahr", required = false) @Nullable String baseText,
			@RequestParam(name = "horizont", defaultValue = "10") String horizonText,
			@RequestParam(name = "methode", defaultValue = "cohort-component") String method,
			@RequestParam(name = "historie", defaultValue = "5") String historyText, Model model, Locale locale) {
		model.addAttribute("kommune", kommunen.get(kommuneId));
		model.addAttribute("area", projections.areaOf(kommuneId).orElse(null));
		model.addAttribute("methods", ProjectionService.METHODS);
		model.addAttribute("method", method);
		model.addAttribute("horizon", horizonText);
		model.addAttribute("history", historyText);
		model.addAttribute("baseYear", baseText);
		List<FieldError> errors = new ArrayList<>();
		Integer horizon = integer(horizonText, "horizont", errors, locale);
		Integer history = integer(historyText, "historie", errors, locale);
		List<Integer> bases = horizon == null || history == null ? List.of()
				: projections.backtestBaseYears(kommuneId, horizon, history);
		model.addAttribute("baseYears", bases);
		if (baseText != null && !baseText.isBlank()) {
			Integer base = integer(baseText, "basisjahr", errors, locale);
			if (errors.isEmpty() && base != null && horizon != null && history != null) {
				try {
					BacktestReport report = projections.backtest(kommuneId, base, horizon, method, history);
					model.addAttribute("report", report);
					model.addAttribute("lines", lines(report, locale));
					model.addAttribute("totalError", Numbers.change(report.score().totalError(), locale));
					model.addAttribute("mape", Numbers.percent(report.score().mape(), 1, locale));
					model.addAttribute("coverage", report.coverage() < 0 ? null
							: Numbers.percent(report.coverage(), 0, locale));
				}
				catch (ProjectionRequestException ex) {
					for (ProjectionRequestException.Problem p : ex.problems()) {
						errors.add(new FieldError(field(p.field()),
								messages.getMessage("projection.error." + p.code(), p.arguments(), p.code(), locale)));
					}
				}
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FieldError::field).toList());
		return "projection/backtest";
	}

	private static String field(String serviceField) {
		return switch (serviceField) {
			case "horizon" -> "horizont";
			case "historyYears" -> "historie";
			case "method" -> "methode";
			default -> "basisjahr";
		};
	}

	private @Nullable Integer integer(String text, String field, List<FieldError> errors, Locale locale) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, messages.getMessage("projection.error.whole-number",
					new Object[] { text }, locale)));
			return null;
		}
	}

	private List<Line> lines(BacktestReport report, Locale locale) {
		return report.rows().stream()
			.map(r -> new Line(r.total() ? messages.getMessage("projection.total", null, locale) : r.label(), r.total(),
					Numbers.format(r.projected(), 0, locale),
					r.p10() == r.p90() ? "" : ResultView.interval(r.p10(), r.p90(), locale),
					Numbers.format(r.actual(), 0, locale), Numbers.change(r.error(), locale), r.inside()))
			.toList();
	}

}
