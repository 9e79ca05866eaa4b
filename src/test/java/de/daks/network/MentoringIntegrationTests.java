package de.daks.network;

import static de.daks.network.NetworkTestData.person;
import static de.daks.network.NetworkTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.Permission;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.plan.Plans;
import de.daks.process.ProcessActor;
import de.daks.process.ProcessManagement;
import de.daks.process.Step;
import de.daks.process.StepStatus;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class MentoringIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Mentoring mentoring;

	@Autowired
	ProcessManagement processes;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Authorization authorization;

	@Autowired
	Plans plans;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	@Test
	void anExperiencedSimilarKommuneIsProposedConfirmedAndThenReadsAndTalksWithTheNewOne() throws Exception {
		// given: an experienced Gemeinde in Bayern at its Werkstattplan, and a new one of similar size
		String suffix = unique();
		KommuneId mentor = kommunen.create(new NewKommune("Erfahrenhausen " + suffix, KommuneKind.GEMEINDE,
				List.of(), "09", 9_000L, "2023-12-31", new BigDecimal("40.00"), false));
		KommuneId mentee = kommunen.create(new NewKommune("Neustadt " + suffix, KommuneKind.GEMEINDE, List.of(),
				"09", 6_500L, "2023-12-31", new BigDecimal("30.00"), false));
		DaksPrincipal mentorCoordinator = person(users, "Marta Mentorin");
		users.addMembership(mentorCoordinator.id(), mentor, KommuneRole.KOORDINATION);
		DaksPrincipal menteeCoordinator = person(users, "Nils Neu");
		users.addMembership(menteeCoordinator.id(), mentee, KommuneRole.KOORDINATION);
		ProcessActor actor = ProcessActor.user(mentorCoordinator.id(), "Marta Mentorin");
		processes.ensureProcess(mentor);
		processes.ensureProcess(mentee);
		for (Step step : List.of(Step.KICK_OFF, Step.KOMMUNALPROFIL, Step.ZUKUNFTSWERKSTATT)) {
			processes.advanceTo(mentor, step, StepStatus.DONE, actor);
		}
		processes.advanceTo(mentor, Step.WERKSTATTPLAN, StepStatus.IN_PROGRESS, actor);
		// and: both plans (read through the plan module's API) speak of housing; the mentor's also of care
		plans.addField(mentor, "Wohnen im Alter");
		plans.addField(mentor, "Pflege vor Ort");
		plans.addField(mentee, "Wohnraum für junge Familien");

		// when
		List<Mentoring.Candidate> candidates = mentoring.candidates(kommunen.get(mentee), kommunen.findAll());
		// then: proposed with its reasons; the new Kommune is not a candidate
		Mentoring.Candidate best = candidates.stream().filter(c -> c.mentor().id().equals(mentor)).findFirst()
			.orElseThrow();
		assertThat(best.score()).isGreaterThanOrEqualTo(3 + 2 + 1);
		assertThat(best.reasons()).extracting(ConsultantMatch.Reason::key).contains("network.mentoring.reason.kind",
				"network.mentoring.reason.size", "network.mentoring.reason.land", "network.mentoring.reason.themes");
		assertThat(candidates).noneMatch(c -> c.mentor().id().equals(mentee));
		mvc.perform(get("/mentoring").with(user(office))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Für Neustadt " + suffix)))
			.andExpect(content().string(Matchers.containsString("gleiche Art: Gemeinde")))
			.andExpect(content().string(Matchers.containsString("gemeinsame Themen im Werkstattplan: Wohnen")));

		// when: the office confirms
		var asMentor = new UsernamePasswordAuthenticationToken(mentorCoordinator, null,
				mentorCoordinator.getAuthorities());
		assertThat(authorization.isAllowed(asMentor, Permission.KOMMUNE_VIEW, mentee)).isFalse();
		mvc.perform(post("/mentoring/paare").with(csrf()).with(user(office)).param("mentor", mentor.toString())
			.param("mentee", mentee.toString())).andExpect(status().is3xxRedirection());
		// then: the mentor reads and comments, but does not edit
		assertThat(authorization.isAllowed(asMentor, Permission.KOMMUNE_VIEW, mentee)).isTrue();
		assertThat(authorization.isAllowed(asMentor, Permission.KOMMUNE_COMMENT, mentee)).isTrue();
		assertThat(authorization.isAllowed(asMentor, Permission.KOMMUNE_EDIT, mentee)).isFalse();
		mvc.perform(post("/kommunen/" + mentee + "/mentoring").with(csrf()).with(user(menteeCoordinator))
			.param("kind", "QUESTION").param("text", "Wie habt ihr die Jugend erreicht?"));
		mvc.perform(post("/kommunen/" + mentee + "/mentoring").with(csrf()).with(user(mentorCoordinator))
			.param("kind", "NOTE").param("text", "Treffen am 3. März: Schulbesuche <empfohlen>."));
		mvc.perform(get("/kommunen/" + mentee + "/mentoring").with(user(menteeCoordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Wie habt ihr die Jugend erreicht?")))
			.andExpect(content().string(Matchers.containsString("Schulbesuche &lt;empfohlen&gt;.")))
			.andExpect(content().string(Matchers.containsString("Notiz eines Treffens")));
		assertThat(mentoring.thread(mentoring.pairOf(mentee).orElseThrow().id())).hasSize(2);
	}
}
