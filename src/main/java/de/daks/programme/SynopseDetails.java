package de.daks.programme;

import de.daks.indicators.IndicatorService;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.plan.MeasureStatus;
import de.daks.plan.PlanOutline;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The columns of the Synopse beyond the five steps (issue 7): themes/fields of action and target groups from each
 * Kommune's Werkstattplan (read through {@link Plans}), money from the funding module (through
 * {@link SynopseSpending}) and key indicators from the indicators module. Each is read only for the table that shows
 * it, so the default page stays cheap for 400 Kommunen.
 */
@Service
class SynopseDetails {

	/** The key indicators shown, in this order (ids of the indicator catalogue). */
	static final List<String> KEY_INDICATORS = List.of("population_change_5y", "share_65_plus", "share_under_18",
			"old_age_ratio", "mean_age");

	private final Plans plans;

	private final IndicatorService indicators;

	private final ObjectProvider<SynopseSpending> spending;

	SynopseDetails(Plans plans, IndicatorService indicators, ObjectProvider<SynopseSpending> spending) {
		this.plans = plans;
		this.indicators = indicators;
		this.spending = spending;
	}

	/**
	 * What a Kommune's Werkstattplan says: the fields of action of the latest published version (or of the draft when
	 * none is published), their themes, and the measures of the working plan by target group and status.
	 *
	 * @param version the number of the published version the fields come from, null for the draft
	 */
	record PlanSummary(@Nullable Integer version, List<String> fields, Set<SynopseTheme> themes,
			Map<TargetGroup, Long> targetGroups, Map<MeasureStatus, Long> statuses, int measures) {

		static final PlanSummary NONE = new PlanSummary(null, List.of(), Set.of(), Map.of(), Map.of(), 0);

		public boolean hasPlan() {
			return !fields.isEmpty();
		}

		public long group(TargetGroup group) {
			return targetGroups.getOrDefault(group, 0L);
		}

		public long status(MeasureStatus status) {
			return statuses.getOrDefault(status, 0L);
		}
	}

	/** Key indicators of a Kommune in the latest year with population data (null values where not computable). */
	record KeyFigures(@Nullable Integer year, Map<String, Double> values) {

		static final KeyFigures NONE = new KeyFigures(null, Map.of());

		public @Nullable Double value(String id) {
			return values.get(id);
		}
	}

	/** Everything the exports need for the shown Kommunen. */
	record All(Map<KommuneId, PlanSummary> plans, Map<KommuneId, List<SynopseSpending.Line>> spending,
			Map<KommuneId, KeyFigures> figures) {

		PlanSummary plan(KommuneId kommune) {
			return plans.getOrDefault(kommune, PlanSummary.NONE);
		}

		List<SynopseSpending.Line> spending(KommuneId kommune) {
			return spending.getOrDefault(kommune, List.of());
		}

		KeyFigures figures(KommuneId kommune) {
			return figures.getOrDefault(kommune, KeyFigures.NONE);
		}
	}

	@Transactional(readOnly = true)
	All all(ProgrammeId programme, Synopse.View view) {
		return new All(plans(view), spending(programme, view), figures(view));
	}

	/** The plans of all shown Kommunen, read in bulk ({@link Plans#outlines}: four queries, not two per Kommune). */
	@Transactional(readOnly = true)
	Map<KommuneId, PlanSummary> plans(Synopse.View view) {
		Map<KommuneId, PlanOutline> outlines = plans.outlines(view.rows().stream().map(r -> r.kommune().id()).toList());
		Map<KommuneId, PlanSummary> out = new LinkedHashMap<>();
		outlines.forEach((kommune, outline) -> out.put(kommune, summary(outline)));
		return out;
	}

