package de.daks.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The report page and its PDF and DOCX downloads, for the demo Kommune Bremerhaven (synthetic age detail). */
@DaksIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileReportWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	private DaksPrincipal office;

	private Kommune bremerhaven;

	@BeforeAll
	void setUp() {
		String email = "office-" + UUID.randomUUID() + "@test.invalid";
		UserId id = users.createUser(email, "Geschäftsstelle Test", null, GlobalRole.GESCHAEFTSSTELLE);
		office = new DaksPrincipal(id, email, "Geschäftsstelle Test", GlobalRole.GESCHAEFTSSTELLE, null, true, true,
				false);
		bremerhaven = kommunen.findAll().stream().filter(k -> k.name().equals("Stadt Bremerhaven")).findFirst()
			.orElseThrow();
	}

	@Test
	void thePageHasEverySectionTheSyntheticLabelAndLinksToTheSources() throws Exception {
		// when
		String html = mvc.perform(get("/kommunen/" + bremerhaven.id() + "/profil").with(user(office))
			.locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).contains("Kommunalprofil Stadt Bremerhaven", "Grunddaten und Lage", "Demografische Situation",
				"Themenfelder", "Bestandsaufnahme", "Experteninterviews", "SWOT-Analyse", "Quellen und Datenherkunft",
				"href=\"#quellen\"", "Altersaufbau Stadt Bremerhaven am 31.12.2023", "119.357",
				"Synthetische Daten", "synthetisch – Altersgliederung aus Bundesstruktur", "id=\"quelle-1\"",
				"href=\"#quelle-1\"", "old_age_ratio", "P(65+) / P(20–64) × 100", "/profil.pdf", "/profil.docx");
		// with the written parts of the demo profile: texts, interviews, SWOT
		assertThat(html).contains("Die Seestadt Bremerhaven ist eine kreisfreie Stadt",
				"Interview mit der Leiterin des Seniorenbüros (fiktiv)", "Stärken", "Schwächen")
			.doesNotContain("Die SWOT-Analyse ist noch leer.");
		// without a session the page is denied
		mvc.perform(get("/kommunen/" + bremerhaven.id() + "/profil")).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePageIsEnglishInEnglish() throws Exception {
		String html = mvc.perform(get("/kommunen/" + bremerhaven.id() + "/profil").with(user(office))
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Municipal profile Stadt Bremerhaven", "Demographic situation", "119,357",
				"Sources and data provenance");
	}

	@Test
	void thePdfIsADownloadWithTheNameAndTheNumbers() throws Exception {
		// when
		MockHttpServletResponse response = mvc.perform(get("/kommunen/" + bremerhaven.id() + "/profil.pdf")
			.with(user(office)).locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn().getResponse();
		// then
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("Kommunalprofil-Stadt-Bremerhaven-").contains(".pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Stadt Bremerhaven", "119.357", "Altenquotient", "Quellen und Datenherkunft",
					"synthetisch");
			assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		}
	}

	@Test
	void theDocxOpensWithPoiAndHasTheNumbers() throws Exception {
		// when
		MockHttpServletResponse response = mvc.perform(get("/kommunen/" + bremerhaven.id() + "/profil.docx")
			.with(user(office)).locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn().getResponse();
		// then
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(response.getHeader("Content-Disposition")).contains("Kommunalprofil-Stadt-Bremerhaven-")
			.contains(".docx");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			assertThat(extractor.getText()).contains("Stadt Bremerhaven", "119.357", "Altenquotient");
			assertThat(docx.getTables()).isNotEmpty();
		}
	}
}
