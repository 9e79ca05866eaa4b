package de.daks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.Card;
import de.daks.workshop.CardOrigin;
import de.daks.workshop.NewWorkshop;
import de.daks.workshop.Phase;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopFormat;
import de.daks.workshop.Workshops;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Werkstattplan through its routes and the database (H2 and PostgreSQL runs). */
@DaksIntegrationTest
class PlanIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	Workshops workshops;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	KommuneId kommune;

	DaksPrincipal coordinator;

	DaksPrincipal member;

	DaksPrincipal mentor;

	String base;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Planstadt");
		coordinator = fixtures.member(kommune, KommuneRole.KOORDINATION);
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		base = "/kommunen/" + kommune + "/werkstattplan";
	}

	@Test
	void workshopResultsBecomeProposalsThatAreAdoptedWithTheirOriginShownBothWays() throws Exception {
		// given: a workshop with a voted card, a field and a measure, handed over
		Workshop workshop = workshops.create(kommune, new NewWorkshop("Zukunft Planstadt",
				LocalDateTime.of(2027, 3, 1, 18, 0), "Rathaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
		Card card = workshops.postAsModerator(workshop, null, Phase.FANTASY, 0, "Ein Bürgerbus für alle Dörfer",
				CardOrigin.PAPER);
		long cluster = workshops.addCluster(workshop, Phase.FANTASY, "Mobilität", List.of(card.id()));
		long session = workshops.openSession(workshop, Phase.FANTASY, "", 3, true, false);
		workshops.vote(workshop, session, "g:1", card.id());
		workshops.vote(workshop, session, "g:2", card.id());
		workshops.closeSession(workshop, session);
		long field = workshops.proposeField(workshop, cluster, null, 1);
		workshops.proposeMeasure(workshop, field, card.id(), null, "Heimatverein", "Fahrer suchen", null);
		workshops.handOver(workshop);

		// a second hand-over replaces the open proposal instead of adding a duplicate
		workshops.handOver(workshop);
		assertThat(plans.proposals(kommune)).hasSize(1);

		// when: the team sees the proposal and adopts it
		String proposals = page(get(base + "/vorschlaege").with(user(mentor)));
		assertThat(proposals).contains("Mobilität", "Ein Bürgerbus für alle Dörfer", "Heimatverein",
				"2 Punkte auf 1 Karten");
		long proposalId = plans.proposals(kommune).get(0).id();
		mvc.perform(post(base + "/vorschlaege/" + proposalId + "/uebernehmen").with(user(mentor)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/vorschlaege/" + proposalId + "/uebernehmen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "plan.proposal.adopted"));
		mvc.perform(post(base + "/vorschlaege/" + proposalId + "/uebernehmen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "plan.rule.adoptedTwice"));

		// a hand-over after the adoption does not propose the adopted field again
		workshops.handOver(workshop);
		assertThat(plans.proposals(kommune)).singleElement()
			.satisfies(p -> assertThat(p.adoptedFieldId()).isNotNull());

		// then: field and measure keep the origin; the measure links to the card on the board
		PlanData plan = plans.draft(kommune);
		assertThat(plan.fields()).extracting(PlanField::title).containsExactly("Mobilität");
		Measure measure = plan.measures().get(0);
		assertThat(measure.title()).isEqualTo("Ein Bürgerbus für alle Dörfer");
		assertThat(measure.status()).isEqualTo(MeasureStatus.IDEA);
		assertThat(measure.responsiblePerson()).isEqualTo("Heimatverein");
		assertThat(measure.origin().cardIds()).containsExactly(card.id());
		assertThat(measure.origin().votes()).isEqualTo(2);
		assertThat(measure.origin().voteSessionIds()).containsExactly(session);
		String measurePage = page(get(base + "/massnahmen/" + measure.id()).with(user(mentor)));
		assertThat(measurePage).contains("/zukunftswerkstatt/" + workshop.id() + "#card-" + card.id(),
				"Zukunft Planstadt");
		// and the proposal links forward to the measure it became
		assertThat(page(get(base + "/vorschlaege").with(user(mentor))))
			.contains(base + "/massnahmen/" + measure.id());
		// the public page shows the idea as "in preparation" until a version is published, then its status
		plans.publish(kommune, LocalDate.of(2027, 4, 1), "Ratsbeschluss 2027/1", "Test");
		String publicPage = page(get("/werkstattplaene/" + kommune));
		assertThat(publicPage).contains("Was aus den Ideen der Zukunftswerkstatt wurde",
				"Mobilität: Ein Bürgerbus für alle Dörfer", "Maßnahme „Ein Bürgerbus für alle Dörfer“", "Idee");
	}

	@Test
	void aPlanEnteredByHandWithBadInputNamesTheFieldsAndStoresNothing() throws Exception {
		// given
		mvc.perform(post(base + "/felder/ausschreibung").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "plan.field.starterAdded"));
		PlanData plan = plans.draft(kommune);
		assertThat(plan.fields()).extracting(PlanField::title).containsExactlyElementsOf(Plans.STARTER_FIELDS);
		long field = plan.fields().get(0).id();
		// when
		String page = page(post(base + "/massnahmen").with(user(member)).with(csrf())
			.param("fieldId", Long.toString(field)).param("title", " ").param("start", "2027-05-01")
			.param("end", "30.04.2027").param("budget", "12.50,00"));
		// then
		assertThat(page).contains("Bitte geben Sie einen Titel an.", "Das Ende liegt vor dem Beginn.",
				"Bitte geben Sie einen Betrag in Euro an", "es wurde nichts gespeichert");
		assertThat(plans.draft(kommune).measures()).isEmpty();

		// when: correct input in German notation
		mvc.perform(post(base + "/massnahmen").with(user(member)).with(csrf())
			.param("fieldId", Long.toString(field)).param("title", "Generationencafé")
			.param("responsiblePerson", "Frau Ay").param("responsibleUnit", "Sozialamt")
			.param("targetGroups", "SENIORS", "YOUNG_PEOPLE").param("start", "01.05.2027").param("end", "2027-12-31")
			.param("budget", "12.500,50").param("fundingSource", "Eigenmittel"))
			.andExpect(status().is3xxRedirection());
		Measure measure = plans.draft(kommune).measures().get(0);
		assertThat(measure.budget()).isEqualByComparingTo(new BigDecimal("12500.50"));
		assertThat(measure.targetGroups()).containsExactlyInAnyOrder(TargetGroup.SENIORS, TargetGroup.YOUNG_PEOPLE);
		assertThat(measure.quarters()).containsExactly("Q2/2027", "Q3/2027", "Q4/2027");
		assertThat(page(get(base + "/massnahmen/" + measure.id()).with(user(mentor)))).contains("12.500,50 €",
				"01.05.2027", "Seniorinnen und Senioren");

		// the measures as XLSX: typed cells
		byte[] xlsx = mvc.perform(get(base + "/massnahmen.xlsx").with(user(mentor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Titel");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Generationencafé");
			assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2027, 5, 1));
			assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(12500.5);
			assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("geplant");
		}
		// a manual goal and a goal with bad numbers
		mvc.perform(post(base + "/felder/" + field + "/ziele").with(user(member)).with(csrf())
			.param("title", "Mehr Begegnung").param("indicatorName", "Besuche im Café").param("unit", "pro Monat")
			.param("baseline", "0").param("target", "1.200").param("targetDate", "2028-12-31"))
			.andExpect(flash().attribute("flashSuccess", "plan.goal.added"));
		mvc.perform(post(base + "/felder/" + field + "/ziele").with(user(member)).with(csrf())
			.param("title", "Kaputt").param("indicatorName", "X").param("target", "viel"))
			.andExpect(flash().attribute("goalErrors", List.of("plan.error.goal.target")));
		assertThat(plans.draft(kommune).goals()).extracting(Goal::title).containsExactly("Mehr Begegnung");
		assertThat(plans.draft(kommune).goals().get(0).target()).isEqualByComparingTo("1200");
		assertThat(page(get(base).with(user(mentor)))).contains("Besuche im Café", "1.200 pro Monat");
		// the process step links to the plan and its public page
		assertThat(page(get("/kommunen/" + kommune + "/schritte/werkstattplan").with(user(mentor))))
			.contains("href=\"" + base + "\"", "href=\"/werkstattplaene/" + kommune + "\"");
	}

	@Test
	void statusAndProgressFollowTheLifeCycleAndWriteTheTimeline() throws Exception {
		// given
		long field = plans.addField(kommune, "Wohnen");
		long id = plans.addMeasure(kommune, new Measure(0, field, "Wohnberatung", null, null, "Herr Lenz", null,
				java.util.Set.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null,
				MeasureStatus.PLANNED, null, 0, null));
		String measure = base + "/massnahmen/" + id;
		// when / then: done before it started is refused, nothing changes
		mvc.perform(post(measure + "/status").with(user(member)).with(csrf()).param("status", "DONE"))
			.andExpect(flash().attribute("flashError", "plan.rule.doneBeforeStarted"));
		mvc.perform(post(measure + "/status").with(user(member)).with(csrf()).param("status", "PAUSED"))
			.andExpect(flash().attribute("flashError", "plan.rule.reasonNeeded"));
		assertThat(plans.measure(kommune, id).status()).isEqualTo(MeasureStatus.PLANNED);
		// progress starts it and is written to the timeline
		mvc.perform(post(measure + "/fortschritt").with(user(member)).with(csrf()).param("progress", "40")
			.param("text", "Erste <b>Sprechstunde</b> im Rathaus"))
			.andExpect(flash().attribute("flashSuccess", "plan.progress.saved"));
		mvc.perform(post(measure + "/fortschritt").with(user(member)).with(csrf()).param("progress", "140")
			.param("text", "zu viel")).andExpect(flash().attribute("flashError", "plan.rule.progressRange"));
		assertThat(plans.measure(kommune, id).status()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(plans.measure(kommune, id).progress()).isEqualTo(40);
		// a milestone in the past is overdue; so is the measure (end 30.06.2026)
		mvc.perform(post(measure + "/meilensteine").with(user(member)).with(csrf()).param("title", "Flyer")
			.param("due", "2026-03-01")).andExpect(flash().attribute("flashSuccess", "plan.milestone.added"));
		String table = page(get(base + "/tabelle").param("overdue", "true").with(user(mentor)));
		assertThat(table).contains("Wohnberatung", "überfällig", "1 von 1 Maßnahmen");
		assertThat(page(get(base + "/tabelle").param("status", "DONE").with(user(mentor))))
			.contains("0 von 1 Maßnahmen");
		assertThat(page(get(base + "/tabelle").param("quarter", "Q2/2026").param("responsible", "lenz")
			.with(user(mentor)))).contains("1 von 1 Maßnahmen");
		mvc.perform(post(measure + "/status").with(user(member)).with(csrf()).param("status", "DONE"))
			.andExpect(flash().attribute("flashSuccess", "plan.status.changed"));
		assertThat(plans.measure(kommune, id).progress()).isEqualTo(100);
		String page = page(get(measure).with(user(mentor)));
		assertThat(page).contains("Erste &lt;b&gt;Sprechstunde&lt;/b&gt; im Rathaus", "abgeschlossen")
			.doesNotContain("<b>Sprechstunde");
		assertThat(plans.updates(kommune, id)).hasSize(2);
		// views render: timeline SVG with the table alternative, the board, my tasks
		assertThat(page(get(base + "/zeitplan").with(user(mentor)))).contains("<svg", "Zeitplan als Tabelle",
				"Wohnberatung", "Flyer (2026-03-01)");
		assertThat(page(get(base + "/statustafel").with(user(mentor)))).contains("abgeschlossen (1)");
		// another Kommune's member cannot reach the measure through their own Kommune
		KommuneId other = new ProcessFixtures(users, kommunen).kommune("Anderswo");
		DaksPrincipal stranger = new ProcessFixtures(users, kommunen).member(other, KommuneRole.MITGLIED);
		mvc.perform(get("/kommunen/" + other + "/werkstattplan/massnahmen/" + id).with(user(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void publishedVersionsNeverChangeAndAnyTwoAreCompared() throws Exception {
		// given
		plans.setLeitbild(kommune, "Gut alt werden in Planstadt");
		long field = plans.addField(kommune, "Wohnen");
		long id = plans.addMeasure(kommune, Measure.idea(field, "Wohnberatung", null, null, null));
		// when: a member may not publish, the coordinator may
		mvc.perform(post(base + "/versionen").with(user(member)).with(csrf()).param("decidedOn", "2027-02-01")
			.param("decisionRef", "Rat")).andExpect(status().isForbidden());
		mvc.perform(post(base + "/versionen").with(user(coordinator)).with(csrf()).param("decidedOn", "2027-02-01")
			.param("decisionRef", " ")).andExpect(flash().attribute("flashError", "plan.rule.decisionRef"));
		mvc.perform(post(base + "/versionen").with(user(coordinator)).with(csrf()).param("decidedOn", "2027-02-01")
			.param("decisionRef", "Ratsbeschluss 2027/014"))
			.andExpect(flash().attribute("flashSuccess", "plan.version.published"));
		// the draft changes afterwards
		Measure m = plans.measure(kommune, id);
		plans.editMeasure(kommune, new Measure(id, field, "Mobile Wohnberatung", null, null, "Frau Ay", null,
				java.util.Set.of(), null, null, new BigDecimal("5000"), null, m.status(), null, 0, null));
		plans.addMeasure(kommune, Measure.idea(field, "Mitfahrbank", null, null, null));
		// then: version 1 is as published
		assertThat(plans.version(kommune, 1).snapshot().byKey().get("M" + id).title()).isEqualTo("Wohnberatung");
		mvc.perform(post(base + "/versionen").with(user(coordinator)).with(csrf()).param("decidedOn", "01.06.2027")
			.param("decisionRef", "Ratsbeschluss 2027/031"));
		assertThat(plans.versions(kommune)).extracting(PlanVersion::number).containsExactly(2, 1);
		String compare = page(get(base + "/versionen").param("from", "1").param("to", "2").with(user(mentor)));
		assertThat(compare).contains("Unterschiede von Version 1 zu Version 2", "geändert", "Mobile Wohnberatung",
				"Verantwortliche Person", "Frau Ay", "hinzugefügt", "Mitfahrbank");
		assertThat(page(get(base + "/versionen").param("from", "2").param("to", "0").with(user(mentor))))
			.contains("Keine Unterschiede.");
		assertThat(page(get(base + "/versionen/1").with(user(mentor)))).contains("Ratsbeschluss 2027/014",
				"Wohnberatung").doesNotContain("Mitfahrbank");
		// version 1 as tagged PDF and editable DOCX: its frozen content, not the draft's
		byte[] pdf = mvc.perform(get(base + "/versionen/1/werkstattplan.pdf").with(user(mentor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Werkstattplan – Version 1",
					"Gut alt werden in Planstadt", "Wohnen", "Wohnberatung", "Ratsbeschluss 2027/014")
				.doesNotContain("Mitfahrbank");
		}
		byte[] docx = mvc.perform(get(base + "/versionen/1/werkstattplan.docx").with(user(mentor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("Wohnberatung", "Idee").doesNotContain("Mobile Wohnberatung");
		}
		mvc.perform(get(base + "/versionen/7/werkstattplan.pdf").with(user(mentor))).andExpect(status().isNotFound());
		// the public page shows the latest version
		String publicPage = page(get("/werkstattplaene/" + kommune));
		assertThat(publicPage).contains("Gut alt werden in Planstadt", "Mitfahrbank", "Ratsbeschluss 2027/031");
	}

	@Test
	void theDemoKreisDuerenHasAPublishedPlanWithMeasuresInSeveralStates() throws Exception {
		KommuneId dueren = kommunen.findAll().stream().filter(k -> k.name().contains("Düren")).findFirst()
			.orElseThrow().id();
		assertThat(plans.versions(dueren)).isNotEmpty();
		assertThat(plans.draft(dueren).measures()).extracting(Measure::status).contains(MeasureStatus.IN_PROGRESS,
				MeasureStatus.PAUSED, MeasureStatus.PLANNED);
		assertThat(page(get("/werkstattplaene/" + dueren))).contains("Generationencafé in Jülich", "45 %",
				"Kreistagsbeschluss");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
