package de.daks.network;

import de.daks.network.ConsultantMatch.Reason;
import de.daks.toolbox.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks approved consultants for a need. Points: 3 per shared theme; 2 for the process step; 2 for working in the
 * Kommune's Land (1 for nationwide); 2 when the lower daily rate times the days fits the budget, 1 more when even
 * the upper rate fits, 3 off when not even the lower rate fits; 1 for being available now. Consultants who share
 * no theme are left out when themes were asked for. Ties go to the lower rate, then the name.
 */
final class ConsultantMatching {

	private ConsultantMatching() {
	}

	static List<ConsultantMatch> rank(List<ConsultantProfile> profiles, ConsultingNeed need, LocalDate today) {
		List<ConsultantMatch> matches = new ArrayList<>();
		for (ConsultantProfile p : profiles) {
			if (!p.approved()) {
				continue;
			}
			int score = 0;
			List<Reason> reasons = new ArrayList<>();
			Set<Theme> shared = EnumSet.noneOf(Theme.class);
			shared.addAll(p.themes());
			shared.retainAll(need.themes());
			if (!need.themes().isEmpty() && shared.isEmpty()) {
				continue;
			}
			if (!shared.isEmpty()) {
				score += 3 * shared.size();
				reasons.add(new Reason("network.match.themes",
						List.of(shared.stream().map(Theme::messageKey).toList()), true));
			}
			if (need.step() != null && p.steps().contains(need.step())) {
				score += 2;
				reasons.add(new Reason("network.match.step", List.of(need.step().messageKey()), true));
			}
			if (need.land() != null && p.regions().contains(need.land())) {
				score += 2;
				reasons.add(new Reason("network.match.region", List.of(need.land().displayName()), true));
			}
			else if (p.nationwide()) {
				score += 1;
				reasons.add(new Reason("network.match.nationwide", List.of(), true));
			}
			else if (need.land() != null) {
				reasons.add(new Reason("network.match.otherRegion", List.of(need.land().displayName()), false));
			}
			if (need.budget() != null && need.days() != null && need.days() > 0) {
				BigDecimal days = BigDecimal.valueOf(need.days());
				if (p.rateMax().multiply(days).compareTo(need.budget()) <= 0) {
					score += 3;
					reasons.add(new Reason("network.match.budget", List.of(need.days(), need.budget()), true));
				}
				else if (p.rateMin().multiply(days).compareTo(need.budget()) <= 0) {
					score += 2;
					reasons.add(new Reason("network.match.budgetLower", List.of(need.days(), need.budget()), true));
				}
				else {
					score -= 3;
					reasons.add(new Reason("network.match.overBudget", List.of(need.days(), need.budget()), false));
				}
			}
			if (p.daysPerMonth() > 0 && (p.availableFrom() == null || !p.availableFrom().isAfter(today))) {
				score += 1;
				reasons.add(new Reason("network.match.available", List.of(p.daysPerMonth()), true));
			}
			else {
				reasons.add(new Reason("network.match.notAvailable", List.of(), false));
			}
			matches.add(new ConsultantMatch(p, score, List.copyOf(reasons)));
		}
		matches.sort(Comparator.comparingInt(ConsultantMatch::score).reversed()
			.thenComparing(m -> m.profile().rateMin())
			.thenComparing(m -> m.profile().displayName()));
		return matches;
	}
}
