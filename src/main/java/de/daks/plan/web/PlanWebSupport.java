package de.daks.plan.web;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorService;
import de.daks.plan.Goal;
import de.daks.plan.MeasureStatus;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.plan.Measure;
import de.daks.plan.Milestone;
import de.daks.plan.PlanData;
import de.daks.plan.PlanField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the plan pages share: the Kommune, the rights, enums for forms, indicator values of statistic goals. */
@Component
class PlanWebSupport {

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final IndicatorService indicators;

	private final Plans plans;

	private final MessageSource messages;

	PlanWebSupport(KommuneManagement kommunen, Authorization authorization, IndicatorService indicators, Plans plans,
			MessageSource messages) {
		this.messages = messages;
		this.kommunen = kommunen;
		this.authorization = authorization;
		this.indicators = indicators;
		this.plans = plans;
	}

	Kommune kommune(KommuneId id, Model model) {
		Kommune kommune = kommunen.get(id);
		model.addAttribute("kommune", kommune);
		model.addAttribute("canEdit", authorization.isAllowed(Permission.KOMMUNE_EDIT, id));
		model.addAttribute("canManage", authorization.isAllowed(Permission.KOMMUNE_MANAGE, id));
		model.addAttribute("statuses", MeasureStatus.values());
		model.addAttribute("groups", TargetGroup.values());
		model.addAttribute("today", plans.today());
		model.addAttribute("fmt", new PlanFormats());
		return kommune;
	}

	/** The rows of the table views, formatted once. */
	List<MeasureRow> rows(PlanData plan, List<Measure> measures, LocalDate today) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, PlanField> fields = plan.fieldsById();
		Map<String, String> labels = new HashMap<>();
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		List<MeasureRow> rows = new ArrayList<>(measures.size());
		for (Measure m : measures) {
			String groups = m.targetGroups().stream().sorted()
				.map(g -> labels.computeIfAbsent(g.messageKey(), k -> messages.getMessage(k, null, locale)))
				.collect(Collectors.joining(", "));
			String responsible = (m.responsiblePerson() == null ? "" : m.responsiblePerson())
					+ (m.responsibleUnit() == null ? "" : " (" + m.responsibleUnit() + ")");
			StringBuilder milestones = new StringBuilder();
			for (Milestone s : plan.milestonesOf(m.id())) {
				milestones.append(milestones.isEmpty() ? "" : "; ").append(dates.format(s.due())).append(' ')
					.append(s.title()).append(s.done() ? " ✓" : "");
			}
			PlanField field = fields.get(m.fieldId());
			rows.add(new MeasureRow(m.id(), m.title(), field == null ? "" : field.title(), responsible.strip(), groups,
					m.start() == null ? "–" : dates.format(m.start()), m.end() == null ? "–" : dates.format(m.end()),
					m.budget() == null ? "" : PlanFormats.money(m.budget()) + " €", m.status().name(),
					labels.computeIfAbsent(m.status().messageKey(), k -> messages.getMessage(k, null, locale)),
					m.progress(), m.overdue(today), milestones.toString()));
		}
		return rows;
	}

	List<IndicatorDefinition> catalogue() {
		return indicators.catalogue().all();
	}

	Optional<IndicatorDefinition> definition(String key) {
		return indicators.catalogue().find(key);
	}

	/** The current value of a statistic goal's indicator for the Kommune (latest year with data), as text. */
	@Nullable
	String currentValue(Kommune kommune, Goal goal) {
		if (!goal.statistic() || goal.indicatorKey() == null || kommune.areaKeys().isEmpty()) {
			return null;
		}
		try {
			String area = kommune.areaKeys().get(0);
			Optional<Integer> year = indicators.latestYear(area);
			if (year.isEmpty()) {
				return null;
			}
			return indicators.compute(area, year.get()).value(goal.indicatorKey())
				.map(v -> PlanFormats.number(v.value()) + " " + v.unit() + " (" + v.year() + ")").orElse(null);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The value of a statistics indicator for the Kommune in a year, or in the latest year with data when year is
	 * null; empty when the Kommune has no area or no data.
	 */
	Optional<de.daks.indicators.IndicatorValue> indicatorValue(KommuneId kommuneId, String key,
			@Nullable Integer year) {
		Kommune kommune = kommunen.get(kommuneId);
		if (kommune.areaKeys().isEmpty()) {
			return Optional.empty();
		}
		try {
			String area = kommune.areaKeys().get(0);
			return indicators.series(area, key).stream().filter(v -> year == null || v.year() == year)
				.max(java.util.Comparator.comparingInt(de.daks.indicators.IndicatorValue::year));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	String name(IndicatorDefinition definition, Locale locale) {
		return definition.name(locale);
	}
}
