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
import de.daks.process.AttachmentId;
import de.daks.process.ProcessActor;
import de.daks.process.ProcessFixtures;
import de.daks.process.ProcessManagement;
import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.internal.Guests;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.core.io.ByteArrayResource;
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

	@Autowired
	ProcessManagement processes;

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

	@Test
	void photosAreEmbeddedInTheDocumentationAndPublicOnlyWhenMarkedPublishableWithAnAlternativeText()
			throws Exception {
		// given two photos of the step Zukunftswerkstatt
		byte[] png = png(0xff0000);
		byte[] other = png(0x00ff00);
		AttachmentId marked = processes.addAttachment(kommune, Step.ZUKUNFTSWERKSTATT, "tafel.png", png.length,
				new ByteArrayResource(png), ProcessActor.system());
		AttachmentId unmarked = processes.addAttachment(kommune, Step.ZUKUNFTSWERKSTATT, "privat.png", other.length,
				new ByteArrayResource(other), ProcessActor.system());
		workshops.publish(workshop);
		// when publishable without an alternative text
		mvc.perform(post(board + "/fotos/" + marked.value()).with(user(member)).with(csrf())
			.param("publishable", "true").param("altText", "  "))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "workshop.photo.altRequired"));
		// then nothing is stored
		assertThat(workshops.photoSettings(workshop)).isEmpty();
		// when with one
		mvc.perform(post(board + "/fotos/" + marked.value()).with(user(member)).with(csrf())
			.param("publishable", "true").param("altText", "Pinnwand mit Karten der Kritikphase"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashSuccess", "workshop.photo.saved"));
		// then the public sees only the marked photo, with its alternative text
		String page = mvc.perform(get(publicPage)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("alt=\"Pinnwand mit Karten der Kritikphase\"",
				"/fotos/" + marked.value()).doesNotContain(unmarked.value().toString(), "privat.png");
		assertThat(mvc.perform(get(publicPage + "/fotos/" + marked.value())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray()).isEqualTo(png);
		mvc.perform(get(publicPage + "/fotos/" + unmarked.value())).andExpect(status().isNotFound());
		// the public PDF embeds one photo, the team's both
		assertThat(images(mvc.perform(get(publicPage + "/dokumentation.pdf")).andReturn().getResponse()
			.getContentAsByteArray())).isEqualTo(1);
		assertThat(images(mvc.perform(get(board + "/dokumentation.pdf").with(user(member))).andReturn()
			.getResponse().getContentAsByteArray())).isEqualTo(2);
		byte[] docx = mvc.perform(get(board + "/dokumentation.docx").with(user(member))).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getAllPictures()).hasSize(2);
		}
		// withdrawn documentation: no photo either
		workshops.withdraw(workshop);
		mvc.perform(get(publicPage + "/fotos/" + marked.value())).andExpect(status().isNotFound());
	}

	private static byte[] png(int rgb) throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, rgb);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static int images(byte[] pdf) throws Exception {
		int count = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (var page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject) {
						count++;
					}
				}
			}
		}
		return count;
	}
}
