package de.daks.plan.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.indicators.IndicatorDefinition;
import de.daks.plan.Goal;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.PlanData;
import de.daks.plan.PlanException;
import de.daks.plan.PlanField;
import de.daks.plan.PhotoUpload;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Kommune team's Werkstattplan: the tree with Leitbild, fields, goals and measures; one measure with status,
 * progress, milestones and its timeline; the table with filters, the timeline, the status board, my tasks.
 */
@Controller
class PlanController {

	static final String PATH = "/kommunen/{kommuneId}/werkstattplan";

	private final Plans plans;

	private final PlanWebSupport support;

	PlanController(Plans plans, PlanWebSupport support) {
		this.plans = plans;
		this.support = support;
	}

	@GetMapping(PATH)
	@Requires(Permission.KOMMUNE_VIEW)
	String tree(@PathVariable KommuneId kommuneId, Model model) {
		Kommune kommune = support.kommune(kommuneId, model);
		PlanData plan = plans.draft(kommuneId);
		model.addAttribute("plan", plan);
		Map<Long, String> current = new HashMap<>();
		for (Goal goal : plan.goals()) {
			String value = support.currentValue(kommune, goal);
			if (value != null) {
				current.put(goal.id(), value);
			}
		}
		model.addAttribute("currentValues", current);
		model.addAttribute("catalogue", support.catalogue());
		model.addAttribute("locale", LocaleContextHolder.getLocale());
		model.addAttribute("openProposals", plans.proposals(kommuneId).stream().filter(p -> !p.adopted()).count());
		if (!model.containsAttribute("measureForm")) {
			model.addAttribute("measureForm", new MeasureForm());
		}
		model.addAttribute("team", plans.team(kommuneId));
		model.addAttribute("reminders", plans.reminderSettings(kommuneId));
		return "plan/tree";
	}

	@PostMapping(PATH + "/erinnerungen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String reminders(@PathVariable KommuneId kommuneId, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(defaultValue = "") String days, RedirectAttributes redirect) {
		int n;
		try {
			n = Integer.parseInt(days.strip());
		}
		catch (NumberFormatException ex) {
			n = -1;
		}
		int staleAfterDays = n;
		return attempt(redirect, base(kommuneId) + "#erinnerungen", "plan.reminders.saved",
				() -> plans.setReminderSettings(kommuneId, enabled, staleAfterDays));
	}

