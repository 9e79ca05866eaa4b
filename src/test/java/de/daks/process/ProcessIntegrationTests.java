package de.daks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.KommuneManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class ProcessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessManagement processes;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	ProcessFixtures fixtures;

	KommuneId kommune;

	DaksPrincipal coordinator;

	DaksPrincipal member;

	@BeforeEach
	void setUp() {
		fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Prozessdorf");
		coordinator = fixtures.member(kommune, KommuneRole.KOORDINATION);
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
	}

	@Test
	void aNewKommuneHasFiveStepsNotStartedAndTheDefaultChecklist() {
		// when
		ProcessOverview overview = processes.overviewOf(kommune);
		// then
		assertThat(overview.steps()).extracting(StepOverview::step).containsExactly(Step.values());
		assertThat(overview.steps()).allMatch(s -> s.status() == StepStatus.NOT_STARTED);
		assertThat(overview.currentStep()).isEqualTo(Step.KICK_OFF);
		assertThat(overview.step(Step.KICK_OFF).checklistTotal()).isBetween(5, 8);
		assertThat(overview.steps()).allMatch(s -> s.checklistTotal() >= 5 && s.checklistTotal() <= 8);
		assertThat(processes.checklist(kommune, Step.KICK_OFF, Locale.ENGLISH).get(0).text())
			.isEqualTo("Name the coordinating person and a core team in the administration");
		assertThat(processes.checklist(kommune, Step.KICK_OFF, Locale.GERMAN).get(0).text())
			.startsWith("Koordinierende Person");
	}

	@Test
	void theDashboardShowsTheStepsTheCurrentStepAndWhatIsNext() throws Exception {
		// given
		processes.advanceTo(kommune, Step.KICK_OFF, StepStatus.DONE, ProcessActor.system());
		// when / then
		String html = mvc.perform(get("/kommunen/" + kommune).with(user(member)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Kick-Off", "Kommunalprofil", "Zwischenbilanz", "aria-current=\"step\"",
				"Gliederung und Themenfelder des Profils festlegen", "/kommunen/" + kommune + "/team",
				"/kommunen/" + kommune + "/gebiet", "Synthetische Beispieldaten", "Abgeschlossen");
	}

	@Test
	void theStepPageShowsGuidanceChecklistAndToolsWithoutJavaScript() throws Exception {
		// when
		String kickOff = mvc.perform(get("/kommunen/" + kommune + "/schritte/kick-off").with(user(member)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String profile = mvc.perform(get("/kommunen/" + kommune + "/schritte/kommunalprofil").with(user(member)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(kickOff).contains("<h3>Wozu dieser Schritt dient</h3>", "Akteursliste",
				"/kommunen/" + kommune + "/kick-off/protokoll", "Abhaken");
		assertThat(profile).contains("Expertengespräche", "/kommunen/" + kommune + "/profil/bearbeiten")
			.doesNotContain("Werkzeuge für diesen Schritt folgen");
		mvc.perform(get("/kommunen/" + kommune + "/schritte/unbekannt").with(user(member)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theEnglishPageShowsTheEnglishGuidance() throws Exception {
		// when / then
		String html = mvc.perform(get("/kommunen/" + kommune + "/schritte/zukunftswerkstatt").param("lang", "en")
			.with(user(member))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("What this step is for", "Future workshop", "Sharpen the guiding question");
	}

	@Test
	void aMemberStartsAStepButOnlyTheCoordinatorCompletesIt() throws Exception {
		// when: the member starts the step
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/status").param("status", "IN_PROGRESS")
			.with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// and tries to complete it
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/status").param("status", "DONE")
			.with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		// then
		assertThat(processes.overviewOf(kommune).step(Step.KICK_OFF).status()).isEqualTo(StepStatus.IN_PROGRESS);
		// when: the coordinator completes it
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/status").param("status", "DONE")
			.with(user(coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/kommunen/" + kommune + "/schritte/kick-off"));
		// then
		StepOverview kickOff = processes.overviewOf(kommune).step(Step.KICK_OFF);
		assertThat(kickOff.status()).isEqualTo(StepStatus.DONE);
		assertThat(kickOff.statusChangedBy()).isEqualTo(coordinator.displayName());
		assertThat(kickOff.statusChangedAt()).isNotNull();
		assertThat(processes.overviewOf(kommune).currentStep()).isEqualTo(Step.KOMMUNALPROFIL);
		assertThat(processes.recentHistory(kommune, 10)).extracting(HistoryEntry::kind)
			.contains(HistoryEntry.Kind.STATUS_CHANGED);
		assertThat(audit.latest(kommune, 50)).extracting(AuditLog.AuditEvent::action).contains("process.step.status");
	}

	@Test
	void anInvalidTransitionIsRefusedWithAMessageAndNothingChanges() throws Exception {
		// when
		var flash = mvc.perform(post("/kommunen/" + kommune + "/schritte/werkstattplan/status").param("status", "DONE")
			.with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		// then
		assertThat(flash.get("flashError")).isEqualTo("process.status.error.transition");
		assertThat(processes.overviewOf(kommune).step(Step.WERKSTATTPLAN).status())
			.isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void tickingAndUntickingRecordsWhoAndWhenAndHtmxGetsTheItemOnly() throws Exception {
		// given
		ChecklistItem item = processes.checklist(kommune, Step.KICK_OFF, Locale.GERMAN).get(2);
		String path = "/kommunen/" + kommune + "/schritte/kick-off/checkliste/" + item.id();
		// when
		mvc.perform(post(path).param("done", "true").with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		ChecklistItem ticked = processes.checklistItem(kommune, item.id(), Locale.GERMAN);
		assertThat(ticked.done()).isTrue();
		assertThat(ticked.doneBy()).isEqualTo(member.displayName());
		assertThat(ticked.doneAt()).isNotNull();
		assertThat(processes.overviewOf(kommune).step(Step.KICK_OFF).checklistDone()).isEqualTo(1);
		// when: htmx unticks
		String fragment = mvc.perform(post(path).param("done", "false").header("HX-Request", "true")
			.with(user(member)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(fragment.strip()).startsWith("<li").doesNotContain("<html").contains(item.text(), "Abhaken");
		assertThat(processes.checklistItem(kommune, item.id(), Locale.GERMAN).done()).isFalse();
		assertThat(processes.recentHistory(kommune, 10)).extracting(HistoryEntry::kind)
			.contains(HistoryEntry.Kind.ITEM_TICKED, HistoryEntry.Kind.ITEM_UNTICKED);
	}

	@Test
	void aMentorMayCommentButNotTick() throws Exception {
		// given
		DaksPrincipal mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		ChecklistItem item = processes.checklist(kommune, Step.KICK_OFF, Locale.GERMAN).get(0);
		// when / then
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/checkliste/" + item.id()).param("done", "true")
			.with(user(mentor)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/notizen")
			.param("text", "Gute Akteursliste! <script>alert('x')</script>").with(user(mentor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String html = mvc.perform(get("/kommunen/" + kommune + "/schritte/kick-off").with(user(mentor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Gute Akteursliste! &lt;script&gt;").doesNotContain("<script>alert")
			.contains(mentor.displayName()).doesNotContain("Abhaken");
	}

	@Test
	void anEmptyNoteGetsAFieldErrorAndTheTeamCanAddItsOwnChecklistItem() throws Exception {
		// when
		String html = mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/notizen").param("text", "  ")
			.with(user(member)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/checkliste")
			.param("text", "Pressemitteilung zum Kick-Off abstimmen").with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		assertThat(html).contains("note-text-error", "aria-invalid=\"true\"");
		List<ChecklistItem> checklist = processes.checklist(kommune, Step.KICK_OFF, Locale.GERMAN);
		assertThat(checklist.get(checklist.size() - 1).text()).isEqualTo("Pressemitteilung zum Kick-Off abstimmen");
		assertThat(checklist.get(checklist.size() - 1).productDefault()).isFalse();
	}

	@Test
	void subResourcesOfAnotherKommuneAreNotFound() throws Exception {
		// given
		KommuneId other = fixtures.kommune("Nachbarort");
		ChecklistItem foreign = processes.checklist(other, Step.KICK_OFF, Locale.GERMAN).get(0);
		// when / then
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kick-off/checkliste/" + foreign.id())
			.param("done", "true").with(user(member)).with(csrf())).andExpect(status().isNotFound());
		assertThat(processes.checklistItem(other, foreign.id(), Locale.GERMAN).done()).isFalse();
		mvc.perform(post("/kommunen/" + kommune + "/schritte/kommunalprofil/checkliste/"
				+ processes.checklist(kommune, Step.KICK_OFF, Locale.GERMAN).get(0).id())
			.param("done", "true").with(user(member)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/kommunen/" + KommuneId.random()).with(user(fixtures.user(null, null,
				de.daks.identity.GlobalRole.GESCHAEFTSSTELLE, null)))).andExpect(status().isNotFound());
	}

	@Test
	void theOverviewOfManyKommunenNeedsFewQueriesAndKeepsTheOrder() {
		// given
		List<KommuneId> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ids.add(fixtures.kommune("Vielort"));
		}
		processes.advanceTo(ids.get(3), Step.KICK_OFF, StepStatus.DONE, ProcessActor.system());
		processes.tickFirst(ids.get(3), Step.KOMMUNALPROFIL, 2, ProcessActor.system());
		KommuneId unknown = KommuneId.random();
		ids.add(unknown);
		// when
		long start = System.nanoTime();
		List<ProcessOverview> overviews = processes.overviewOf(ids);
		long millis = (System.nanoTime() - start) / 1_000_000;
		// then
		assertThat(overviews).extracting(ProcessOverview::kommune).containsExactlyElementsOf(ids);
		assertThat(overviews.get(3).currentStep()).isEqualTo(Step.KOMMUNALPROFIL);
		assertThat(overviews.get(3).step(Step.KOMMUNALPROFIL).checklistDone()).isEqualTo(2);
		assertThat(overviews.get(30).steps()).allMatch(s -> s.status() == StepStatus.NOT_STARTED);
		assertThat(millis).as("overview of 31 Kommunen in ms").isLessThan(2_000);
	}

	@Test
	void theProcessIsCreatedWithTheKommuneInItsTransaction() {
		// given
		KommuneId fresh = fixtures.kommune("Neudorf");
		// when
		Integer steps = jdbc.sql("select count(*) from process_step where kommune_id = :id").param("id", fresh.value())
			.query(Integer.class).single();
		// then
		assertThat(steps).isEqualTo(5);
		assertThat(audit.latest(fresh, 10)).extracting(AuditLog.AuditEvent::action).contains("process.created");
	}

	@Test
	void theStartPageGreetsVisitorsAndListsMyKommunenForMembers() throws Exception {
		// when
		String anonymous = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String signedIn = mvc.perform(get("/").with(user(coordinator))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		String office = mvc.perform(get("/").with(user(fixtures.user(null, null,
				de.daks.identity.GlobalRole.GESCHAEFTSSTELLE, null)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		// then
		assertThat(anonymous).contains("Was DAKS ist", "Die fünf Schritte", "href=\"/login\"")
			.doesNotContain("Meine Kommunen");
		assertThat(signedIn).contains("Meine Kommunen", kommunen.get(kommune).name(), "Koordination",
				"Synthetische Beispieldaten", "badge badge-synthetic", "Schritt 1: Kick-Off")
			.doesNotContain("Zur Programmübersicht");
		assertThat(office).contains("Zur Programmübersicht", "href=\"/programme\"");
	}

	@Test
	void theStartPageIsEnglishOnRequest() throws Exception {
		// when / then
		mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("What DAKS is")));
	}
}
