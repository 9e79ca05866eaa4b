package de.daks.projection.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.projection.ProjectionMethods;
import de.daks.projection.ProjectionRequest;
import de.daks.projection.ProjectionRequestException;
import de.daks.projection.ProjectionResult;
import de.daks.projection.ProjectionRunInfo;
import de.daks.projection.ProjectionService;
import de.daks.projection.ProjectionSettings;
import de.daks.shared.KommuneId;
import de.daks.shared.job.Job;
import de.daks.shared.job.Jobs;
import de.daks.shared.web.Htmx;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A Kommune's projections: the list of runs, the start form with the derived assumptions (editable), a run with its
 * job progress and results, the CSV download, reproduction, and the backtest.
 */
@Controller
class ProjectionController {

	static final int GROUPS = 18;

	private final ProjectionService projections;

	private final KommuneManagement kommunen;

	private final Jobs jobs;

	private final ResultView results;

	private final MessageSource messages;

	ProjectionController(ProjectionService projections, KommuneManagement kommunen, Jobs jobs, ResultView results,
			MessageSource messages) {
		this.messages = messages;
		this.projections = projections;
		this.kommunen = kommunen;
		this.jobs = jobs;
		this.results = results;
	}

	// ------------------------------------------------------------------------------------------------ list

	@GetMapping("/kommunen/{kommuneId}/prognose")
	@Requires(Permission.KOMMUNE_VIEW)
	String showRuns(@PathVariable KommuneId kommuneId, Model model, Locale locale) {
		Kommune kommune = kommunen.get(kommuneId);
		model.addAttribute("kommune", kommune);
		model.addAttribute("area", projections.areaOf(kommuneId).orElse(null));
		model.addAttribute("years", projections.years(kommuneId));
		model.addAttribute("runs", projections.runs(kommuneId).stream().map(r -> results.line(r, locale)).toList());
		return "projection/runs";
	}

	// ------------------------------------------------------------------------------------------------ start

	@GetMapping("/kommunen/{kommuneId}/prognose/neu")
	@Requires(Permission.KOMMUNE_EDIT)
	String showForm(@PathVariable KommuneId kommuneId, @ModelAttribute("projectionForm") ProjectionForm form,
			BindingResult errors, @RequestParam(name = "ableiten", required = false) @Nullable String derive,
			Model model, Locale locale) {
		List<Integer> years = projections.years(kommuneId);
		if (form.getBaseYear().isBlank() && !years.isEmpty()) {
			form.setBaseYear(Integer.toString(defaultBaseYear(years)));
		}
		boolean fill = derive != null || form.getTfr().isBlank();
		return form(kommuneId, form, errors, fill, model, locale);
	}

	@PostMapping("/kommunen/{kommuneId}/prognose")
	@Requires(Permission.KOMMUNE_EDIT)
	String start(@PathVariable KommuneId kommuneId, @ModelAttribute("projectionForm") ProjectionForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Optional<ProjectionMethods.DerivedAssumptions> derived = derive(kommuneId, form, null, locale);
		ProjectionRequest request = request(form, derived.orElse(null), errors);
		if (request != null && !errors.hasErrors()) {
			try {
				List<UUID> ids = projections.start(kommuneId, request);
				redirect.addFlashAttribute("flashSuccess", "projection.started");
				return "redirect:/kommunen/" + kommuneId + "/prognose/" + ids.get(0);
			}
			catch (ProjectionRequestException ex) {
				reject(ex, errors);
			}
		}
		return form(kommuneId, form, errors, false, model, locale);
	}

