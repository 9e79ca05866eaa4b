package de.daks.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.funding.BookingKind;
import de.daks.funding.CostCategory;
import de.daks.funding.FundingManagement;
import de.daks.funding.Money;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The Synopse's tables of themes, target groups, money and indicators, their exports and the evaluation export. */
@DaksIntegrationTest
class SynopseDetailsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Plans plans;

	@Autowired
	FundingManagement funding;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A programme with one Kommune whose draft plan has two fields and three measures, and 1,234.56 € spent. */
	private record Fixture(ProgrammeId programme, KommuneId kommune, String name) {
	}

	private Fixture fixture(String ags) {
		String u = unique();
		ProgrammeId programme = programmes.create("Programm " + u, "S" + u, "", LocalDate.of(2025, 1, 1),
				LocalDate.of(2027, 12, 31));
		String name = "Geheimstadt " + u;
		KommuneId kommune = kommunen.create(new NewKommune(name, KommuneKind.KREISFREIE_STADT,
				ags == null ? List.of() : List.of(ags), "04", 113_643L, "2023-12-31", new BigDecimal("93.82"), false));
		programmes.addKommune(programme, kommune);
		long generations = plans.addField(kommune, "Zusammenarbeit der Generationen");
		long housing = plans.addField(kommune, "Wohnen im Alter und Pflege");
		plans.addMeasure(kommune, measure(generations, "Erzählcafé", Set.of(TargetGroup.SENIORS, TargetGroup.YOUNG_PEOPLE)));
		plans.addMeasure(kommune, measure(housing, "Wohnberatung", Set.of(TargetGroup.SENIORS)));
		plans.addMeasure(kommune, measure(housing, "Quartierstreff", Set.of()));
		funding.book(programme, kommune, 2026, CostCategory.MATERIAL_COSTS, BookingKind.EXPENSE, Money.of("1234.56"),
				"Plakate", "R-1", true);
		return new Fixture(programme, kommune, name);
	}

	private static Measure measure(long field, String title, Set<TargetGroup> groups) {
		return new Measure(0, field, title, null, null, null, null, groups, null, null, null, null,
				MeasureStatus.PLANNED, null, 0, null);
	}

	@SuppressWarnings("unchecked")
	@Test
	void theThemesAndTargetGroupsComeFromTheWerkstattplan() throws Exception {
		// given
		Fixture f = fixture(null);
		// when
		Map<String, Object> model = mvc
			.perform(get("/programme/" + f.programme()).param("table", "THEMES").with(user(office)))
			.andExpect(status().isOk()).andReturn().getModelAndView().getModel();
		// then: "Zusammenarbeit der Generationen" is the call's field; "Wohnen im Alter und Pflege" two toolbox themes
		var summaries = (Map<KommuneId, SynopseDetails.PlanSummary>) model.get("plans");
		SynopseDetails.PlanSummary plan = summaries.get(f.kommune());
		assertThat(plan.version()).isNull();
		assertThat(plan.fields()).containsExactly("Zusammenarbeit der Generationen", "Wohnen im Alter und Pflege");
		assertThat(plan.themes()).containsExactlyInAnyOrder(SynopseTheme.CALL_GENERATIONS, SynopseTheme.HOUSING,
				SynopseTheme.HEALTH_CARE);
		assertThat(plan.measures()).isEqualTo(3);
		assertThat(plan.group(TargetGroup.SENIORS)).isEqualTo(2);
		assertThat(plan.group(TargetGroup.YOUNG_PEOPLE)).isEqualTo(1);
		assertThat((Map<SynopseTheme, Long>) model.get("themeCounts")).containsEntry(SynopseTheme.HOUSING, 1L)
			.doesNotContainKey(SynopseTheme.INTEGRATION);

		// and when the plan is published, the fields come from the version
		plans.publish(f.kommune(), LocalDate.of(2026, 3, 1), "Ratsbeschluss 12/2026", "test");
		plans.addField(f.kommune(), "Integration Neuzugewanderter");
		String html = mvc.perform(get("/programme/" + f.programme()).param("table", "THEMES").with(user(office)))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Fassung 1").doesNotContain("Integration Neuzugewanderter");
	}

	@Test
	void theFundingTableSumsTheKommunesMoneyByCategory() throws Exception {
		// given
		Fixture f = fixture(null);
		// when
		String html = mvc.perform(get("/programme/" + f.programme()).param("table", "FUNDING").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then: material costs planned 3 years × 10,000 €, spent 1,234.56 €, remaining 30,000 − 1,234.56
		assertThat(html).contains("30.000,00 €").contains("1.234,56 €").contains(String.format(java.util.Locale.GERMANY,
				"%,.2f €", new BigDecimal("30000").subtract(new BigDecimal("1234.56"))));
	}

	@Test
	void theMapMarkersCarryTheShownTablesFigure() throws Exception {
		// given: the demo programme, where the Kreis Düren spent 12,500.00 + 1,834.20 € (FundingDemo)
		Programme zwk = programmes.findByShortName("ZWK").orElseThrow();
		// when
		String html = mvc.perform(get("/programme/" + zwk.id()).param("table", "FUNDING").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).contains("ausgegeben " + java.text.NumberFormat.getCurrencyInstance(java.util.Locale.GERMANY)
			.format(new BigDecimal("12500.00").add(new BigDecimal("1834.20"))));
	}

	@Test
	void theXlsxExportHoldsEveryTableAsASheet() throws Exception {
		// given
		Fixture f = fixture(null);
		// when
		byte[] xlsx = mvc.perform(get("/programme/" + f.programme() + "/synopse.xlsx").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			assertThat(workbook.getSheet("Zielgruppen").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3d);
			Row consulting = workbook.getSheet("Förderung").getRow(1);
			Row material = workbook.getSheet("Förderung").getRow(2);
			assertThat(consulting.getCell(1).getStringCellValue()).isEqualTo("Externe Beratung");
			assertThat(material.getCell(4).getNumericCellValue()).isEqualTo(1234.56);
			assertThat(workbook.getSheet("Themen und Handlungsfelder").getRow(1).getCell(2).getNumericCellValue())
				.isEqualTo(2d);
		}
		byte[] pdf = mvc.perform(get("/programme/" + f.programme() + "/synopse.pdf").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Wohnen").contains("1.234,56 €");
		}
	}

	@Test
	void thePseudonymisedExportContainsNoNameNoKeyAndNoExactFigure() throws Exception {
		// given: a Kommune linked to its AGS
		Fixture f = fixture("04012000");
		// when
		String csv = mvc.perform(get("/programme/" + f.programme() + "/synopse-evaluation.csv").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		byte[] xlsx = mvc.perform(get("/programme/" + f.programme() + "/synopse-evaluation.xlsx").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String again = mvc.perform(get("/programme/" + f.programme() + "/synopse-evaluation.csv").with(user(office)))
			.andReturn().getResponse().getContentAsString();
		// then
		List<String> cells = new ArrayList<>(List.of(csv.split("[,\\r\\n]+")));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
				}
			}
		}
		assertThat(String.join("|", cells)).doesNotContain(f.name()).doesNotContain("Geheimstadt")
			.doesNotContain(f.kommune().toString()).doesNotContain("04012000").doesNotContain("113643")
			.doesNotContain("113.643").doesNotContain("1234.56").doesNotContain("Zusammenarbeit");
		assertThat(csv).startsWith("pseudonym,kind,land,size_class").contains("KREISFREIE_STADT,04,FROM_100000")
			.contains("theme_call_generations").contains("target_group_seniors");
		assertThat(again).isEqualTo(csv);
		// the pseudonym is 16 hex digits, the same in both exports
		String pseudonym = csv.lines().skip(1).findFirst().orElseThrow().split(",")[0];
		assertThat(pseudonym).matches("[0-9a-f]{16}");
		assertThat(cells).contains(pseudonym);
	}

	@SuppressWarnings("unchecked")
	@Test
	void theIndicatorsTableShowsTheKeyFiguresOfEachKommune() throws Exception {
		// given
		Fixture f = fixture("04012000");
		// when
		Map<String, Object> model = mvc
			.perform(get("/programme/" + f.programme()).param("table", "INDICATORS").with(user(office)))
			.andExpect(status().isOk()).andReturn().getModelAndView().getModel();
		// then: one entry per Kommune (empty where the test data hold no statistics for the area)
		assertThat((Map<KommuneId, SynopseDetails.KeyFigures>) model.get("figures")).containsKey(f.kommune());
		assertThat((List<String>) model.get("indicatorIds")).contains("share_65_plus", "population_change_5y");
	}
}
