package de.daks.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.PlanData;
import de.daks.plan.PlanField;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.toolbox.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class MentoringSimilarityTests {

	private static Kommune kommune(String name, KommuneKind kind, long population, String land) {
		return new Kommune(new KommuneId(UUID.randomUUID()), name, kind, List.of(), land, population, null, null,
				true);
	}

	/** A plan with the fields; each field has one measure for the groups. */
	private static PlanData plan(Kommune kommune, Set<TargetGroup> groups, String... fields) {
		List<PlanField> planFields = new ArrayList<>();
		List<Measure> measures = new ArrayList<>();
		long id = 1;
		for (String title : fields) {
			planFields.add(new PlanField(id, title, (int) id, null));
			measures.add(new Measure(id, id, "Maßnahme " + id, null, null, null, null, groups, null, null, null, null,
					MeasureStatus.PLANNED, null, 0, null));
			id++;
		}
		return new PlanData(1, kommune.id(), null, planFields, List.of(), measures, Map.of());
	}

	@Test
	void germanFieldTitlesMapToTheProgrammesThemes() {
		assertThat(MentoringSimilarity.themesOf("Wohnen im Alter und Pflege zu Hause"))
			.containsExactlyInAnyOrder(Theme.WOHNEN, Theme.GESUNDHEIT_PFLEGE);
		assertThat(MentoringSimilarity.themesOf("Zusammenarbeit der Generationen")).containsExactly(Theme.BEGEGNUNG);
		assertThat(MentoringSimilarity.themesOf("Digitale Konzepte und Lehren aus der Pandemie"))
			.containsExactly(Theme.DIGITALISIERUNG);
		assertThat(MentoringSimilarity.themesOf("BÜRGERBETEILIGUNG")).containsExactly(Theme.BUERGERBETEILIGUNG);
		assertThat(MentoringSimilarity.themesOf("Ärztliche Versorgung")).containsExactly(Theme.GESUNDHEIT_PFLEGE);
		assertThat(MentoringSimilarity.themesOf("Schwimmbad")).isEmpty();
		assertThat(MentoringSimilarity.jaccard(Set.of("a", "b"), Set.of("b", "c"))).isEqualTo(1.0 / 3);
		assertThat(MentoringSimilarity.jaccard(Set.of(), Set.of())).isZero();
	}

	@Test
	void theThemesOfThePlansDecideBetweenOtherwiseEqualKommunenAndTheReasonsNameThem() {
		// given: a new Gemeinde with housing, care and participation for older people
		Kommune mentee = kommune("Neudorf", KommuneKind.GEMEINDE, 5000, "05");
		MentoringSimilarity.Profile neu = MentoringSimilarity.profile(mentee, OptionalDouble.of(24.0),
				plan(mentee, Set.of(TargetGroup.SENIORS), "Wohnen im Alter", "Pflege und Gesundheit",
						"Bürgerbeteiligung", "Schwimmbad erhalten"));
		// and: three equally similar Gemeinden (kind, size, Land, ageing) with different plans, one without a plan,
		// and a Stadt with exactly the same plan
		Kommune same = kommune("Altdorf", KommuneKind.GEMEINDE, 6000, "05");
		Kommune half = kommune("Bergdorf", KommuneKind.GEMEINDE, 6000, "05");
		Kommune other = kommune("Cdorf", KommuneKind.GEMEINDE, 6000, "05");
		Kommune none = kommune("Dorf ohne Plan", KommuneKind.GEMEINDE, 6000, "05");
		Kommune city = kommune("Großstadt", KommuneKind.KREISFREIE_STADT, 500000, "09");
		List<MentoringSimilarity.Profile> mentors = List.of(
				MentoringSimilarity.profile(other, OptionalDouble.of(25.0),
						plan(other, Set.of(TargetGroup.YOUNG_PEOPLE), "Digitalisierung", "Tourismus")),
				MentoringSimilarity.profile(none, OptionalDouble.of(25.0), plan(none, Set.of())),
				MentoringSimilarity.profile(city, OptionalDouble.of(19.0),
						plan(city, Set.of(TargetGroup.SENIORS), "Wohnen im Alter", "Pflege und Gesundheit",
								"Bürgerbeteiligung", "Schwimmbad erhalten")),
				MentoringSimilarity.profile(half, OptionalDouble.of(25.0),
						plan(half, Set.of(TargetGroup.SENIORS, TargetGroup.FAMILIES), "Wohnraum für Familien",
								"Ehrenamt stärken")),
				MentoringSimilarity.profile(same, OptionalDouble.of(25.0),
						plan(same, Set.of(TargetGroup.SENIORS), "Wohnen und Pflege", "Beteiligung der Bürger",
								"Schwimmbad erhalten")));

		// when
		List<Mentoring.Candidate> ranked = MentoringSimilarity.rank(neu, mentors);

		// then: base 3 + 2 + 1 + 2 = 8 each for the Gemeinden; the themes add 6 × Jaccard, the groups 2 × Jaccard
		assertThat(ranked).extracting(c -> c.mentor().name())
			.containsExactly("Altdorf", "Bergdorf", "Cdorf", "Dorf ohne Plan", "Großstadt");
		// Altdorf: themes {wohnen, pflege, beteiligung, schwimmbad erhalten} = the mentee's: 6; groups equal: 2
		assertThat(ranked.get(0).score()).isEqualTo(8 + 6 + 2);
		// Bergdorf: themes {wohnen, engagement} – shared 1 of 5: round(1.2) = 1; groups 1 of 2: 1
		assertThat(ranked.get(1).score()).isEqualTo(8 + 1 + 1);
		assertThat(ranked.get(2).score()).isEqualTo(8);
		assertThat(ranked.get(3).score()).isEqualTo(8);
		// the city shares the whole plan but nothing else: 6 + 2
		assertThat(ranked.get(4).score()).isEqualTo(8);
		Mentoring.Candidate best = ranked.get(0);
		assertThat(best.reasons()).extracting(ConsultantMatch.Reason::key).containsExactly(
				"network.mentoring.reason.kind", "network.mentoring.reason.size", "network.mentoring.reason.land",
				"network.mentoring.reason.ageing", "network.mentoring.reason.themes",
				"network.mentoring.reason.groups");
		assertThat(best.reasons().get(4).args()).containsExactly(List.of("schwimmbad erhalten",
				"toolbox.theme.BUERGERBETEILIGUNG", "toolbox.theme.GESUNDHEIT_PFLEGE", "toolbox.theme.WOHNEN"), 100);
		assertThat(best.reasons().get(5).args()).containsExactly(List.of("plan.group.SENIORS"));
		assertThat(ranked.get(1).reasons().get(4).args()).containsExactly(List.of("toolbox.theme.WOHNEN"), 20);
		assertThat(ranked.get(2).reasons()).extracting(ConsultantMatch.Reason::key)
			.doesNotContain("network.mentoring.reason.themes");
	}
}
