package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.internal.Guests;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Publishing a workshop's documentation on the public page of the Kommune: what the public sees and what never. */
@DaksIntegrationTest
class WorkshopPublicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Workshops workshops;

	@Autowired
	Guests guests;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	KommuneId kommune;

	DaksPrincipal coordinator;

	DaksPrincipal member;

	Workshop workshop;

	String board;

	String publicPage;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Öffentlichstadt");
		coordinator = fixtures.member(kommune, KommuneRole.KOORDINATION);
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		workshop = workshops.create(kommune, new NewWorkshop("Werkstatt Ortsmitte " + ProcessFixtures.random(),
				LocalDateTime.of(2027, 5, 3, 18, 0), "Bürgerhaus", false, WorkshopFormat.CLASSIC, null,
				"Erika Moderatorin", Map.of()));
		long guest = guests.join(workshop, "Spitzname-Lotte").guestId();
		Card visible = workshops.postAsGuest(workshop, guest, 0, "Zu wenig Bänke am Marktplatz");
		Card hidden = workshops.postAsGuest(workshop, guest, 0, "Beleidigung-Geheim");
		workshops.hideCard(workshop, hidden.id(), "beleidigend");
		long cluster = workshops.addCluster(workshop, Phase.CRITIQUE, "Aufenthaltsqualität", java.util.List.of(visible.id()));
		long session = workshops.openSession(workshop, Phase.CRITIQUE, "Was ist am dringendsten?", 3, true, false);
		workshops.vote(workshop, session, Workshops.guestVoter(guest), visible.id());
		workshops.closeSession(workshop, session);
		long field = workshops.proposeField(workshop, cluster, null, 1);
		workshops.proposeMeasure(workshop, field, visible.id(), "Bänke aufstellen", "Karl Kümmerer", "Standorte suchen",
				null);
		workshops.proposeMeasure(workshop, field, hidden.id(), null, null, null, null);
		board = "/kommunen/" + kommune + "/zukunftswerkstatt/" + workshop.id();
		publicPage = "/zukunftswerkstaetten/" + kommune + "/" + workshop.id();
	}

	@Test
	void anUnpublishedWorkshopIsNotFoundForThePublic() throws Exception {
		// then
		mvc.perform(get(publicPage)).andExpect(status().isNotFound());
		mvc.perform(get(publicPage + "/dokumentation.pdf")).andExpect(status().isNotFound());
		mvc.perform(get(publicPage + "/dokumentation.docx")).andExpect(status().isNotFound());
		String list = mvc.perform(get("/zukunftswerkstaetten/" + kommune)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains("Noch keine Dokumentation veröffentlicht").doesNotContain(workshop.title());
	}

	@Test
	void onlyTheKommuneManagementPublishesAndWithdraws() throws Exception {
		// when a member tries
		mvc.perform(post(board + "/veroeffentlichen").with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get(publicPage)).andExpect(status().isNotFound());
		// when the coordinator publishes
		mvc.perform(post(board + "/veroeffentlichen").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		mvc.perform(get(publicPage)).andExpect(status().isOk());
		assertThat(mvc.perform(get("/zukunftswerkstaetten/" + kommune)).andReturn().getResponse()
			.getContentAsString()).contains(workshop.title());
		// another Kommune's path never shows it
		KommuneId other = new ProcessFixtures(users, kommunen).kommune("Andere");
		mvc.perform(get("/zukunftswerkstaetten/" + other + "/" + workshop.id())).andExpect(status().isNotFound());
		// when withdrawn
		mvc.perform(post(board + "/zurueckziehen").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		mvc.perform(get(publicPage)).andExpect(status().isNotFound());
	}

	@Test
	void thePublicDocumentationShowsVisibleCardsResultsAndNumbersButNeverHiddenCardsOrPersonalData()
			throws Exception {
		// given
		workshops.publish(workshop);
		// when
		String page = mvc.perform(get(publicPage)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		byte[] pdfBytes = mvc.perform(get(publicPage + "/dokumentation.pdf")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		byte[] docxBytes = mvc.perform(get(publicPage + "/dokumentation.docx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		// then
		String pdf;
		try (PDDocument document = Loader.loadPDF(pdfBytes)) {
			pdf = new PDFTextStripper().getText(document);
		}
		String docx;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docxBytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			docx = extractor.getText();
		}
		for (String text : new String[] { page, pdf, docx }) {
			assertThat(text).contains("Zu wenig Bänke am Marktplatz", "Aufenthaltsqualität", "Bänke aufstellen",
					"Standorte suchen", "Was ist am dringendsten?")
				.doesNotContain("Beleidigung-Geheim", "beleidigend", "Spitzname-Lotte", "Karl Kümmerer",
						"Erika Moderatorin");
		}
		assertThat(page).contains("Teilnehmende Gäste (ohne Konto): 1");
		// the team's own documentation still names the Kümmerer
		String internal = mvc.perform(get(board + "/druck").with(user(member))).andReturn().getResponse()
			.getContentAsString();
		assertThat(internal).contains("Karl Kümmerer");
	}
}
