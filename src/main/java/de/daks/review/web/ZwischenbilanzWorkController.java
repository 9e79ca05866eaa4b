package de.daks.review.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.plan.PlanVersion;
import de.daks.plan.Snapshot;
import de.daks.process.KickOffManagement;
import de.daks.process.Stakeholder;
import de.daks.process.StakeholderId;
import de.daks.reporting.Chart;
import de.daks.review.Anchoring;
import de.daks.review.Continuation;
import de.daks.review.Decision;
import de.daks.review.DecisionKind;
import de.daks.review.GoalFacts;
import de.daks.review.GoalValue;
import de.daks.review.MeasureEntry;
import de.daks.review.MeasureFacts;
import de.daks.review.Reflection;
import de.daks.review.ReflectionCategory;
import de.daks.review.Review;
import de.daks.review.ReviewException;
import de.daks.review.ReviewFacts;
import de.daks.review.Reviews;
import de.daks.review.Trend;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work on an open review: current values of the goals, measures planned against actual, the reflection, the
 * stakeholder survey, the decisions (applied to the plan draft, then the next plan version), the Verstetigung.
 */
@Controller
class ZwischenbilanzWorkController {

	private static final String PATH = ReviewWebSupport.PATH + "/{reviewId}";

	/** A goal as its page shows it: facts, trend, chart, and the values the team entered. */
	record GoalView(GoalFacts goal, Trend.Result trend, @Nullable Chart chart, List<GoalValue> values) {
	}

	/** A change that fails on one input, with the message key to show. */
	private static final class InputError extends RuntimeException {

		InputError(String key) {
			super(key);
		}
	}

	private final Reviews reviews;

	private final ReviewWebSupport support;

	private final KickOffManagement kickOff;

	private final ReviewDocuments documents;

	ZwischenbilanzWorkController(Reviews reviews, ReviewWebSupport support, KickOffManagement kickOff,
			ReviewDocuments documents) {
		this.reviews = reviews;
		this.support = support;
		this.kickOff = kickOff;
		this.documents = documents;
	}

	// goals

	@GetMapping(PATH + "/ziele")
	@Requires(Permission.KOMMUNE_VIEW)
	String goals(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Locale locale, Model model) {
		Review review = support.review(kommuneId, reviewId, "goals", model);
		ReviewFacts facts = reviews.facts(review);
		Map<String, List<GoalValue>> values = reviews.goalValues(review).stream()
			.collect(Collectors.groupingBy(GoalValue::goalKey));
		List<GoalView> goals = new ArrayList<>();
		for (GoalFacts g : facts.goals()) {
			goals.add(new GoalView(g, g.trend(), support.chart(g, locale), values.getOrDefault(g.key(), List.of())));
		}
		model.addAttribute("facts", facts);
		model.addAttribute("goals", goals);
		model.addAttribute("factsOpen", !review.completed() && !review.decisionsApplied());
		return "review/goals";
	}

	@PostMapping(PATH + "/ziele/{goalKey}/werte")
	@Requires(Permission.KOMMUNE_EDIT)
	String addGoalValue(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, @PathVariable String goalKey,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String measuredOn,
			@RequestParam(defaultValue = "") String note, Locale locale, RedirectAttributes redirect) {
		String back = base(kommuneId, reviewId) + "/ziele#ziel-" + goalKey;
		return attempt(redirect, locale, back, "review.goal.valueSaved", () -> {
			BigDecimal number = ReviewFormats.parseNumber(value);
			if (number == null) {
				throw new InputError("review.error.number");
			}
			LocalDate date = ReviewFormats.parseDate(measuredOn);
			if (date == null) {
				throw new InputError("review.error.date");
			}
			reviews.addGoalValue(kommuneId, reviewId, goalKey, number, date, note, ReviewWebSupport.author());
		});
	}

