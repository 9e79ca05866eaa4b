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
import java.util.List;
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

	PlanWebSupport(KommuneManagement kommunen, Authorization authorization, IndicatorService indicators, Plans plans) {
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

	String name(IndicatorDefinition definition, Locale locale) {
		return definition.name(locale);
	}
}
