package de.daks.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class ProgrammeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	KommuneManagement kommunen;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	private final DaksPrincipal ministry = new DaksPrincipal(UserId.random(), "ministry@test.invalid", "Ministry",
			GlobalRole.MINISTERIUM, null, true, true, false);

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private KommuneId kommune(String name, KommuneKind kind, String land, long population) {
		return kommunen.create(new NewKommune(name, kind, List.of(), land, population, "2023-12-31",
				new BigDecimal("100.00"), false));
	}

	@Test
	void theSynopseFiltersByLandKindAndSize() throws Exception {
		// given
		ProgrammeId id = programmes.create("Programm " + unique(), "P" + unique(), "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		programmes.addKommune(id, kommune("Kreis A " + unique(), KommuneKind.LANDKREIS, "05", 280_726));
		programmes.addKommune(id, kommune("Stadt B " + unique(), KommuneKind.KREISFREIE_STADT, "04", 119_357));
		programmes.addKommune(id, kommune("Gemeinde C " + unique(), KommuneKind.GEMEINDE, "05", 4_200));
		// when
		Synopse.View nrwCounties = (Synopse.View) mvc
			.perform(get("/programme/" + id).param("land", "05").param("kind", "LANDKREIS").with(user(ministry)))
			.andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("view");
		Synopse.View small = (Synopse.View) mvc
			.perform(get("/programme/" + id).param("size", "UNDER_5000").with(user(office)))
			.andReturn().getModelAndView().getModel().get("view");
		// then
		assertThat(nrwCounties.total()).isEqualTo(3);
		assertThat(nrwCounties.rows()).extracting(r -> r.kommune().kind()).containsExactly(KommuneKind.LANDKREIS);
		assertThat(small.rows()).extracting(r -> r.kommune().population()).containsExactly(4_200L);
	}

	@Test
	void theSynopseIsExportedAsXlsxWithNumbersAsNumbersAndAsPdf() throws Exception {
		// given
		ProgrammeId id = programmes.create("Programm " + unique(), "X" + unique(), "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		String name = "=Kreis X " + unique();
		programmes.addKommune(id, kommune(name, KommuneKind.LANDKREIS, "05", 280_726));
		// when
		byte[] xlsx = mvc.perform(get("/programme/" + id + "/synopse.xlsx").with(user(ministry)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		// then
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheet("Schritte").getRow(1);
			assertThat(row.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(280_726d);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Nordrhein-Westfalen");
		}
		// and as a tagged PDF with the same rows, the formula-like name as plain text
		byte[] pdf = mvc.perform(get("/programme/" + id + "/synopse.pdf").with(user(ministry)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("=Kreis X", "Landkreis", "Nordrhein- Westfalen", "280.726 Kick-Off Nicht begonnen");
		}
	}

	@Test
	void theEvaluationExportCarriesPseudonymsButNoNames() throws Exception {
		// given
		ProgrammeId id = programmes.create("Programm " + unique(), "E" + unique(), "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		String name = "Geheimstadt " + unique();
		KommuneId kommune = kommune(name, KommuneKind.KREISFREIE_STADT, "04", 119_357);
		programmes.addKommune(id, kommune);
		// when
		String csv = mvc.perform(get("/programme/" + id + "/synopse-evaluation.csv").with(user(ministry)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String again = mvc.perform(get("/programme/" + id + "/synopse-evaluation.csv").with(user(office)))
			.andReturn().getResponse().getContentAsString();
		// then
		assertThat(csv).startsWith("pseudonym,kind,land,size_class").contains("KREISFREIE_STADT,04,FROM_100000")
			.doesNotContain(name).doesNotContain(kommune.toString()).doesNotContain("119357");
		assertThat(again).isEqualTo(csv);
	}

	@Test
	void addingAKommuneTwiceKeepsOneEntry() {
		// given
		ProgrammeId id = programmes.create("Programm " + unique(), "P" + unique(), "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		KommuneId kommune = kommune("Stadt " + unique(), KommuneKind.STADT, "13", 20_000);
		// when
		programmes.addKommune(id, kommune);
		programmes.addKommune(id, kommune);
		// then
		assertThat(programmes.kommunenOf(id)).containsExactly(kommune);
	}

	@Test
	void theSynopseExportsAsCsv() throws Exception {
		// given
		ProgrammeId id = programmes.create("Programm " + unique(), "P" + unique(), "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		String name = "Kreis Düren " + unique();
		programmes.addKommune(id, kommune(name, KommuneKind.LANDKREIS, "05", 280_726));
		// when / then
		mvc.perform(get("/programme/" + id + "/synopse.csv").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name + ",LANDKREIS,Nordrhein-Westfalen,280726")));
	}

	@Test
	void aKommuneNameThatLooksLikeAFormulaIsExportedAsText() throws Exception {
		// given
		ProgrammeId id = programmes.create("Programm " + unique(), "P" + unique(), "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		programmes.addKommune(id, kommune("=HYPERLINK(\"x\")" + unique(), KommuneKind.STADT, "05", 50_000));
		// when / then
		mvc.perform(get("/programme/" + id + "/synopse.csv").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"'=HYPERLINK(")));
	}

	@Test
	void aProgrammeWhoseEndPrecedesItsStartIsRefusedWithFieldErrors() throws Exception {
		// when / then
		mvc.perform(post("/programme/neu").with(csrf()).with(user(office)).param("name", "")
			.param("shortName", "X" + unique()).param("periodStart", "2024-01-01").param("periodEnd", "2023-01-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("programmeForm", "name"))
			.andExpect(model().attributeHasErrors("programmeForm"));
		assertThat(programmes.findAll()).noneMatch(p -> p.periodEnd().isBefore(p.periodStart()));
	}

	@Test
	void aValidProgrammeIsCreatedAndShown() throws Exception {
		// given
		String shortName = "T" + unique();
		// when
		mvc.perform(post("/programme/neu").with(csrf()).with(user(office)).param("name", "Testprogramm")
			.param("shortName", shortName).param("description", "<b>fett</b>").param("periodStart", "2025-01-01")
			.param("periodEnd", "2027-12-31"))
			.andExpect(status().is3xxRedirection());
		// then
		Programme created = programmes.findByShortName(shortName).orElseThrow();
		mvc.perform(get("/programme/" + created.id()).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;fett&lt;/b&gt;")));
	}

	@Test
	void theSynopseListsKommunenInGermanAlphabeticalOrder() throws Exception {
		// given
		String u = unique();
		ProgrammeId id = programmes.create("Programm " + u, "P" + u, "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		programmes.addKommune(id, kommune("Zell " + u, KommuneKind.GEMEINDE, "08", 5_000));
		programmes.addKommune(id, kommune("Östringen " + u, KommuneKind.STADT, "08", 13_000));
		programmes.addKommune(id, kommune("bad Urach " + u, KommuneKind.STADT, "08", 12_000));
		programmes.addKommune(id, kommune("Aalen " + u, KommuneKind.STADT, "08", 68_000));
		// when
		Synopse.View view = (Synopse.View) mvc.perform(get("/programme/" + id).with(user(office)))
			.andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("view");
		// then: umlauts and lower case as in a German index, not by character code
		assertThat(view.rows()).extracting(r -> r.kommune().name().replace(" " + u, ""))
			.containsExactly("Aalen", "bad Urach", "Östringen", "Zell");
	}

	@Test
	void anInvalidPeriodDateIsAFieldErrorInPlainWords() throws Exception {
		// when
		String html = mvc.perform(post("/programme/neu").param("name", "Programm").param("shortName", "P" + unique())
			.param("periodStart", "2024-13-01").param("periodEnd", "31.12.2025").with(user(office)).with(csrf())
			.locale(java.util.Locale.GERMAN))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("programmeForm", "periodStart", "periodEnd"))
			.andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).doesNotContain("Failed to convert").contains("Bitte ein gültiges Datum angeben");
	}
}
