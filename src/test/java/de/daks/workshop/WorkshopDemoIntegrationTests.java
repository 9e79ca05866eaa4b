package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DaksIntegrationTest
class WorkshopDemoIntegrationTests {

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Workshops workshops;

	@Test
	void kreisDuerenHasASyntheticWorkshopWithCardsClustersAndAClosedVote() {
		// given
		Kommune dueren = kommunen.findAll().stream().filter(k -> k.synthetic() && k.name().equals("Kreis Düren"))
			.findFirst().orElseThrow();
		// when
		List<Workshop> list = workshops.list(dueren.id());
		// then
		assertThat(list).hasSize(1);
		Workshop workshop = list.get(0);
		assertThat(workshop.title()).contains("synthetische Beispieldaten");
		assertThat(workshops.published(dueren.id())).extracting(Workshop::id).containsExactly(workshop.id());
		assertThat(workshops.cards(workshop)).hasSizeGreaterThanOrEqualTo(8);
		assertThat(workshops.clusters(workshop)).hasSizeGreaterThanOrEqualTo(3);
		VoteSession vote = workshops.sessions(workshop).get(0);
		assertThat(vote.open()).isFalse();
		VoteResult result = workshops.result(workshop, vote);
		assertThat(result.voters()).isEqualTo(4);
		assertThat(result.clusters().get(0).cluster().title()).isEqualTo("Nahversorgung und Begegnung");
		assertThat(workshops.fields(workshop)).extracting(ProposedField::title)
			.containsExactly("Mobilität im ländlichen Raum", "Dorfmitte beleben");
	}
}
