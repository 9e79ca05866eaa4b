package de.daks.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's open Zwischenbilanz of the Kreis Düren (its Werkstattplan has a published version). */
@DaksIntegrationTest
class ReviewDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Reviews reviews;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Test
	void theDemoHasAnOpenReviewWithDecisionsWaitingToBeApplied() throws Exception {
		// given
		Kommune dueren = kommunen.findAll().stream().filter(k -> k.name().contains("Düren")).findFirst().orElseThrow();
		DaksPrincipal office = new ProcessFixtures(users, kommunen).user(null, null, GlobalRole.GESCHAEFTSSTELLE, null);
		// when
		Review review = reviews.openReview(dueren.id()).orElseThrow();
		// then
		assertThat(review.versionNumber()).isEqualTo(1);
		assertThat(reviews.decisions(review)).isNotEmpty();
		assertThat(reviews.reflections(review)).hasSize(3);
		assertThat(reviews.facts(review).goals().get(0).trend().latest().value()).isEqualTo(210);
		String page = mvc.perform(get("/kommunen/" + dueren.id() + "/zwischenbilanz/" + review.id() + "/bericht")
				.with(user(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Synthetische Beispieldaten", "Mitfahrbänke in den Ortsteilen",
				"Die Koordinationsstelle war sechs Monate unbesetzt.");
	}
}