	@PostMapping(PATH + "/leitbild")
	@Requires(Permission.KOMMUNE_EDIT)
	String leitbild(@PathVariable KommuneId kommuneId, @RequestParam(defaultValue = "") String leitbild,
			RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId), "plan.leitbild.saved", () -> plans.setLeitbild(kommuneId, leitbild));
	}

	@PostMapping(PATH + "/felder")
	@Requires(Permission.KOMMUNE_EDIT)
	String addField(@PathVariable KommuneId kommuneId, @RequestParam(defaultValue = "") String title,
			RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId), "plan.field.added", () -> plans.addField(kommuneId, title));
	}

	@PostMapping(PATH + "/felder/ausschreibung")
	@Requires(Permission.KOMMUNE_EDIT)
	String starterFields(@PathVariable KommuneId kommuneId, RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId), "plan.field.starterAdded", () -> plans.addStarterFields(kommuneId));
	}

	@PostMapping(PATH + "/felder/{fieldId}/ziele")
	@Requires(Permission.KOMMUNE_EDIT)
	String addGoal(@PathVariable KommuneId kommuneId, @PathVariable long fieldId,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String indicatorKey,
			@RequestParam(defaultValue = "") String indicatorName, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String baseline, @RequestParam(defaultValue = "") String target,
			@RequestParam(defaultValue = "") String targetDate, @RequestParam(defaultValue = "") String baselineYear,
			RedirectAttributes redirect) {
		String back = base(kommuneId) + "#feld-" + fieldId;
		List<String> errors = new ArrayList<>();
		Goal newGoal = goal(kommuneId, 0, fieldId, title, indicatorKey, indicatorName, unit, baseline, baselineYear,
				target, targetDate, errors);
		if (newGoal == null) {
			redirect.addFlashAttribute("goalErrors", errors);
			redirect.addFlashAttribute("goalErrorField", fieldId);
			return "redirect:" + back;
		}
		return attempt(redirect, back, "plan.goal.added", () -> plans.addGoal(kommuneId, newGoal));
	}

	@PostMapping(PATH + "/ziele/{goalId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String editGoal(@PathVariable KommuneId kommuneId, @PathVariable long goalId,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String indicatorKey,
			@RequestParam(defaultValue = "") String indicatorName, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String baseline, @RequestParam(defaultValue = "") String target,
			@RequestParam(defaultValue = "") String targetDate, @RequestParam(defaultValue = "") String baselineYear,
			RedirectAttributes redirect) {
		Goal stored = goalOf(kommuneId, goalId);
		String back = base(kommuneId) + "#feld-" + stored.fieldId();
		List<String> errors = new ArrayList<>();
		Goal edited = goal(kommuneId, goalId, stored.fieldId(), title, indicatorKey, indicatorName, unit, baseline,
				baselineYear, target, targetDate, errors);
		if (edited == null) {
			redirect.addFlashAttribute("goalErrors", errors);
			redirect.addFlashAttribute("goalErrorField", stored.fieldId());
			return "redirect:" + back;
		}
		return attempt(redirect, back, "plan.goal.saved", () -> plans.editGoal(kommuneId, edited));
	}

	@PostMapping(PATH + "/ziele/{goalId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String deleteGoal(@PathVariable KommuneId kommuneId, @PathVariable long goalId, RedirectAttributes redirect) {
		Goal stored = goalOf(kommuneId, goalId);
		return attempt(redirect, base(kommuneId) + "#feld-" + stored.fieldId(), "plan.goal.deleted",
				() -> plans.deleteGoal(kommuneId, goalId));
	}

	@PostMapping(PATH + "/felder/{fieldId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String renameField(@PathVariable KommuneId kommuneId, @PathVariable long fieldId,
			@RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId) + "#feld-" + fieldId, "plan.field.saved",
				() -> plans.renameField(kommuneId, fieldId, title));
	}

	@PostMapping(PATH + "/felder/{fieldId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String deleteField(@PathVariable KommuneId kommuneId, @PathVariable long fieldId,
			@RequestParam(defaultValue = "false") boolean withContent, RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId) + "#felder", "plan.field.deleted",
				() -> plans.deleteField(kommuneId, fieldId, withContent));
	}

	private Goal goalOf(KommuneId kommuneId, long goalId) {
		return plans.draft(kommuneId).goals().stream().filter(g -> g.id() == goalId).findFirst()
			.orElseThrow(() -> new de.daks.shared.NotFoundException("goal " + goalId));
	}

	/**
	 * A goal as typed, checked; null with the message keys in {@code errors} when something is wrong. A statistic
	 * goal without a baseline gets the indicator's value of the baseline year (or the latest year with data).
	 */
	private @Nullable Goal goal(KommuneId kommuneId, long id, long fieldId, String title, String indicatorKey,
			String indicatorName, String unit, String baseline, String baselineYear, String target,
			String targetDate, List<String> errors) {
		Integer year = null;
		if (!baselineYear.isBlank()) {
			try {
				year = Integer.valueOf(baselineYear.strip());
			}
			catch (NumberFormatException ex) {
				errors.add("plan.error.goal.baselineYear");
			}
			if (year != null && (year < 1950 || year > 2100)) {
				errors.add("plan.error.goal.baselineYear");
			}
		}
		if (title.isBlank() || title.strip().length() > 300) {
			errors.add("plan.error.goal.title");
		}
		Optional<IndicatorDefinition> definition = indicatorKey.isBlank() ? Optional.empty()
				: support.definition(indicatorKey.strip());
		if (!indicatorKey.isBlank() && definition.isEmpty()) {
			errors.add("plan.error.goal.indicator");
		}
		if (indicatorKey.isBlank() && (indicatorName.isBlank() || indicatorName.strip().length() > 200)) {
			errors.add("plan.error.goal.indicatorName");
		}
		BigDecimal base = baseline.isBlank() ? null : PlanFormats.parseNumber(baseline);
		if (!baseline.isBlank() && base == null) {
			errors.add("plan.error.goal.baseline");
		}
		BigDecimal goal = target.isBlank() ? null : PlanFormats.parseNumber(target);
		if (!target.isBlank() && goal == null) {
			errors.add("plan.error.goal.target");
		}
		LocalDate date = targetDate.isBlank() ? null : PlanFormats.parseDate(targetDate);
		if (!targetDate.isBlank() && date == null) {
			errors.add("plan.error.goal.targetDate");
		}
		if (unit.strip().length() > 40) {
			errors.add("plan.error.goal.unit");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		if (definition.isPresent() && base == null) {
			Optional<de.daks.indicators.IndicatorValue> value = support.indicatorValue(kommuneId,
					definition.get().id(), year);
			if (value.isPresent()) {
				base = BigDecimal.valueOf(value.get().value()).setScale(4, java.math.RoundingMode.HALF_UP);
				year = value.get().year();
			}
		}
		return new Goal(id, fieldId, title.strip(), definition.isPresent(),
				definition.map(IndicatorDefinition::id).orElse(null),
				definition.map(d -> d.name(Locale.GERMAN)).orElse(indicatorName.strip()),
				definition.map(IndicatorDefinition::unit).orElse(MeasureForm.blank(unit)), base, goal, date, year);
	}

	@PostMapping(PATH + "/massnahmen")
	@Requires(Permission.KOMMUNE_EDIT)
	String addMeasure(@PathVariable KommuneId kommuneId, @ModelAttribute("measureForm") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Measure measure = form.validate(0, result, plans.today());
		if (measure == null) {
			model.addAttribute("measureFormErrors", true);
			return tree(kommuneId, model);
		}
		long id;
		try {
			id = plans.addMeasure(kommuneId, measure);
		}
		catch (PlanException ex) {
			Flash.error(redirect, ex.getMessage());
			return "redirect:" + base(kommuneId);
		}
		Flash.success(redirect, "plan.measure.added");
		return "redirect:" + base(kommuneId) + "/massnahmen/" + id;
	}

	@GetMapping(PATH + "/massnahmen/{measureId}")
	@Requires(Permission.KOMMUNE_VIEW)
	String measure(@PathVariable KommuneId kommuneId, @PathVariable long measureId, Model model) {
		support.kommune(kommuneId, model);
		Measure measure = plans.measure(kommuneId, measureId);
		PlanData plan = plans.draft(kommuneId);
		model.addAttribute("plan", plan);
		model.addAttribute("measure", measure);
		model.addAttribute("field", plan.fieldsById().get(measure.fieldId()));
		model.addAttribute("milestones", plan.milestonesOf(measureId));
		model.addAttribute("updates", plans.updates(kommuneId, measureId));
		if (!model.containsAttribute("measureForm")) {
			model.addAttribute("measureForm", MeasureForm.of(measure));
		}
		List<Plans.TeamMember> team = plans.team(kommuneId);
		model.addAttribute("team", team);
		model.addAttribute("responsibleUser", team.stream().filter(t -> t.id().equals(measure.responsibleUserId()))
			.map(Plans.TeamMember::name).findFirst().orElse(null));
		return "plan/measure";
	}

	@PostMapping(PATH + "/massnahmen/{measureId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String editMeasure(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			@ModelAttribute("measureForm") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		plans.measure(kommuneId, measureId);
		Measure measure = form.validate(measureId, result, plans.today());
		if (measure == null) {
			model.addAttribute("measureFormErrors", true);
			return measure(kommuneId, measureId, model);
		}
		return attempt(redirect, base(kommuneId) + "/massnahmen/" + measureId, "plan.measure.saved",
				() -> plans.editMeasure(kommuneId, measure));
	}

	@PostMapping(PATH + "/massnahmen/{measureId}/status")
	@Requires(Permission.KOMMUNE_EDIT)
	String status(@PathVariable KommuneId kommuneId, @PathVariable long measureId, @RequestParam MeasureStatus status,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId) + "/massnahmen/" + measureId, "plan.status.changed",
				() -> plans.changeStatus(kommuneId, measureId, status, reason, author()));
	}

	@PostMapping(PATH + "/massnahmen/{measureId}/fortschritt")
	@Requires(Permission.KOMMUNE_EDIT)
	String progress(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			@RequestParam(defaultValue = "") String progress, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "photo", required = false) MultipartFile @Nullable [] files,
			@RequestParam(name = "alt", required = false) String @Nullable [] alts, RedirectAttributes redirect)
			throws java.io.IOException {
		String back = base(kommuneId) + "/massnahmen/" + measureId;
		int percent;
		try {
			percent = Integer.parseInt(progress.strip().replace("%", "").strip());
		}
		catch (NumberFormatException ex) {
			Flash.error(redirect, "plan.rule.progressRange");
			return "redirect:" + back;
		}
		List<PhotoUpload> photos = new ArrayList<>();
		for (int i = 0; files != null && i < files.length; i++) {
			MultipartFile file = files[i];
			if (file == null || file.isEmpty()) {
				continue;
			}
			if (file.getSize() > PhotoUpload.MAX_BYTES) {
				Flash.error(redirect, "plan.rule.photoSize");
				return "redirect:" + back;
			}
			String alt = alts != null && i < alts.length && alts[i] != null ? alts[i] : "";
			photos.add(new PhotoUpload(file.getOriginalFilename() == null ? "foto" : file.getOriginalFilename(),
					file.getBytes(), alt));
		}
		return attempt(redirect, back + "#verlauf", "plan.progress.saved",
				() -> plans.reportProgress(kommuneId, measureId, percent, text, author(), photos));
	}

	@GetMapping(PATH + "/fotos/{photoId}")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> photo(@PathVariable KommuneId kommuneId, @PathVariable long photoId)
			throws java.io.IOException {
		return photoResponse(plans.photo(kommuneId, photoId), false);
	}

	/** The bytes of a stored photo with its checked type; the browser must not guess another. */
	static ResponseEntity<byte[]> photoResponse(Plans.PhotoFile photo, boolean publicCache)
			throws java.io.IOException {
		byte[] bytes;
		try (java.io.InputStream in = photo.opener().open()) {
			bytes = in.readAllBytes();
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.photo().contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(publicCache ? CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()
					: CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.body(bytes);
	}

	@PostMapping(PATH + "/massnahmen/{measureId}/meilensteine")
	@Requires(Permission.KOMMUNE_EDIT)
	String milestone(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String due,
			RedirectAttributes redirect) {
		String back = base(kommuneId) + "/massnahmen/" + measureId;
		LocalDate date = PlanFormats.parseDate(due);
		if (date == null) {
			Flash.error(redirect, "plan.error.milestone.due");
			return "redirect:" + back;
		}
		return attempt(redirect, back, "plan.milestone.added",
				() -> plans.addMilestone(kommuneId, measureId, title, date));
	}

	@PostMapping(PATH + "/massnahmen/{measureId}/meilensteine/{milestoneId}/bearbeiten")
	@Requires(Permission.KOMMUNE_EDIT)
	String editMilestone(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			@PathVariable long milestoneId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String due, RedirectAttributes redirect) {
		String back = base(kommuneId) + "/massnahmen/" + measureId + "#meilensteine";
		LocalDate date = PlanFormats.parseDate(due);
		if (date == null) {
			Flash.error(redirect, "plan.error.milestone.due");
			return "redirect:" + back;
		}
		return attempt(redirect, back, "plan.milestone.saved",
				() -> plans.editMilestone(kommuneId, measureId, milestoneId, title, date));
	}

	@PostMapping(PATH + "/massnahmen/{measureId}/meilensteine/{milestoneId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String deleteMilestone(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			@PathVariable long milestoneId, RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId) + "/massnahmen/" + measureId + "#meilensteine",
				"plan.milestone.deleted", () -> plans.deleteMilestone(kommuneId, measureId, milestoneId));
	}

	@PostMapping(PATH + "/massnahmen/{measureId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String deleteMeasure(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		if (!confirm) {
			plans.measure(kommuneId, measureId);
			Flash.error(redirect, "plan.measure.deleteConfirm");
			return "redirect:" + base(kommuneId) + "/massnahmen/" + measureId + "#loeschen";
		}
		return attempt(redirect, base(kommuneId), "plan.measure.deleted",
				() -> plans.deleteMeasure(kommuneId, measureId));
	}

	@PostMapping(PATH + "/massnahmen/{measureId}/meilensteine/{milestoneId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String milestoneDone(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			@PathVariable long milestoneId, @RequestParam(defaultValue = "false") boolean done,
			RedirectAttributes redirect) {
		return attempt(redirect, base(kommuneId) + "/massnahmen/" + measureId, "plan.milestone.saved",
				() -> plans.setMilestoneDone(kommuneId, measureId, milestoneId, done));
	}

	@GetMapping(PATH + "/tabelle")
	@Requires(Permission.KOMMUNE_VIEW)
	String table(@PathVariable KommuneId kommuneId, @RequestParam(required = false) @Nullable Long field,
			@RequestParam(required = false) @Nullable MeasureStatus status,
			@RequestParam(required = false) @Nullable String responsible,
			@RequestParam(required = false) @Nullable TargetGroup group,
			@RequestParam(required = false) @Nullable String quarter,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		PlanData plan = view(kommuneId, model);
		List<Measure> measures = Plans.filter(plan, field, status, responsible, group, quarter, overdue,
				plans.today());
		model.addAttribute("measures", measures);
		model.addAttribute("rows", support.rows(plan, measures, plans.today()));
		model.addAttribute("quarters", plan.measures().stream().flatMap(m -> m.quarters().stream()).distinct()
			.sorted((a, b) -> (a.substring(3) + a.substring(1, 2)).compareTo(b.substring(3) + b.substring(1, 2)))
			.toList());
		model.addAttribute("filter", new LinkedHashMap<>(Map.of("field", field == null ? "" : field, "status",
				status == null ? "" : status, "responsible", responsible == null ? "" : responsible, "group",
				group == null ? "" : group, "quarter", quarter == null ? "" : quarter, "overdue", overdue)));
		return "plan/table";
	}

	@GetMapping(PATH + "/zeitplan")
	@Requires(Permission.KOMMUNE_VIEW)
	String timeline(@PathVariable KommuneId kommuneId, Model model) {
		PlanData plan = view(kommuneId, model);
		model.addAttribute("rows", support.rows(plan, plan.measures(), plans.today()));
		Locale locale = LocaleContextHolder.getLocale();
		Timeline timeline = Timeline.of(plan, plan.measures(), plans.today());
		model.addAttribute("timeline", timeline);
		model.addAttribute("svg", timeline.svg(support.message("plan.timeline.svgTitle", locale,
				timeline.rows().size()), support.message("plan.timeline.today", locale)));
		return "plan/timeline";
	}

	@GetMapping(PATH + "/statustafel")
	@Requires(Permission.KOMMUNE_VIEW)
	String board(@PathVariable KommuneId kommuneId, Model model) {
		PlanData plan = view(kommuneId, model);
		Map<MeasureStatus, List<Measure>> columns = new LinkedHashMap<>();
		for (MeasureStatus s : MeasureStatus.values()) {
			columns.put(s, plan.measures().stream().filter(m -> m.status() == s).toList());
		}
		model.addAttribute("columns", columns);
		return "plan/board";
	}

	@GetMapping(PATH + "/meine-aufgaben")
	@Requires(Permission.KOMMUNE_VIEW)
	String mine(@PathVariable KommuneId kommuneId, Model model) {
		PlanData plan = view(kommuneId, model);
		DaksPrincipal user = Authorization.currentUser();
		String me = author().replaceAll("\\s*\\(.*\\)$", "");
		List<Measure> mine = plan.measures().stream().filter(m -> mine(m, user == null ? null : user.id().value(), me))
			.toList();
		model.addAttribute("measures", mine);
		model.addAttribute("rows", support.rows(plan, mine, plans.today()));
		model.addAttribute("me", me);
		return "plan/mine";
	}

	/**
	 * Whether a measure is the user's task: by the responsible user; for a measure without one (older rows,
	 * imports), by the free-text name containing the user's display name.
	 */
	static boolean mine(Measure m, java.util.@Nullable UUID user, String name) {
		if (m.responsibleUserId() != null) {
			return m.responsibleUserId().equals(user);
		}
		return !name.isBlank() && m.responsiblePerson() != null
				&& m.responsiblePerson().toLowerCase(Locale.GERMAN).contains(name.toLowerCase(Locale.GERMAN));
	}

	/** The Kommune, the rights and the draft with its fields by id: what every view of the plan shows. */
	private PlanData view(KommuneId kommuneId, Model model) {
		support.kommune(kommuneId, model);
		PlanData plan = plans.draft(kommuneId);
		model.addAttribute("plan", plan);
		model.addAttribute("fields", plan.fieldsById());
		return plan;
	}

	static String base(KommuneId kommune) {
		return "/kommunen/" + kommune + "/werkstattplan";
	}

	static String author() {
		DaksPrincipal user = Authorization.currentUser();
		return user == null ? "?" : user.displayName();
	}

	/** Runs a change; a broken rule becomes an error message and nothing is stored (the transaction rolls back). */
	static String attempt(RedirectAttributes redirect, String back, String success, Runnable change) {
		try {
			change.run();
			Flash.success(redirect, success);
		}
		catch (PlanException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:" + back;
	}

}