	@PostMapping(PATH + "/ziele/{goalKey}/werte/{valueId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String deleteGoalValue(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@PathVariable String goalKey, @PathVariable long valueId, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/ziele#ziel-" + goalKey,
				"review.goal.valueDeleted", () -> reviews.deleteGoalValue(kommuneId, reviewId, valueId));
	}

	// measures

	@GetMapping(PATH + "/massnahmen")
	@Requires(Permission.KOMMUNE_VIEW)
	String measures(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Model model) {
		Review review = support.review(kommuneId, reviewId, "measures", model);
		model.addAttribute("facts", reviews.facts(review));
		model.addAttribute("factsOpen", !review.completed() && !review.decisionsApplied());
		return "review/measures";
	}

	@PostMapping(PATH + "/massnahmen/{measureKey}")
	@Requires(Permission.KOMMUNE_EDIT)
	String saveMeasure(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@PathVariable String measureKey, @RequestParam(defaultValue = "") String spent,
			@RequestParam(defaultValue = "") String actualStart, @RequestParam(defaultValue = "") String actualEnd,
			@RequestParam(defaultValue = "") String note, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/massnahmen#massnahme-" + measureKey,
				"review.measure.saved", () -> {
					BigDecimal money = spent.isBlank() ? null : ReviewFormats.parseMoney(spent);
					if (!spent.isBlank() && money == null) {
						throw new InputError("review.error.money");
					}
					reviews.saveMeasureEntry(kommuneId, reviewId, new MeasureEntry(measureKey, money,
							optionalDate(actualStart), optionalDate(actualEnd), note));
				});
	}

	// reflection

	@GetMapping(PATH + "/reflexion")
	@Requires(Permission.KOMMUNE_VIEW)
	String reflection(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Model model) {
		Review review = support.review(kommuneId, reviewId, "reflection", model);
		model.addAttribute("categories", ReflectionCategory.values());
		model.addAttribute("reflections", reviews.reflections(review));
		return "review/reflection";
	}

	@PostMapping(PATH + "/reflexion")
	@Requires(Permission.KOMMUNE_EDIT)
	String saveReflection(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@RequestParam Map<String, String> params, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/reflexion", "review.reflection.saved",
				() -> reviews.saveReflections(kommuneId, reviewId, reflections(params), ReviewWebSupport.author()));
	}

	/** The categories of a reflection form: {@code helped-X}, {@code helpedRating-X}, {@code hindered-X} … */
	static List<Reflection> reflections(Map<String, String> params) {
		List<Reflection> out = new ArrayList<>();
		for (ReflectionCategory c : ReflectionCategory.values()) {
			out.add(new Reflection(c, params.get("helped-" + c.name()), rating(params.get("helpedRating-" + c.name())),
					params.get("hindered-" + c.name()), rating(params.get("hinderedRating-" + c.name()))));
		}
		return out;
	}

	private static @Nullable Integer rating(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new ReviewException("review.rule.rating");
		}
	}

	// survey

	@GetMapping(PATH + "/umfrage")
	@Requires(Permission.KOMMUNE_VIEW)
	String survey(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Model model) {
		Review review = support.review(kommuneId, reviewId, "survey", model);
		List<Stakeholder> stakeholders = kickOff.stakeholders(kommuneId);
		model.addAttribute("stakeholders", stakeholders);
		model.addAttribute("invites", reviews.invites(review));
		model.addAttribute("invited", reviews.invites(review).stream().map(i -> i.stakeholderId().toString())
			.collect(Collectors.toSet()));
		model.addAttribute("survey", reviews.surveyAggregate(review));
		return "review/survey";
	}

	@PostMapping(PATH + "/umfrage")
	@Requires(Permission.KOMMUNE_EDIT)
	String invite(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@RequestParam(name = "stakeholder", required = false) @Nullable List<String> stakeholders, Locale locale,
			RedirectAttributes redirect) {
		String back = base(kommuneId, reviewId) + "/umfrage";
		try {
			int sent = reviews.invite(kommuneId, reviewId, stakeholders == null ? List.of()
					: stakeholders.stream().map(StakeholderId::of).toList());
			Flash.success(redirect, "review.survey.sent", sent);
		}
		catch (ReviewException ex) {
			support.error(redirect, ex, locale);
		}
		return "redirect:" + back;
	}

	// decisions

	@GetMapping(PATH + "/entscheidungen")
	@Requires(Permission.KOMMUNE_VIEW)
	String decisions(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Locale locale, Model model) {
		Review review = support.review(kommuneId, reviewId, "decisions", model);
		PlanVersion version = reviews.version(review);
		List<Decision> decisions = reviews.decisions(review);
		Map<String, Decision> byMeasure = new LinkedHashMap<>();
		decisions.stream().filter(d -> d.measureKey() != null).forEach(d -> byMeasure.put(d.measureKey(), d));
		Map<String, Snapshot.Item> items = version.snapshot().byKey();
		Map<Long, String> details = new LinkedHashMap<>();
		decisions.forEach(d -> details.put(d.id(), documents.details(d, items, locale)));
		model.addAttribute("facts", reviews.facts(review));
		model.addAttribute("byMeasure", byMeasure);
		model.addAttribute("newMeasures", decisions.stream().filter(d -> d.kind() == DecisionKind.NEW).toList());
		model.addAttribute("details", details);
		model.addAttribute("fields", version.snapshot().fieldItems());
		model.addAttribute("kinds", List.of(DecisionKind.CONTINUE, DecisionKind.CHANGE, DecisionKind.STOP));
		model.addAttribute("decisionCount", decisions.size());
		model.addAttribute("decisionsOpen", !review.completed() && !review.decisionsApplied());
		return "review/decisions";
	}

	@PostMapping(PATH + "/entscheidungen/{measureKey}")
	@Requires(Permission.KOMMUNE_EDIT)
	String decide(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, @PathVariable String measureKey,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String responsible, @RequestParam(defaultValue = "") String start,
			@RequestParam(defaultValue = "") String end, @RequestParam(defaultValue = "") String budget, Locale locale,
			RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/entscheidungen#entscheidung-" + measureKey,
				"review.decision.saved", () -> {
					DecisionKind k = kind(kind);
					if (k == DecisionKind.NEW) {
						throw new InputError("review.error.kind");
					}
					reviews.decide(kommuneId, reviewId, new Decision(0, measureKey, k, reason, title, description,
							responsible, optionalDate(start), optionalDate(end), optionalMoney(budget), null, null,
							ReviewWebSupport.author(), java.time.Instant.now()));
				});
	}

	@PostMapping(PATH + "/entscheidungen/neu")
	@Requires(Permission.KOMMUNE_EDIT)
	String decideNew(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String responsible,
			@RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
			@RequestParam(defaultValue = "") String budget, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/entscheidungen#neue-massnahmen",
				"review.decision.newSaved",
				() -> reviews.decide(kommuneId, reviewId, new Decision(0, null, DecisionKind.NEW, null, title,
						description, responsible, optionalDate(start), optionalDate(end), optionalMoney(budget),
						field.isBlank() ? null : field.strip(), null, ReviewWebSupport.author(),
						java.time.Instant.now())));
	}

	@PostMapping(PATH + "/entscheidungen/{decisionId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String removeDecision(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@PathVariable long decisionId, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/entscheidungen", "review.decision.removed",
				() -> reviews.removeDecision(kommuneId, reviewId, decisionId));
	}

	@PostMapping(PATH + "/entscheidungen/anwenden")
	@Requires(Permission.KOMMUNE_MANAGE)
	String apply(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Locale locale,
			RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/entscheidungen#anwenden",
				"review.decisions.appliedNow",
				() -> reviews.applyDecisions(kommuneId, reviewId, ReviewWebSupport.author()));
	}

	@PostMapping(PATH + "/planversion")
	@Requires(Permission.KOMMUNE_MANAGE)
	String publish(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@RequestParam(defaultValue = "") String decidedOn, @RequestParam(defaultValue = "") String decisionRef,
			Locale locale, RedirectAttributes redirect) {
		String back = base(kommuneId, reviewId) + "/entscheidungen#planversion";
		LocalDate date = ReviewFormats.parseDate(decidedOn);
		if (date == null) {
			Flash.error(redirect, "review.error.date");
			return "redirect:" + back;
		}
		try {
			PlanVersion version = reviews.publishNextVersion(kommuneId, reviewId, date, decisionRef,
					ReviewWebSupport.author());
			Flash.success(redirect, "review.version.published", version.number());
		}
		catch (ReviewException ex) {
			support.error(redirect, ex, locale);
		}
		return "redirect:" + back;
	}

	// Verstetigung

	@GetMapping(PATH + "/verstetigung")
	@Requires(Permission.KOMMUNE_VIEW)
	String continuation(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Model model) {
		Review review = support.review(kommuneId, reviewId, "continuation", model);
		model.addAttribute("facts", reviews.facts(review));
		model.addAttribute("continuations", reviews.continuations(review));
		model.addAttribute("anchorings", Anchoring.values());
		return "review/continuation";
	}

	@PostMapping(PATH + "/verstetigung")
	@Requires(Permission.KOMMUNE_EDIT)
	String saveContinuation(@PathVariable KommuneId kommuneId, @PathVariable long reviewId,
			@RequestParam MultiValueMap<String, String> params, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, base(kommuneId, reviewId) + "/verstetigung", "review.continuation.saved",
				() -> {
					List<Continuation> list = new ArrayList<>();
					for (String key : params.getOrDefault("measure", List.of())) {
						Set<Anchoring> anchoring = EnumSet.noneOf(Anchoring.class);
						for (String a : params.getOrDefault("anchoring-" + key, List.of())) {
							try {
								anchoring.add(Anchoring.valueOf(a));
							}
							catch (IllegalArgumentException ex) {
								throw new InputError("review.error.anchoring");
							}
						}
						list.add(new Continuation(key, params.containsKey("continues-" + key),
								params.getFirst("carrier-" + key), params.getFirst("financing-" + key), anchoring,
								params.getFirst("anchoringNote-" + key)));
					}
					String next = params.getFirst("nextReview");
					reviews.saveContinuation(kommuneId, reviewId, list,
							next == null || next.isBlank() ? null : date(next), params.getFirst("note"));
				});
	}

	// helpers

	private String attempt(RedirectAttributes redirect, Locale locale, String back, String success, Runnable change) {
		try {
			change.run();
			Flash.success(redirect, success);
		}
		catch (ReviewException ex) {
			support.error(redirect, ex, locale);
		}
		catch (InputError ex) {
			Flash.error(redirect, ex.getMessage());
		}
		return "redirect:" + back;
	}

	private static DecisionKind kind(String text) {
		try {
			return DecisionKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InputError("review.error.kind");
		}
	}

	private static @Nullable LocalDate optionalDate(String text) {
		return text.isBlank() ? null : date(text);
	}

	private static LocalDate date(String text) {
		LocalDate date = ReviewFormats.parseDate(text);
		if (date == null) {
			throw new InputError("review.error.date");
		}
		return date;
	}

	private static @Nullable BigDecimal optionalMoney(String text) {
		if (text.isBlank()) {
			return null;
		}
		BigDecimal money = ReviewFormats.parseMoney(text);
		if (money == null) {
			throw new InputError("review.error.money");
		}
		return money;
	}

	private static String base(KommuneId kommune, long reviewId) {
		return ReviewWebSupport.base(kommune) + "/" + reviewId;
	}
}