	private String form(KommuneId kommuneId, ProjectionForm form, BindingResult errors, boolean fill, Model model,
			Locale locale) {
		Kommune kommune = kommunen.get(kommuneId);
		model.addAttribute("kommune", kommune);
		model.addAttribute("area", projections.areaOf(kommuneId).orElse(null));
		model.addAttribute("years", projections.years(kommuneId));
		model.addAttribute("methods", ProjectionService.METHODS);
		model.addAttribute("maxHorizon", ProjectionService.MAX_HORIZON);
		List<String> problems = new ArrayList<>();
		Optional<ProjectionMethods.DerivedAssumptions> derived = derive(kommuneId, form, problems, locale);
		model.addAttribute("derivationProblems", problems);
		model.addAttribute("derived", derived.orElse(null));
		if (derived.isPresent()) {
			ProjectionMethods.DerivedAssumptions d = derived.get();
			if (fill) {
				form.setTfr(Numbers.input(d.tfr(), 2, locale));
				form.setE0Female(Numbers.input(d.e0Female(), 1, locale));
				form.setE0Male(Numbers.input(d.e0Male(), 1, locale));
				List<String> net = new ArrayList<>();
				for (double v : d.netMigration()) {
					net.add(Numbers.input(v, 0, locale));
				}
				form.setNetMigration(net);
			}
			List<String> labels = new ArrayList<>();
			List<String> derivedNet = new ArrayList<>();
			for (int g = 0; g < d.netMigration().length; g++) {
				labels.add(g == d.netMigration().length - 1 ? (g * 5) + "+" : (g * 5) + "–" + (g * 5 + 4));
				derivedNet.add(Numbers.format(d.netMigration()[g], 0, locale));
			}
			model.addAttribute("groupLabels", labels);
			model.addAttribute("derivedNet", derivedNet);
			model.addAttribute("derivedTfr", Numbers.format(d.tfr(), 2, locale));
			model.addAttribute("derivedE0Female", Numbers.format(d.e0Female(), 1, locale));
			model.addAttribute("derivedE0Male", Numbers.format(d.e0Male(), 1, locale));
			model.addAttribute("derivedNetTotal", Numbers.format(Arrays.stream(d.netMigration()).sum(), 0, locale));
		}
		return "projection/form";
	}

	private static int defaultBaseYear(List<Integer> years) {
		return years.get(years.size() - 1);
	}

	/** The derived assumptions of the form's base period, or empty with the reason in {@code problems}. */
	private Optional<ProjectionMethods.DerivedAssumptions> derive(KommuneId kommuneId, ProjectionForm form,
			@Nullable List<String> problems, Locale locale) {
		try {
			int base = Integer.parseInt(form.getBaseYear().strip());
			int history = Integer.parseInt(form.getHistoryYears().strip());
			return Optional.of(projections.derivedAssumptions(kommuneId, base, history,
					form.getTiming().isBlank() ? "half-before-half-after" : form.getTiming()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		catch (ProjectionRequestException ex) {
			if (problems != null) {
				ex.problems().forEach(p -> problems.add(messages.getMessage("projection.error." + p.code(),
						p.arguments(), p.code(), locale)));
			}
			return Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			if (problems != null) {
				problems.add(messages.getMessage("projection.error.data", new Object[] { ex.getMessage() }, locale));
			}
			return Optional.empty();
		}
	}

	/** Parses the form; unparsable fields are rejected on {@code errors}. */
	private static @Nullable ProjectionRequest request(ProjectionForm form,
			ProjectionMethods.@Nullable DerivedAssumptions derived, BindingResult errors) {
		Integer base = integer(form.getBaseYear(), "baseYear", errors);
		Integer horizon = integer(form.getHorizon(), "horizon", errors);
		Integer history = integer(form.getHistoryYears(), "historyYears", errors);
		Double fertility = number(form.getFertilityFactor(), "fertilityFactor", true, errors);
		Double migration = number(form.getMigrationFactor(), "migrationFactor", true, errors);
		if (!List.of("half-before-half-after", "end").contains(form.getTiming())) {
			errors.rejectValue("timing", "projection.error.timing", "timing");
		}
		Double tfr = edited(form.getTfr(), derived == null ? null : derived.tfr(), 2, "tfr", errors);
		Double e0f = edited(form.getE0Female(), derived == null ? null : derived.e0Female(), 1, "e0Female", errors);
		Double e0m = edited(form.getE0Male(), derived == null ? null : derived.e0Male(), 1, "e0Male", errors);
		List<@Nullable Double> net = new ArrayList<>();
		boolean anyNet = false;
		for (int g = 0; g < form.getNetMigration().size() && g < GROUPS; g++) {
			Double v = edited(form.getNetMigration().get(g), derived == null ? null : derived.netMigration()[g], 0,
					"netMigration[" + g + "]", errors);
			net.add(v);
			anyNet |= v != null;
		}
		if (errors.hasErrors() || base == null || horizon == null || history == null) {
			return null;
		}
		ProjectionSettings d = ProjectionSettings.defaults();
		ProjectionSettings settings = new ProjectionSettings(fertility, migration, form.getTiming(), d.draws(), d.seed(),
				d.persistence(), tfr, e0f, e0m, anyNet ? net : null);
		return new ProjectionRequest(base, horizon, form.getMethod(), history, form.getScenario(), form.isSideBySide(),
				settings);
	}

	private static @Nullable Integer integer(String text, String field, BindingResult errors) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "projection.error.whole-number", new Object[] { text }, "whole number");
			return null;
		}
	}

