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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Editing and deleting fields, goals, milestones and measures of the draft; adopting one proposed measure. */
@DaksIntegrationTest
class PlanEditTests {

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

	@Autowired
	de.daks.indicators.IndicatorService indicators;

	KommuneId kommune;

	DaksPrincipal member;

	DaksPrincipal mentor;

	String base;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Editstadt");
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		base = "/kommunen/" + kommune + "/werkstattplan";
	}

	@Test
	void fieldsGoalsMilestonesAndMeasuresAreEditedAndDeleted() throws Exception {
		long field = plans.addField(kommune, "Mobilitat");
		long empty = plans.addField(kommune, "Leer");
		long goal = plans.addGoal(kommune, new Goal(0, field, "Mehr Fahrten", false, null, "Fahrten", "pro Monat",
				BigDecimal.ZERO, new BigDecimal("100"), null));
		long measure = plans.addMeasure(kommune, Measure.idea(field, "Bürgerbus", null, null, null));
		plans.addMilestone(kommune, measure, "Fahrer", LocalDate.of(2027, 3, 1));
		long milestone = plans.draft(kommune).milestonesOf(measure).get(0).id();

		// fields: renamed; deleting one with content needs the confirmation
		mvc.perform(post(base + "/felder/" + field).with(user(mentor)).with(csrf()).param("title", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/felder/" + field).with(user(member)).with(csrf()).param("title", " "))
			.andExpect(flash().attribute("flashError", "plan.rule.fieldTitle"));
		mvc.perform(post(base + "/felder/" + field).with(user(member)).with(csrf()).param("title", "Mobilität"))
			.andExpect(flash().attribute("flashSuccess", "plan.field.saved"));
		mvc.perform(post(base + "/felder/" + empty + "/loeschen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "plan.field.deleted"));
		mvc.perform(post(base + "/felder/" + field + "/loeschen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "plan.rule.fieldNotEmpty"));
		assertThat(plans.draft(kommune).fields()).extracting(PlanField::title).containsExactly("Mobilität");

		// goals: edited with the same checks as a new goal, deleted
		mvc.perform(post(base + "/ziele/" + goal).with(user(member)).with(csrf()).param("title", "Mehr Fahrten")
			.param("indicatorName", "Fahrten").param("target", "viel"))
			.andExpect(flash().attribute("goalErrors", List.of("plan.error.goal.target")));
		mvc.perform(post(base + "/ziele/" + goal).with(user(member)).with(csrf()).param("title", "Viel mehr Fahrten")
			.param("indicatorName", "Fahrten").param("unit", "pro Woche").param("target", "1.250,5"))
			.andExpect(flash().attribute("flashSuccess", "plan.goal.saved"));
		Goal edited = plans.draft(kommune).goals().get(0);
		assertThat(edited.title()).isEqualTo("Viel mehr Fahrten");
		assertThat(edited.target()).isEqualByComparingTo("1250.5");
		assertThat(mvc.perform(get(base).with(user(member))).andReturn().getResponse().getContentAsString())
			.contains("value=\"1.250,5\"", "Ziel „Viel mehr Fahrten“ löschen");

		// milestones: edited and deleted
		mvc.perform(post(base + "/massnahmen/" + measure + "/meilensteine/" + milestone + "/bearbeiten")
			.with(user(member)).with(csrf()).param("title", "Fahrer gefunden").param("due", "01.04.2027"))
			.andExpect(flash().attribute("flashSuccess", "plan.milestone.saved"));
		assertThat(plans.draft(kommune).milestonesOf(measure)).singleElement()
			.satisfies(s -> assertThat(s.due()).isEqualTo(LocalDate.of(2027, 4, 1)))
			.satisfies(s -> assertThat(s.title()).isEqualTo("Fahrer gefunden"));
		mvc.perform(post(base + "/massnahmen/" + measure + "/meilensteine/" + milestone + "/loeschen")
			.with(user(member)).with(csrf())).andExpect(flash().attribute("flashSuccess", "plan.milestone.deleted"));
		assertThat(plans.draft(kommune).milestonesOf(measure)).isEmpty();

		// a measure is deleted only with the confirmation
		mvc.perform(post(base + "/massnahmen/" + measure + "/loeschen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "plan.measure.deleteConfirm"));
		mvc.perform(post(base + "/massnahmen/" + measure + "/loeschen").with(user(member)).with(csrf())
			.param("confirm", "true")).andExpect(flash().attribute("flashSuccess", "plan.measure.deleted"));
		assertThat(plans.draft(kommune).measures()).isEmpty();

		// the goal goes, then the field with its content once confirmed
		mvc.perform(post(base + "/ziele/" + goal + "/loeschen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "plan.goal.deleted"));
		plans.addMeasure(kommune, Measure.idea(field, "Mitfahrbank", null, null, null));
		mvc.perform(post(base + "/felder/" + field + "/loeschen").with(user(member)).with(csrf())
			.param("withContent", "true")).andExpect(flash().attribute("flashSuccess", "plan.field.deleted"));
		assertThat(plans.draft(kommune).isEmpty()).isTrue();
		assertThat(plans.draft(kommune).measures()).isEmpty();
	}

	@Test
	void aStatisticGoalWithoutBaselineTakesTheIndicatorValueOfTheBaselineYear() throws Exception {
		KommuneId dueren = kommunen.findAll().stream().filter(k -> k.name().contains("Düren")).findFirst()
			.orElseThrow().id();
		String area = kommunen.get(dueren).areaKeys().get(0);
		de.daks.indicators.IndicatorDefinition definition = indicators.catalogue().all().stream()
			.filter(d -> !indicators.series(area, d.id()).isEmpty()).findFirst().orElseThrow();
		List<de.daks.indicators.IndicatorValue> series = indicators.series(area, definition.id());
		de.daks.indicators.IndicatorValue first = series.stream()
			.min(java.util.Comparator.comparingInt(de.daks.indicators.IndicatorValue::year)).orElseThrow();
		de.daks.indicators.IndicatorValue latest = series.stream()
			.max(java.util.Comparator.comparingInt(de.daks.indicators.IndicatorValue::year)).orElseThrow();
		DaksPrincipal editor = new ProcessFixtures(users, kommunen).member(dueren, KommuneRole.MITGLIED);
		long field = plans.addField(dueren, "Testfeld Basiswert");
		try {
			String fieldBase = "/kommunen/" + dueren + "/werkstattplan/felder/" + field + "/ziele";
			mvc.perform(post(fieldBase).with(user(editor)).with(csrf()).param("title", "Ohne Jahr")
				.param("indicatorKey", definition.id())).andExpect(flash().attribute("flashSuccess", "plan.goal.added"));
			mvc.perform(post(fieldBase).with(user(editor)).with(csrf()).param("title", "Mit Jahr")
				.param("indicatorKey", definition.id()).param("baselineYear", "" + first.year()))
				.andExpect(flash().attribute("flashSuccess", "plan.goal.added"));
			mvc.perform(post(fieldBase).with(user(editor)).with(csrf()).param("title", "Eigener Wert")
				.param("indicatorKey", definition.id()).param("baseline", "7"))
				.andExpect(flash().attribute("flashSuccess", "plan.goal.added"));
			mvc.perform(post(fieldBase).with(user(editor)).with(csrf()).param("title", "Kaputt")
				.param("indicatorKey", definition.id()).param("baselineYear", "zwanzig"))
				.andExpect(flash().attribute("goalErrors", List.of("plan.error.goal.baselineYear")));
			List<Goal> goals = plans.draft(dueren).goalsOf(field);
			assertThat(goals).extracting(Goal::title).containsExactly("Ohne Jahr", "Mit Jahr", "Eigener Wert");
			assertThat(goals.get(0).baseline().doubleValue()).isCloseTo(latest.value(),
					org.assertj.core.data.Offset.offset(0.0001));
			assertThat(goals.get(0).baselineYear()).isEqualTo(latest.year());
			assertThat(goals.get(1).baseline().doubleValue()).isCloseTo(first.value(),
					org.assertj.core.data.Offset.offset(0.0001));
			assertThat(goals.get(1).baselineYear()).isEqualTo(first.year());
			assertThat(goals.get(2).baseline()).isEqualByComparingTo("7");
			assertThat(goals.get(2).baselineYear()).isNull();
		}
		finally {
			plans.deleteField(dueren, field, true);
		}
	}

	@Test
	void aSingleProposedMeasureIsAdoptedIntoAnyFieldAndNotAgainWithTheWholeProposal() throws Exception {
		Workshop workshop = workshops.create(kommune, new NewWorkshop("Zukunft Editstadt",
				LocalDateTime.of(2027, 3, 1, 18, 0), "Rathaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
		Card bus = workshops.postAsModerator(workshop, null, Phase.FANTASY, 0, "Bürgerbus", CardOrigin.PAPER);
		Card bank = workshops.postAsModerator(workshop, null, Phase.FANTASY, 0, "Mitfahrbank", CardOrigin.PAPER);
		long cluster = workshops.addCluster(workshop, Phase.FANTASY, "Mobilität", List.of(bus.id(), bank.id()));
		long proposedField = workshops.proposeField(workshop, cluster, null, 1);
		workshops.proposeMeasure(workshop, proposedField, bus.id(), null, "Heimatverein", "Fahrer suchen", null);
		workshops.proposeMeasure(workshop, proposedField, bank.id(), null, null, null, null);
		workshops.handOver(workshop);
		long own = plans.addField(kommune, "Unterwegs im Dorf");
		Proposal proposal = plans.proposals(kommune).get(0);
		Proposal.ProposedMeasure first = proposal.measures().stream().filter(m -> m.title().equals("Bürgerbus"))
			.findFirst().orElseThrow();
		String adopt = base + "/vorschlaege/" + proposal.id() + "/massnahmen/" + first.id() + "/uebernehmen";

		mvc.perform(post(adopt).with(user(mentor)).with(csrf()).param("fieldId", "" + own))
			.andExpect(status().isForbidden());
		mvc.perform(post(adopt).with(user(member)).with(csrf()).param("fieldId", "" + own))
			.andExpect(flash().attribute("flashSuccess", "plan.proposal.measureAdopted"));
		mvc.perform(post(adopt).with(user(member)).with(csrf()).param("fieldId", "" + own))
			.andExpect(flash().attribute("flashError", "plan.rule.adoptedTwice"));
		Measure adopted = plans.draft(kommune).measuresOf(own).get(0);
		assertThat(adopted.title()).isEqualTo("Bürgerbus");
		assertThat(adopted.origin()).isNotNull();
		assertThat(adopted.origin().cardIds()).containsExactly(bus.id());

		// a new hand-over keeps the partly adopted proposal; adopting the rest adds only the other measure
		workshops.handOver(workshop);
		assertThat(plans.proposals(kommune)).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(proposal.id()));
		mvc.perform(post(base + "/vorschlaege/" + proposal.id() + "/uebernehmen").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "plan.proposal.adopted"));
		assertThat(plans.draft(kommune).measures()).extracting(Measure::title)
			.containsExactlyInAnyOrder("Bürgerbus", "Mitfahrbank");
	}
}
