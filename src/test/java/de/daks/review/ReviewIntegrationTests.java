package de.daks.review;

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
import de.daks.plan.Goal;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.PlanData;
import de.daks.plan.PlanVersion;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/** The Zwischenbilanz through its routes and the database (H2 and PostgreSQL runs). */
@DaksIntegrationTest
class ReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	Reviews reviews;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	KommuneId kommune;

	DaksPrincipal coordinator;

	DaksPrincipal member;

	DaksPrincipal mentor;

	String base;

	LocalDate today;

	long field;

	long cafe;

	long lotsen;

	long app;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Bilanzstadt");
		coordinator = fixtures.member(kommune, KommuneRole.KOORDINATION);
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		base = "/kommunen/" + kommune + "/zwischenbilanz";
		today = plans.today();
		// a plan with a manual and a statistics goal and three measures: running, done, planned; version 1
		field = plans.addField(kommune, "Miteinander der Generationen");
		plans.addGoal(kommune, new Goal(0, field, "Mehr Begegnung", false, null, "Teilnehmende Generationencafé",
				"pro Jahr", new BigDecimal("120"), new BigDecimal("400"), today.plusYears(2)));
		plans.addGoal(kommune, new Goal(0, field, "Weniger Alterung", true, "old_age_ratio", "Altenquotient", "%",
				new BigDecimal("38"), new BigDecimal("36"), today.plusYears(3)));
		cafe = plans.addMeasure(kommune, measure("Generationencafé", today.minusDays(300), today.plusDays(100), "8500"));
		lotsen = plans.addMeasure(kommune, measure("Seniorenlotsen", today.minusDays(200), today.minusDays(10), "12000"));
		app = plans.addMeasure(kommune, measure("Dorf-App", today.plusDays(30), today.plusDays(400), "15000"));
		plans.reportProgress(kommune, cafe, 40, "Zwölf Ehrenamtliche gewonnen.", "Test");
		plans.reportProgress(kommune, lotsen, 50, "Erste Lotsen unterwegs.", "Test");
		plans.changeStatus(kommune, lotsen, MeasureStatus.DONE, null, "Test");
		plans.publish(kommune, today.minusDays(365), "Ratsbeschluss 2026/011", "Test");
	}

	private Measure measure(String title, LocalDate start, LocalDate end, String budget) {
		return new Measure(0, field, title, null, "Sozialamt", "Dana Demografie", null, Set.of(TargetGroup.SENIORS),
				start, end, new BigDecimal(budget), "Förderprogramm", MeasureStatus.PLANNED, null, 0, null);
	}

	@Test
	void runningAReviewFromStartToTheNextPlanVersionAndTheLockedReport() throws Exception {
		// start: the coordinator, once; not a member
		mvc.perform(post(base).param("version", "1").with(user(member)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(base).param("version", "9").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.versionUnknown"));
		mvc.perform(post(base).param("version", "1").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.started"));
		Review review = reviews.openReview(kommune).orElseThrow();
		String r = base + "/" + review.id();
		mvc.perform(post(base).param("version", "1").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.openExists"));
		assertThat(page(get(base).with(user(mentor)))).contains("Zwischenbilanz zu Version 1", "offen");

		// goals: the manual indicator gets a value; the statistics one cannot be entered
		String goalKey = reviews.facts(review).goals().get(0).key();
		String statKey = reviews.facts(review).goals().get(1).key();
		mvc.perform(post(r + "/ziele/" + goalKey + "/werte").param("value", "260").param("measuredOn", today.toString())
				.param("note", "Zählung Café").with(user(mentor)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(r + "/ziele/" + goalKey + "/werte").param("value", "260").param("measuredOn", today.toString())
				.param("note", "Zählung Café").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.goal.valueSaved"));
		mvc.perform(post(r + "/ziele/" + goalKey + "/werte").param("value", "viel").param("measuredOn", today.toString())
				.with(user(member)).with(csrf())).andExpect(flash().attribute("flashError", "review.error.number"));
		mvc.perform(post(r + "/ziele/" + goalKey + "/werte").param("value", "300")
				.param("measuredOn", today.plusDays(1).toString()).with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.futureDate"));
		mvc.perform(post(r + "/ziele/" + statKey + "/werte").param("value", "30").param("measuredOn", today.toString())
				.with(user(member)).with(csrf())).andExpect(flash().attribute("flashError", "review.rule.goalAutomatic"));
		GoalFacts goal = reviews.facts(review).goals().get(0);
		assertThat(goal.points()).hasSize(2);
		assertThat(goal.trend().latest().value()).isEqualTo(260);
		// 140 in a year → 400 in another year, target date in two years: on track
		assertThat(goal.trend().verdict()).isEqualTo(Trend.Verdict.ON_TRACK);
		assertThat(reviews.facts(review).goals().get(1).trend().verdict()).isEqualTo(Trend.Verdict.NO_DATA);
		String goalsPage = page(get(r + "/ziele").with(user(mentor)));
		assertThat(goalsPage).contains("Mehr Begegnung", "auf Kurs", "keine Aussage möglich", "role=\"img\"",
				"Zählung Café", "260 pro Jahr");

		// measures: actual dates from the timeline, spending entered
		MeasureFacts lotsenFacts = facts(review, lotsen);
		assertThat(lotsenFacts.actualStart()).isEqualTo(today);
		assertThat(lotsenFacts.actualEnd()).isEqualTo(today);
		assertThat(lotsenFacts.endDelay()).isEqualTo(10);
		assertThat(lotsenFacts.startDelay()).isEqualTo(200);
		assertThat(facts(review, app).startDelay()).isNull();
		mvc.perform(post(r + "/massnahmen/M" + cafe).param("spent", "4.250,50")
				.param("actualStart", today.minusDays(280).toString()).with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.measure.saved"));
		mvc.perform(post(r + "/massnahmen/M" + cafe).param("spent", "-3").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.negativeSpent"));
		MeasureFacts cafeFacts = facts(review, cafe);
		assertThat(cafeFacts.spent()).isEqualByComparingTo("4250.50");
		assertThat(cafeFacts.spentPercent()).isEqualTo(50);
		assertThat(cafeFacts.actualStart()).isEqualTo(today.minusDays(280));
		assertThat(cafeFacts.startDelay()).isEqualTo(20);
		assertThat(page(get(r + "/massnahmen").with(user(mentor)))).contains("4.250,50 €", "+20", "+200 / +10");

		// reflection by the team
		mvc.perform(post(r + "/reflexion").param("helped-NETWORKING", "Der Seniorenbeirat trägt mit.")
				.param("helpedRating-NETWORKING", "4").param("hindered-STAFF_CAPACITY", "Die Stelle war ein Jahr vakant.")
				.param("hinderedRating-STAFF_CAPACITY", "5").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.reflection.saved"));
		mvc.perform(post(r + "/reflexion").param("helpedRating-NETWORKING", "9").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.rating"));
		assertThat(reviews.reflections(review)).containsKeys(ReflectionCategory.NETWORKING,
				ReflectionCategory.STAFF_CAPACITY);

		// decisions: change, continue, stop, new
		mvc.perform(post(r + "/entscheidungen/M" + cafe).param("kind", "CHANGE")
				.param("end", today.plusDays(200).toString()).param("description", "Zweiter Standort im Ortsteil Nord")
				.with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decision.saved"));
		mvc.perform(post(r + "/entscheidungen/M" + lotsen).param("kind", "CONTINUE").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decision.saved"));
		mvc.perform(post(r + "/entscheidungen/M" + app).param("kind", "STOP").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.reasonNeeded"));
		mvc.perform(post(r + "/entscheidungen/M" + app).param("kind", "STOP")
				.param("reason", "Kein Anbieter gefunden, Mitfahrbänke statt App").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decision.saved"));
		mvc.perform(post(r + "/entscheidungen/neu").param("field", "F" + field).param("title", "Mitfahrbänke")
				.param("responsible", "Ordnungsamt").param("budget", "3.000").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decision.newSaved"));
		assertThat(reviews.decisions(review)).hasSize(4);
		// applying is the coordinator's
		mvc.perform(post(r + "/entscheidungen/anwenden").with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(r + "/planversion").param("decidedOn", today.toString()).param("decisionRef", "x")
				.with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.publishBeforeApply"));
		mvc.perform(post(r + "/entscheidungen/anwenden").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decisions.appliedNow"));

		// then: the draft has the decisions
		PlanData draft = plans.draft(kommune);
		Measure changed = plans.measure(kommune, cafe);
		assertThat(changed.end()).isEqualTo(today.plusDays(200));
		assertThat(changed.description()).isEqualTo("Zweiter Standort im Ortsteil Nord");
		assertThat(changed.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
		Measure stopped = plans.measure(kommune, app);
		assertThat(stopped.status()).isEqualTo(MeasureStatus.DROPPED);
		assertThat(stopped.statusReason()).isEqualTo("Kein Anbieter gefunden, Mitfahrbänke statt App");
		assertThat(plans.measure(kommune, lotsen).status()).isEqualTo(MeasureStatus.DONE);
		Measure added = draft.measures().stream().filter(m -> m.title().equals("Mitfahrbänke")).findFirst()
			.orElseThrow();
		assertThat(added.status()).isEqualTo(MeasureStatus.PLANNED);
		assertThat(added.responsibleUnit()).isEqualTo("Ordnungsamt");
		assertThat(added.budget()).isEqualByComparingTo("3000");
		assertThat(reviews.decisions(review)).allSatisfy(d -> assertThat(d.appliedMeasureId()).isNotNull());
		assertThat(plans.updates(kommune, cafe).get(0).text()).isEqualTo("Geändert nach der Zwischenbilanz zu Version 1.");
		// the facts are frozen as they were when deciding: the stopped app shows its status before
		ReviewFacts frozen = reviews.facts(reviews.review(kommune, review.id()));
		assertThat(frozen.frozen()).isTrue();
		assertThat(frozen.measures().stream().filter(m -> m.measureId() == app).findFirst().orElseThrow().status())
			.isEqualTo(MeasureStatus.PLANNED);
		mvc.perform(post(r + "/ziele/" + goalKey + "/werte").param("value", "270").param("measuredOn", today.toString())
				.with(user(member)).with(csrf())).andExpect(flash().attribute("flashError", "review.rule.factsFrozen"));
		mvc.perform(post(r + "/entscheidungen/anwenden").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.decisionsApplied"));
		mvc.perform(post(r + "/entscheidungen/M" + lotsen).param("kind", "CONTINUE").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.decisionsApplied"));

		// the next plan version from the review, with the decision reference
		mvc.perform(post(r + "/planversion").param("decidedOn", today.toString())
				.param("decisionRef", "Ratsbeschluss 2028/040 (Zwischenbilanz)").with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(r + "/planversion").param("decidedOn", today.toString())
				.param("decisionRef", "Ratsbeschluss 2028/040 (Zwischenbilanz)").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.version.published"));
		PlanVersion v2 = plans.version(kommune, 2);
		assertThat(v2.decisionRef()).isEqualTo("Ratsbeschluss 2028/040 (Zwischenbilanz)");
		assertThat(v2.snapshot().byKey()).containsKey("M" + added.id());
		assertThat(reviews.review(kommune, review.id()).publishedVersion()).isEqualTo(2);
		mvc.perform(post(r + "/planversion").param("decidedOn", today.toString()).param("decisionRef", "noch eine")
				.with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.publishedTwice"));

		// Verstetigung
		mvc.perform(post(r + "/verstetigung").param("nextReview", today.plusYears(2).toString())
				.param("note", "Haushalt ab 2029").param("measure", "M" + cafe).param("continues-M" + cafe, "true")
				.param("carrier-M" + cafe, "").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.carrierNeeded"));
		mvc.perform(post(r + "/verstetigung").param("nextReview", today.plusYears(2).toString())
				.param("note", "Haushalt ab 2029").param("measure", "M" + cafe, "M" + lotsen)
				.param("continues-M" + cafe, "true").param("carrier-M" + cafe, "Mehrgenerationenhaus e. V.")
				.param("financing-M" + cafe, "Kreishaushalt, Produkt 31.50")
				.param("anchoring-M" + cafe, "BUDGET_LINE", "COUNCIL_DECISION").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.continuation.saved"));
		Continuation continuation = reviews.continuations(review).get("M" + cafe);
		assertThat(continuation.anchoring()).containsExactlyInAnyOrder(Anchoring.BUDGET_LINE,
				Anchoring.COUNCIL_DECISION);
		assertThat(reviews.continuations(review).get("M" + lotsen).continues()).isFalse();

		// complete: the coordinator; then nothing changes any more
		mvc.perform(post(r + "/abschliessen").with(user(member)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(r + "/abschliessen").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.completed"));
		for (MockHttpServletRequestBuilder change : List.of(
				post(r + "/reflexion").param("helped-COMPLEXITY", "x"),
				post(r + "/verstetigung").param("nextReview", today.plusYears(3).toString()),
				post(r + "/massnahmen/M" + cafe).param("spent", "1"),
				post(r + "/abschliessen"))) {
			mvc.perform(change.with(user(coordinator)).with(csrf()))
				.andExpect(flash().attribute("flashError", "review.rule.completed"));
		}
		assertThat(reviews.openReview(kommune)).isEmpty();
		// a new review may start now
		assertThat(reviews.reviews(kommune)).hasSize(1);

		// the report: page, tagged PDF, DOCX
		String report = page(get(r + "/bericht").with(user(mentor)));
		assertThat(report).contains("Zwischenbilanz zu Version 1 des Werkstattplans", "Mehr Begegnung", "auf Kurs",
				"Generationencafé", "4.250,50 €", "Der Seniorenbeirat trägt mit.", "Vernetzung", "beenden",
				"Kein Anbieter gefunden", "Mitfahrbänke", "Mehrgenerationenhaus e. V.", "Haushaltsstelle",
				"Daraus entstand Version 2 des Werkstattplans.", "Abgeschlossen am");
		byte[] pdf = mvc.perform(get(r + "/zwischenbilanz.pdf").with(user(mentor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Zwischenbilanz zu Version 1", "Mehr Begegnung", "Generationencafé",
					"Mehrgenerationenhaus");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
		}
		byte[] docx = mvc.perform(get(r + "/zwischenbilanz.docx").with(user(mentor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Zwischenbilanz zu Version 1", "Seniorenlotsen", "weiterführen");
		}
	}

	@Test
	void applyingTheDecisionsIsAllOrNothing() throws Exception {
		// given: a valid change and a stop of a measure that is done (a done measure cannot be dropped)
		long id = reviews.start(kommune, 1, "Test");
		String r = base + "/" + id;
		mvc.perform(post(r + "/entscheidungen/M" + cafe).param("kind", "CHANGE")
				.param("end", today.plusDays(500).toString()).with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decision.saved"));
		mvc.perform(post(r + "/entscheidungen/M" + lotsen).param("kind", "STOP").param("reason", "erledigt")
				.with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decision.saved"));

		// when
		mvc.perform(post(r + "/entscheidungen/anwenden").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.planRule"))
			.andExpect(flash().attribute("flashArgs",
					new Object[] { "Seniorenlotsen", "Eine abgeschlossene Maßnahme kann nur wieder in Umsetzung gehen." }));

		// then: nothing is stored – the change is not in the draft, the review is not applied, no facts frozen
		assertThat(plans.measure(kommune, cafe).end()).isEqualTo(today.plusDays(100));
		assertThat(plans.measure(kommune, lotsen).status()).isEqualTo(MeasureStatus.DONE);
		Review review = reviews.review(kommune, id);
		assertThat(review.decisionsApplied()).isFalse();
		assertThat(reviews.facts(review).frozen()).isFalse();
		assertThat(reviews.decisions(review)).allSatisfy(d -> assertThat(d.appliedMeasureId()).isNull());

		// completing is refused while decisions wait; removing the broken one lets the rest apply
		mvc.perform(post(r + "/abschliessen").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.applyFirst"));
		long broken = reviews.decisions(review).stream().filter(d -> d.measureKey().equals("M" + lotsen))
			.findFirst().orElseThrow().id();
		mvc.perform(post(r + "/entscheidungen/" + broken + "/loeschen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decision.removed"));
		mvc.perform(post(r + "/entscheidungen/anwenden").with(user(coordinator)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.decisions.appliedNow"));
		assertThat(plans.measure(kommune, cafe).end()).isEqualTo(today.plusDays(500));
	}

	@Test
	void aReviewOfAnotherKommuneIsNotFound() throws Exception {
		long id = reviews.start(kommune, 1, "Test");
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		KommuneId other = fixtures.kommune("Andere");
		DaksPrincipal otherCoordinator = fixtures.member(other, KommuneRole.KOORDINATION);
		mvc.perform(get("/kommunen/" + other + "/zwischenbilanz/" + id).with(user(otherCoordinator)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/kommunen/" + other + "/zwischenbilanz/" + id + "/abschliessen")
				.with(user(otherCoordinator)).with(csrf())).andExpect(status().isNotFound());
		assertThat(reviews.review(kommune, id).completed()).isFalse();
	}

	private MeasureFacts facts(Review review, long measureId) {
		return reviews.facts(review).measures().stream().filter(m -> m.measureId() == measureId).findFirst()
			.orElseThrow();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