	private static @Nullable Double number(String text, String field, boolean required, BindingResult errors) {
		try {
			Double v = Numbers.parse(text);
			if (v == null && required) {
				errors.rejectValue(field, "projection.error.required", "required");
			}
			return v;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "projection.error.number", new Object[] { text }, "number");
			return null;
		}
	}

	/** The user's value if it differs from the derived one at the shown precision, else null (= derived). */
	private static @Nullable Double edited(String text, @Nullable Double derived, int decimals, String field,
			BindingResult errors) {
		Double v = number(text, field, false, errors);
		if (v == null || derived == null) {
			return v;
		}
		double scale = Math.pow(10, decimals);
		return Math.abs(Math.round(derived * scale) / scale - v) < 1e-9 ? null : v;
	}

	private static void reject(ProjectionRequestException ex, BindingResult errors) {
		for (ProjectionRequestException.Problem p : ex.problems()) {
			errors.rejectValue(p.field(), "projection.error." + p.code(), p.arguments(), p.code());
		}
	}

	// ------------------------------------------------------------------------------------------------ a run

	@GetMapping("/kommunen/{kommuneId}/prognose/{runId}")
	@Requires(Permission.KOMMUNE_VIEW)
	String showRun(@PathVariable KommuneId kommuneId, @PathVariable UUID runId, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		ProjectionRunInfo run = projections.get(kommuneId, runId);
		Job job = run.job() == null ? null : jobs.find(run.job()).orElse(null);
		String url = "/kommunen/" + kommuneId + "/prognose/" + runId;
		model.addAttribute("job", job);
		model.addAttribute("statusUrl", url);
		model.addAttribute("info", run);
		if (Htmx.isHtmx(request)) {
			if (job == null || job.finished()) {
				response.setHeader("HX-Redirect", request.getContextPath() + url);
			}
			return "projection/run :: progress";
		}
		Kommune kommune = kommunen.get(kommuneId);
		model.addAttribute("kommune", kommune);
		model.addAttribute("run", results.line(run, locale));
		if (run.succeeded()) {
			ProjectionResult result = projections.result(run);
			List<ProjectionResult> batch = projections.batch(run).stream().filter(ProjectionRunInfo::succeeded)
				.map(r -> r.id().equals(run.id()) ? result : projections.result(r)).toList();
			results.fill(model, kommune, result, batch, locale);
			if (run.reproduces() != null) {
				ProjectionRunInfo original = projections.get(kommuneId, run.reproduces());
				model.addAttribute("original", original);
				model.addAttribute("originalLine", results.line(original, locale));
			}
		}
		return "projection/run";
	}

	@GetMapping("/kommunen/{kommuneId}/prognose/{runId}/ergebnis.csv")
	@Requires(Permission.KOMMUNE_VIEW)
	void downloadCsv(@PathVariable KommuneId kommuneId, @PathVariable UUID runId, HttpServletResponse response)
			throws IOException {
		ProjectionRunInfo run = projections.get(kommuneId, runId);
		if (!run.succeeded()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		ProjectionResult result = projections.result(run);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"prognose-" + run.area() + "-"
				+ run.baseYear() + "-" + run.targetYear() + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		projections.writeCsv(result, out); // closes the writer (and so flushes it)
	}

	@PostMapping("/kommunen/{kommuneId}/prognose/{runId}/reproduzieren")
	@Requires(Permission.KOMMUNE_EDIT)
	String reproduce(@PathVariable KommuneId kommuneId, @PathVariable UUID runId, RedirectAttributes redirect) {
		if (!projections.get(kommuneId, runId).succeeded()) {
			redirect.addFlashAttribute("flashError", "projection.reproduceNotPossible");
			return "redirect:/kommunen/" + kommuneId + "/prognose/" + runId;
		}
		UUID id = projections.reproduce(kommuneId, runId);
		redirect.addFlashAttribute("flashSuccess", "projection.reproduceStarted");
		return "redirect:/kommunen/" + kommuneId + "/prognose/" + id;
	}
}