	static PlanSummary summary(PlanOutline outline) {
		List<String> fields = outline.fieldTitles();
		if (fields.isEmpty() && outline.measures().isEmpty()) {
			return PlanSummary.NONE;
		}
		Set<SynopseTheme> themes = EnumSet.noneOf(SynopseTheme.class);
		fields.forEach(f -> themes.addAll(SynopseTheme.of(f)));
		Map<TargetGroup, Long> groups = new EnumMap<>(TargetGroup.class);
		Map<MeasureStatus, Long> statuses = new EnumMap<>(MeasureStatus.class);
		for (PlanOutline.MeasureOutline m : outline.measures()) {
			m.targetGroups().forEach(g -> groups.merge(g, 1L, Long::sum));
			statuses.merge(m.status(), 1L, Long::sum);
		}
		return new PlanSummary(outline.latestVersion(), fields, themes, groups, statuses, outline.measures().size());
	}

	/** How many of the shown Kommunen have a field of action of each theme (themes without any left out). */
	static Map<SynopseTheme, Long> themeCounts(Map<KommuneId, PlanSummary> plans) {
		Map<SynopseTheme, Long> counts = new EnumMap<>(SynopseTheme.class);
		for (SynopseTheme theme : SynopseTheme.values()) {
			long n = plans.values().stream().filter(p -> p.themes().contains(theme)).count();
			if (n > 0) {
				counts.put(theme, n);
			}
		}
		return counts;
	}

	/** Measures of the shown Kommunen by target group (a measure for several groups counts for each). */
	static Map<TargetGroup, Long> groupTotals(Map<KommuneId, PlanSummary> plans) {
		Map<TargetGroup, Long> totals = new EnumMap<>(TargetGroup.class);
		for (TargetGroup group : TargetGroup.values()) {
			totals.put(group, plans.values().stream().mapToLong(p -> p.group(group)).sum());
		}
		return totals;
	}

	@Transactional(readOnly = true)
	Map<KommuneId, List<SynopseSpending.Line>> spending(ProgrammeId programme, Synopse.View view) {
		SynopseSpending provider = spending.getIfAvailable();
		if (provider == null) {
			return Map.of();
		}
		return provider.spending(programme, view.rows().stream().map(r -> r.kommune().id()).toList());
	}

	/** The shown Kommunen's money summed per category (in the order of the first Kommune's lines). */
	static List<SynopseSpending.Line> spendingTotals(Map<KommuneId, List<SynopseSpending.Line>> spending) {
		Map<String, SynopseSpending.Line> totals = new LinkedHashMap<>();
		for (List<SynopseSpending.Line> lines : spending.values()) {
			for (SynopseSpending.Line l : lines) {
				totals.merge(l.category(), l, SynopseSpending.Line::plus);
			}
		}
		return new ArrayList<>(totals.values());
	}

	@Transactional(readOnly = true)
	Map<KommuneId, KeyFigures> figures(Synopse.View view) {
		Map<KommuneId, KeyFigures> out = new LinkedHashMap<>();
		for (Synopse.Row row : view.rows()) {
			out.put(row.kommune().id(), figures(row.kommune().areaKeys()));
		}
		return out;
	}

	private KeyFigures figures(List<String> areaKeys) {
		if (areaKeys.isEmpty()) {
			return KeyFigures.NONE;
		}
		// official statistics are public: the area-key methods of the indicators module check no permission
		String area = areaKeys.get(0);
		Optional<Integer> year = indicators.latestYear(area);
		if (year.isEmpty()) {
			return KeyFigures.NONE;
		}
		Indicators values = indicators.compute(area, year.get());
		Map<String, Double> figures = new LinkedHashMap<>();
		for (String id : KEY_INDICATORS) {
			values.value(id).map(IndicatorValue::value).ifPresent(v -> figures.put(id, v));
		}
		return new KeyFigures(year.get(), figures);
	}

	/** The label of a key indicator from the catalogue (German or English name). */
	String indicatorName(String id, java.util.Locale locale) {
		return indicators.catalogue().find(id)
			.map(d -> d.name(locale)).orElse(id);
	}

	/** A rounded decimal for display and export (one decimal). */
	static @Nullable BigDecimal rounded(@Nullable Double value) {
		return value == null ? null : BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
	}
}
