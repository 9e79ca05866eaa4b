package de.daks.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.process.Step;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class ConsultantMatchingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	private static ConsultantProfile profile(String name, Set<Theme> themes, Set<Step> steps, Set<Land> regions,
			boolean nationwide, int rateMin, int rateMax, ProfileStatus status, LocalDate from) {
		return new ConsultantProfile(UUID.randomUUID(), UUID.randomUUID(), name, "Büro " + name, themes,
				Set.of(ConsultingMethod.MODERATION), steps, regions, nationwide, "Deutsch", "",
				BigDecimal.valueOf(rateMin), BigDecimal.valueOf(rateMax), 4, from, status, Instant.EPOCH, null);
	}

	@Test
	void themesStepRegionBudgetAndAvailabilityRankTheConsultantsWithReasons() {
		// given: a Kommune in NRW wants housing and participation for its Zukunftswerkstatt, 5 days for 5,000 EUR
		ConsultingNeed need = new ConsultingNeed(Set.of(Theme.WOHNEN, Theme.BUERGERBETEILIGUNG),
				Step.ZUKUNFTSWERKSTATT, Land.NORDRHEIN_WESTFALEN, new BigDecimal("5000"), 5);
		ConsultantProfile local = profile("Anna", Set.of(Theme.WOHNEN, Theme.BUERGERBETEILIGUNG),
				Set.of(Step.ZUKUNFTSWERKSTATT), Set.of(Land.NORDRHEIN_WESTFALEN), false, 800, 1000,
				ProfileStatus.APPROVED, null);
		ConsultantProfile expensive = profile("Bernd", Set.of(Theme.WOHNEN, Theme.BUERGERBETEILIGUNG),
				Set.of(Step.ZUKUNFTSWERKSTATT), Set.of(), true, 1200, 1500, ProfileStatus.APPROVED, null);
		ConsultantProfile oneTheme = profile("Clara", Set.of(Theme.WOHNEN), Set.of(), Set.of(Land.BAYERN), false,
				600, 700, ProfileStatus.APPROVED, TODAY.plusMonths(3));
		ConsultantProfile unrelated = profile("Dora", Set.of(Theme.GESUNDHEIT_PFLEGE), Set.of(Step.KICK_OFF),
				Set.of(Land.NORDRHEIN_WESTFALEN), false, 500, 600, ProfileStatus.APPROVED, null);
		ConsultantProfile pending = profile("Emil", Set.of(Theme.WOHNEN, Theme.BUERGERBETEILIGUNG),
				Set.of(Step.ZUKUNFTSWERKSTATT), Set.of(Land.NORDRHEIN_WESTFALEN), false, 500, 600,
				ProfileStatus.PENDING, null);
		// when
		List<ConsultantMatch> ranked = ConsultantMatching.rank(List.of(oneTheme, expensive, unrelated, pending,
				local), need, TODAY);
		// then: unrelated and unapproved are left out; the local one within budget first; both themes and the step
		// outweigh the budget (Bernd 7 points), one theme within budget but elsewhere and later scores 6
		assertThat(ranked).extracting(m -> m.profile().displayName()).containsExactly("Anna", "Bernd", "Clara");
		assertThat(ranked.get(0).score()).isEqualTo(3 * 2 + 2 + 2 + 3 + 1);
		assertThat(ranked.get(0).reasons()).extracting(ConsultantMatch.Reason::key).containsExactly(
				"network.match.themes", "network.match.step", "network.match.region", "network.match.budget",
				"network.match.available");
		ConsultantMatch bernd = ranked.get(1);
		assertThat(bernd.score()).isEqualTo(6 + 2 + 1 - 3 + 1);
		assertThat(bernd.reasons()).filteredOn(r -> !r.positive()).extracting(ConsultantMatch.Reason::key)
			.containsExactly("network.match.overBudget");
		ConsultantMatch clara = ranked.get(2);
		assertThat(clara.score()).isEqualTo(3 + 3);
		assertThat(clara.reasons()).filteredOn(r -> !r.positive()).extracting(ConsultantMatch.Reason::key)
			.containsExactly("network.match.otherRegion", "network.match.notAvailable");
	}

	@Test
	void withoutThemesEveryApprovedConsultantIsListedAndTheCheaperWinsATie() {
		// given
		ConsultingNeed need = new ConsultingNeed(Set.of(), null, null, null, null);
		ConsultantProfile a = profile("A", Set.of(Theme.WOHNEN), Set.of(), Set.of(), true, 900, 900,
				ProfileStatus.APPROVED, null);
		ConsultantProfile b = profile("B", Set.of(Theme.INTEGRATION), Set.of(), Set.of(), true, 700, 900,
				ProfileStatus.APPROVED, null);
		// when / then
		assertThat(ConsultantMatching.rank(List.of(a, b), need, TODAY)).extracting(m -> m.profile().displayName())
			.containsExactly("B", "A");
	}
}
