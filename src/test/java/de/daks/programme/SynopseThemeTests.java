package de.daks.programme;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.plan.Plans;
import org.junit.jupiter.api.Test;

class SynopseThemeTests {

	@Test
	void everyFieldOfActionOfTheCallMapsToItsOwnTheme() {
		// when / then: the starter fields of the Werkstattplan are the five fields of the call
		assertThat(Plans.STARTER_FIELDS).allSatisfy(title -> assertThat(SynopseTheme.of(title))
			.anyMatch(SynopseTheme::ofTheCall));
		assertThat(Plans.STARTER_FIELDS.stream().map(t -> SynopseTheme.of(t).get(0)).distinct()).hasSize(5);
	}

	@Test
	void aTitleMatchesEveryThemeWhoseStemItContainsIgnoringCase() {
		assertThat(SynopseTheme.of("WOHNEN und Pflege im Quartier")).containsExactly(SynopseTheme.HOUSING,
				SynopseTheme.HEALTH_CARE);
		assertThat(SynopseTheme.of("Öffentlichkeitsarbeit")).containsExactly(SynopseTheme.PUBLIC_RELATIONS);
		assertThat(SynopseTheme.of("Demokratieförderung")).containsExactly(SynopseTheme.DEMOCRACY);
	}

	@Test
	void aTitleMatchingNoThemeIsOther() {
		assertThat(SynopseTheme.of("Sport und Bewegung")).containsExactly(SynopseTheme.OTHER);
	}
}
