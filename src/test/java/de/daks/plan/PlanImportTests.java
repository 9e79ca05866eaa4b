package de.daks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Import of measures from XLSX and CSV: the form's rules per row, every bad cell named, all or nothing. */
@DaksIntegrationTest
class PlanImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	KommuneId kommune;

	KommuneId other;

	DaksPrincipal member;

	DaksPrincipal otherMember;

	DaksPrincipal mentor;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Importstadt");
		other = fixtures.kommune("Zielstadt");
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		otherMember = fixtures.member(other, KommuneRole.MITGLIED);
	}

	@Test
	void exportedMeasuresImportedIntoAnotherPlanAreTheSameMeasures() throws Exception {
		// given: measures in every status
		long mobility = plans.addField(kommune, "Mobilität");
		long meeting = plans.addField(kommune, "Begegnung");
		DaksPrincipal lead = new ProcessFixtures(users, kommunen).member(kommune, KommuneRole.KOORDINATION);
		plans.addMeasure(kommune, new Measure(0, mobility, "Bürgerbus", "Ein Bus für alle\nDörfer", "Ordnungsamt",
				"Frau Ay", "Heimatverein; VHS", Set.of(TargetGroup.SENIORS, TargetGroup.YOUNG_PEOPLE),
				java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2027, 6, 30), new BigDecimal("12500.50"),
				"Eigenmittel", MeasureStatus.PLANNED, null, 0, null, lead.id().value()));
		long cafe = plans.addMeasure(kommune, Measure.idea(meeting, "Generationencafé", null, null, null));
		plans.reportProgress(kommune, cafe, 40, "Raum gefunden", "Test");
		long done = plans.addMeasure(kommune, Measure.idea(meeting, "Lesepaten", "Herr Bo", null, null));
		plans.reportProgress(kommune, done, 50, "läuft", "Test");
		plans.changeStatus(kommune, done, MeasureStatus.DONE, null, "Test");
		long paused = plans.addMeasure(kommune, Measure.idea(mobility, "Mitfahrbank", null, null, null));
		plans.changeStatus(kommune, paused, MeasureStatus.PAUSED, "Kein Geld", "Test");
		String base = "/kommunen/" + kommune + "/werkstattplan";
		byte[] xlsx = mvc.perform(get(base + "/massnahmen.xlsx").with(user(mentor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		// a member of the source Kommune cannot import into the other one
		mvc.perform(multipart("/kommunen/" + other + "/werkstattplan/import").file(file("m.xlsx", xlsx))
			.param("action", "import").with(user(member)).with(csrf())).andExpect(status().isForbidden());

		// the responsible user is exported by e-mail and must belong to the importing Kommune's team
		String otherBase = "/kommunen/" + other + "/werkstattplan";
		String refused = mvc.perform(multipart(otherBase + "/import").file(file("m.xlsx", xlsx))
			.param("createFields", "true").param("action", "import").with(user(otherMember)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Es wurde nichts gespeichert", "O (Verantwortlich im Team (E-Mail))",
				"„" + lead.email() + "“ ist keine E-Mail-Adresse eines Mitglieds im Team der Kommune.");
		assertThat(plans.draft(other).measures()).isEmpty();
		users.addMembership(lead.id(), other, KommuneRole.MITGLIED);

		// when: checked first (nothing stored), then imported with new fields
		String preview = mvc.perform(multipart(otherBase + "/import").file(file("m.xlsx", xlsx))
			.param("createFields", "true").param("action", "check").with(user(otherMember)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("4 Maßnahmen können importiert werden", "Bürgerbus", "Mobilität, Begegnung");
		assertThat(plans.draft(other).measures()).isEmpty();
		mvc.perform(multipart(otherBase + "/import").file(file("m.xlsx", xlsx)).param("createFields", "true")
			.param("action", "import").with(user(otherMember)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "plan.import.done"));

		// then: the same measures in the same fields
		assertThat(comparable(plans.draft(other))).isEqualTo(comparable(plans.draft(kommune)));
		assertThat(plans.draft(other).fields()).extracting(PlanField::title).containsExactly("Mobilität",
				"Begegnung");
		assertThat(plans.draft(other).measures()).filteredOn(m -> m.title().equals("Bürgerbus"))
			.extracting(Measure::responsibleUserId).containsExactly(lead.id().value());
	}

	@Test
	void aCsvWithBadCellsNamesEachCellAndStoresNothing() throws Exception {
		plans.addField(kommune, "Mobilität");
		String csv = """
				Handlungsfeld;Titel;Beginn;Ende;Budget (EUR);Zielgruppen;Status;Fortschritt;Begründung
				Mobilität;Bürgerbus;01.05.2027;31.12.2027;12.500,00;Familien, Senioren;geplant;0;
				Unbekannt;Rufbus;2027-13-01;;-5;;in Umsetzung;30;
				Mobilität;;01.05.2027;01.04.2027;;;abgeschlossen;50;
				Mobilität;Mitfahrbank;;;;;pausiert;10;
				""";
		String page = mvc.perform(multipart("/kommunen/" + kommune + "/werkstattplan/import")
			.file(file("massnahmen.csv", csv.getBytes(Charset.forName("windows-1252")))).param("action", "import")
			.with(user(member)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Es wurde nichts gespeichert", "F (Zielgruppen)", "Unbekannte Zielgruppe „Senioren“",
				"A (Handlungsfeld)", "Das Handlungsfeld „Unbekannt“ gibt es im Plan nicht", "C (Beginn)",
				"Bitte geben Sie ein gültiges Datum an", "E (Budget (EUR))", "Der Betrag darf nicht negativ sein",
				"B (Titel)", "Bitte geben Sie einen Titel an.", "D (Ende)", "Das Ende liegt vor dem Beginn.",
				"I (Begründung)", "Für „pausiert“ und „verworfen“ ist eine Begründung nötig.");
		assertThat(plans.draft(kommune).measures()).isEmpty();

		// the good row alone is imported; German labels, Windows-1252 and a comma list are read
		String good = """
				Handlungsfeld;Titel;Beginn;Ende;Budget (EUR);Zielgruppen;Status;Fortschritt
				mobilität;Bürgerbus;01.05.2027;31.12.2027;12.500,00;Familien, Seniorinnen und Senioren;geplant;0
				""";
		mvc.perform(multipart("/kommunen/" + kommune + "/werkstattplan/import")
			.file(file("massnahmen.csv", good.getBytes(Charset.forName("windows-1252")))).param("action", "import")
			.with(user(member)).with(csrf())).andExpect(flash().attribute("flashSuccess", "plan.import.done"));
		Measure bus = plans.draft(kommune).measures().get(0);
		assertThat(bus.title()).isEqualTo("Bürgerbus");
		assertThat(bus.budget()).isEqualByComparingTo("12500");
		assertThat(bus.targetGroups()).containsExactlyInAnyOrder(TargetGroup.FAMILIES, TargetGroup.SENIORS);
	}

	@Test
	void aFileThatIsNoSpreadsheetIsRefusedByItsContent() throws Exception {
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
		String page = mvc.perform(multipart("/kommunen/" + kommune + "/werkstattplan/import")
			.file(file("massnahmen.xlsx", png)).param("action", "import").with(user(member)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Die Datei ist weder XLSX noch CSV", "image/png");
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		assertThat(mvc.perform(multipart("/kommunen/" + kommune + "/werkstattplan/import").file(file("m.csv", large))
			.with(user(member)).with(csrf())).andReturn().getResponse().getContentAsString())
			.contains("Die Datei ist zu groß (höchstens 2 MB).");
		String header = "Titel;Farbe\nBus;rot\n";
		assertThat(mvc.perform(multipart("/kommunen/" + kommune + "/werkstattplan/import")
			.file(file("m.csv", header.getBytes(StandardCharsets.UTF_8))).with(user(member)).with(csrf()))
			.andReturn().getResponse().getContentAsString()).contains("B (Farbe)", "Unbekannte Spalte",
					"Diese Spalte fehlt.");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	/** The measures without ids and origin, with the title of their field. */
	private static List<List<Object>> comparable(PlanData plan) {
		Map<Long, PlanField> fields = plan.fieldsById();
		return plan.measures().stream()
			.map(m -> java.util.Arrays.<Object>asList(fields.get(m.fieldId()).title(), m.title(), m.description(),
					m.responsibleUnit(), m.responsiblePerson(), m.partners(), Set.copyOf(m.targetGroups()), m.start(),
					m.end(), m.budget() == null ? null : m.budget().stripTrailingZeros(), m.fundingSource(),
					m.status(), m.statusReason(), m.progress(), String.valueOf(m.responsibleUserId())))
			.toList();
	}
}
