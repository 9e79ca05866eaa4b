package de.daks.process;

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
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class KickOffIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KickOffManagement kickOff;

	@Autowired
	ProcessManagement processes;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	KommuneId kommune;

	DaksPrincipal member;

	String base;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Auftaktstadt");
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		base = "/kommunen/" + kommune + "/kick-off";
	}

	@Test
	void aStakeholderIsAddedChangedAndDeleted() throws Exception {
		// when
		mvc.perform(post(base + "/akteure").param("organisation", "Seniorenbeirat").param("person", "Frau Albers")
			.param("role", "Vorsitzende").param("email", "albers@example.org").param("phone", "+49 521 9227")
			.param("category", "ZIVILGESELLSCHAFT").param("invited", "true").with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		Stakeholder added = kickOff.stakeholders(kommune).get(0);
		assertThat(added.details()).isEqualTo(new StakeholderDetails("Seniorenbeirat", "Frau Albers", "Vorsitzende",
				"albers@example.org", "+49 521 9227", StakeholderCategory.ZIVILGESELLSCHAFT, true, false));
		// when
		mvc.perform(get(base + "/akteure/" + added.id()).with(user(member))).andExpect(status().isOk());
		mvc.perform(post(base + "/akteure/" + added.id()).param("organisation", "Seniorenbeirat der Stadt")
			.param("category", "ZIVILGESELLSCHAFT").param("invited", "true").param("attended", "true")
			.with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		assertThat(kickOff.stakeholder(kommune, added.id()).details().attended()).isTrue();
		assertThat(kickOff.stakeholder(kommune, added.id()).details().person()).isNull();
		// when
		mvc.perform(post(base + "/akteure/" + added.id() + "/loeschen").with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		assertThat(kickOff.stakeholders(kommune)).isEmpty();
		assertThat(processes.recentHistory(kommune, 10)).extracting(HistoryEntry::kind).contains(
				HistoryEntry.Kind.STAKEHOLDER_ADDED, HistoryEntry.Kind.STAKEHOLDER_CHANGED,
				HistoryEntry.Kind.STAKEHOLDER_DELETED);
	}

	@Test
	void theStakeholderFormShowsFieldErrorsAndStoresNothing() throws Exception {
		// when
		String html = mvc.perform(post(base + "/akteure").param("organisation", " ").param("email", "keine-adresse")
			.param("phone", "ruf mich an").with(user(member)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).contains("Bitte geben Sie die Organisation an.", "Bitte geben Sie eine gültige E-Mail-Adresse an",
				"Bitte nur Ziffern", "Bitte wählen Sie einen Bereich.", "id=\"organisation-error\"",
				"aria-describedby=\"organisation-error\"", "value=\"keine-adresse\"");
		assertThat(html.split("id=\"organisation\"", -1)).as("one organisation field").hasSize(2);
		assertThat(kickOff.stakeholders(kommune)).isEmpty();
	}

	@Test
	void aStakeholderOfAnotherKommuneIsNotFound() throws Exception {
		// given
		KommuneId other = new ProcessFixtures(users, kommunen).kommune("Andersdorf");
		StakeholderId foreign = kickOff.addStakeholder(other, new StakeholderDetails("Sportverein", null, null, null,
				null, StakeholderCategory.VERBAENDE_VEREINE, false, false), ProcessActor.system());
		// when / then
		mvc.perform(get(base + "/akteure/" + foreign).with(user(member))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/akteure/" + foreign + "/loeschen").with(user(member)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(kickOff.stakeholders(other)).hasSize(1);
	}

	@Test
	void theCsvExportHasHeadersCategoriesAndDefusedFormulas() throws Exception {
		// given
		kickOff.addStakeholder(kommune, new StakeholderDetails("Wohnungsbau GmbH", "Herr Özdemir", "Geschäftsführer",
				"info@wohnen.example", "0521 1234", StakeholderCategory.WIRTSCHAFT, true, true), ProcessActor.system());
		kickOff.addStakeholder(kommune, new StakeholderDetails("=HYPERLINK(\"x\")", null, null, null, null,
				StakeholderCategory.SONSTIGE, false, false), ProcessActor.system());
		// when
		var response = mvc.perform(get(base + "/akteure.csv").with(user(member)))
			.andExpect(status().isOk()).andReturn().getResponse();
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		// then
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", "akteure.csv");
		assertThat(csv).startsWith("\uFEFFOrganisation;Ansprechperson;Funktion;E-Mail;Telefon;Bereich;Eingeladen;"
				+ "Teilgenommen\r\n");
		assertThat(csv).contains("Wohnungsbau GmbH;Herr Özdemir;Geschäftsführer;info@wohnen.example;0521 1234;"
				+ "Wirtschaft;Ja;Ja\r\n");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";;;;;Sonstige;Nein;Nein");
	}

	@Test
	void agendaMinutesAndNextStepsAreKeptWithValidation() throws Exception {
		// when
		mvc.perform(post(base + "/protokoll/tagesordnung").param("time", "18:00").param("topic", "Begrüßung")
			.param("responsible", "Bürgermeisterin").with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/protokoll/tagesordnung").param("time", "18:15").param("topic", "Demografie vor Ort")
			.with(user(member)).with(csrf())).andExpect(status().is3xxRedirection());
		String invalidTime = mvc.perform(post(base + "/protokoll/tagesordnung").param("time", "abends")
			.param("topic", "").with(user(member)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		AgendaItemId second = kickOff.agenda(kommune).get(1).id();
		mvc.perform(post(base + "/protokoll/tagesordnung/" + second + "/verschieben").param("direction", "up")
			.with(user(member)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/protokoll/niederschrift").param("date", "2021-11-18").param("place", "Rathaus")
			.param("participants", "42").param("text", "Vorstellung des Projekts").param("decisions", "Profil bis März")
			.with(user(member)).with(csrf())).andExpect(status().is3xxRedirection());
		String invalidMinutes = mvc.perform(post(base + "/protokoll/niederschrift").param("participants", "viele")
			.with(user(member)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		mvc.perform(post(base + "/protokoll/naechste-schritte").param("what", "Daten beim Landesamt anfragen")
			.param("who", "Sozialplanung").param("due", "2021-12-15").with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		NextStepId next = kickOff.nextSteps(kommune).get(0).id();
		mvc.perform(post(base + "/protokoll/naechste-schritte/" + next).param("done", "true").with(user(member))
			.with(csrf())).andExpect(status().is3xxRedirection());
		// then
		assertThat(invalidTime).contains("Bitte geben Sie die Uhrzeit als HH:MM an", "Bitte geben Sie das Thema an.");
		assertThat(invalidMinutes).contains("Bitte geben Sie eine ganze Zahl an.");
		assertThat(kickOff.agenda(kommune)).extracting(AgendaItem::topic)
			.containsExactly("Demografie vor Ort", "Begrüßung");
		assertThat(kickOff.agenda(kommune).get(1).time()).isEqualTo(LocalTime.of(18, 0));
		Minutes minutes = kickOff.minutes(kommune).orElseThrow();
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2021, 11, 18));
		assertThat(minutes.participants()).isEqualTo(42);
		assertThat(minutes.updatedBy()).isEqualTo(member.displayName());
		assertThat(kickOff.nextSteps(kommune)).singleElement()
			.satisfies(n -> assertThat(n.done()).isTrue())
			.satisfies(n -> assertThat(n.due()).isEqualTo(LocalDate.of(2021, 12, 15)));
		String page = mvc.perform(get(base + "/protokoll").with(user(member))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Demografie vor Ort", "18:00", "Rathaus", "15.12.2021", "Daten beim Landesamt");
	}

	@Test
	void aMentorReadsTheKickOffToolsButCannotChangeThem() throws Exception {
		// given
		DaksPrincipal mentor = new ProcessFixtures(users, kommunen).member(kommune, KommuneRole.MENTOR);
		kickOff.saveMinutes(kommune, Minutes.of(LocalDate.of(2022, 11, 15), "Kreishaus", 80, "Zukunftskonferenz", null),
				ProcessActor.system());
		// when / then
		String page = mvc.perform(get(base + "/protokoll").with(user(mentor))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Kreishaus", "15.11.2022").doesNotContain("Protokoll speichern");
		mvc.perform(post(base + "/akteure").param("organisation", "X").param("category", "POLITIK")
			.with(user(mentor)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownStakeholderCategoryIsAFieldErrorInPlainWords() throws Exception {
		// when
		String html = mvc.perform(post(base + "/akteure").param("organisation", "Seniorenbeirat")
			.param("category", "XYZ").with(user(member)).with(csrf()).locale(java.util.Locale.GERMAN))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrors("stakeholderForm", "category"))
			.andReturn().getResponse().getContentAsString();
		// then: no conversion exception text for the user, and nothing stored
		assertThat(html).doesNotContain("Failed to convert").contains("Bitte wählen Sie einen Bereich aus der Liste");
		assertThat(kickOff.stakeholders(kommune)).isEmpty();
	}

	@Test
	void nextStepsAddedAfterADeletionStayInTheOrderTheyWereAdded() throws Exception {
		// given: the first of two next steps is deleted
		ProcessActor actor = ProcessActor.system();
		NextStepId first = kickOff.addNextStep(kommune, "Erster", null, null, false, actor);
		kickOff.addNextStep(kommune, "Zweiter", null, null, false, actor);
		mvc.perform(post(base + "/protokoll/naechste-schritte/" + first + "/loeschen").with(user(member))
			.with(csrf())).andExpect(status().is3xxRedirection());
		// when
		for (int i = 3; i <= 12; i++) {
			kickOff.addNextStep(kommune, "Schritt " + i, null, null, false, actor);
		}
		// then
		assertThat(kickOff.nextSteps(kommune)).extracting(NextStep::what).startsWith("Zweiter", "Schritt 3")
			.endsWith("Schritt 12").hasSize(11);
	}
}
