package de.daks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.DaksIntegrationTest;
import de.daks.TestMail;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.plan.web.PlanReminders;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A measure's responsible user of the team: "my tasks" and the e-mail reminders, each sent once. */
@DaksIntegrationTest
class PlanReminderTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	PlanReminders reminders;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	JdbcClient jdbc;

	KommuneId kommune;

	DaksPrincipal coordinator;

	DaksPrincipal member;

	DaksPrincipal stranger;

	String base;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Erinnerstadt");
		coordinator = fixtures.member(kommune, KommuneRole.KOORDINATION);
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		stranger = fixtures.member(fixtures.kommune("Anderswo"), KommuneRole.MITGLIED);
		base = "/kommunen/" + kommune + "/werkstattplan";
	}

	@Test
	void aResponsibleUserOfTheTeamFindsTheMeasureUnderMyTasks() throws Exception {
		long field = plans.addField(kommune, "Begegnung");
		// a user of another Kommune cannot be responsible
		mvc.perform(post(base + "/massnahmen").with(user(coordinator)).with(csrf()).param("fieldId", "" + field)
			.param("title", "Fremd").param("responsibleUserId", stranger.id().value().toString()))
			.andExpect(flash().attribute("flashError", "plan.rule.responsibleNotMember"));
		assertThat(plans.draft(kommune).measures()).isEmpty();

		mvc.perform(post(base + "/massnahmen").with(user(coordinator)).with(csrf()).param("fieldId", "" + field)
			.param("title", "Generationencafé").param("responsibleUserId", member.id().value().toString()))
			.andExpect(status().is3xxRedirection());
		Measure cafe = plans.draft(kommune).measures().get(0);
		assertThat(cafe.responsibleUserId()).isEqualTo(member.id().value());
		assertThat(cafe.responsiblePerson()).isEqualTo(member.displayName());
		// an older row with only a name is found by the name
		plans.addMeasure(kommune, Measure.idea(field, "Lesepaten", member.displayName(), null, null));
		plans.addMeasure(kommune, Measure.idea(field, "Fremdes Projekt", "Jemand anderes", null, null));

		String mine = mvc.perform(get(base + "/meine-aufgaben").with(user(member))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("Generationencafé", "Lesepaten").doesNotContain("Fremdes Projekt");
		assertThat(mvc.perform(get(base + "/meine-aufgaben").with(user(coordinator))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Generationencafé");
		assertThat(mvc.perform(get(base + "/massnahmen/" + cafe.id()).with(user(coordinator))).andReturn()
			.getResponse().getContentAsString()).contains("im Team: " + member.displayName());
	}

	@Test
	void overdueMilestonesAndQuietMeasuresAreMailedOnceToTheResponsibleUser() throws Exception {
		long field = plans.addField(kommune, "Mobilität");
		long bus = plans.addMeasure(kommune, new Measure(0, field, "Bürgerbus", null, null, null, null,
				java.util.Set.of(), null, null, null, null, MeasureStatus.PLANNED, null, 0, null, member.id().value()));
		plans.addMilestone(kommune, bus, "Fahrer gefunden", plans.today().minusDays(3));
		plans.addMilestone(kommune, bus, "Bus bestellt", plans.today().plusDays(30));
		long quiet = plans.addMeasure(kommune, new Measure(0, field, "Mitfahrbank", null, null, null, null,
				java.util.Set.of(), null, null, null, null, MeasureStatus.PLANNED, null, 0, null, member.id().value()));
		plans.reportProgress(kommune, quiet, 10, "Standorte gesucht", "Test");
		Instant longAgo = Instant.now().minus(100, ChronoUnit.DAYS);
		jdbc.sql("update plan_measure set updated_at = :t where id = :m").param("t", Timestamp.from(longAgo))
			.param("m", quiet).update();
		jdbc.sql("update plan_update set at = :t where measure_id = :m").param("t", Timestamp.from(longAgo))
			.param("m", quiet).update();

		// when: the job runs twice (as two nodes would)
		reminders.send();
		reminders.send();

		// then: one mail per reminder
		List<MimeMessage> mails = TestMail.mailsTo(greenMail, member.email());
		assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
				"Meilenstein überfällig: Fahrer gefunden", "Bitte den Stand melden: Mitfahrbank");
		String body = mails.stream().filter(m -> subject(m).startsWith("Meilenstein")).findFirst().map(PlanReminderTests::body)
			.orElseThrow();
		assertThat(body).contains("Bürgerbus", "/kommunen/" + kommune + "/werkstattplan/massnahmen/" + bus);

		// a new update starts a new quiet period; switched off, nothing goes out
		mvc.perform(post(base + "/erinnerungen").with(user(member)).with(csrf()).param("days", "30"))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/erinnerungen").with(user(coordinator)).with(csrf()).param("days", "3"))
			.andExpect(flash().attribute("flashError", "plan.rule.staleDays"));
		mvc.perform(post(base + "/erinnerungen").with(user(coordinator)).with(csrf()).param("days", "30"))
			.andExpect(flash().attribute("flashSuccess", "plan.reminders.saved"));
		assertThat(plans.reminderSettings(kommune)).isEqualTo(new ReminderSettings(false, 30));
		plans.addMilestone(kommune, bus, "Haltestellen", plans.today().minusDays(1));
		assertThat(reminders.send()).isZero();
		mvc.perform(post(base + "/erinnerungen").with(user(coordinator)).with(csrf()).param("enabled", "true")
			.param("days", "30")).andExpect(flash().attribute("flashSuccess", "plan.reminders.saved"));
		assertThat(reminders.send()).isEqualTo(1);
		assertThat(TestMail.mailsTo(greenMail, member.email())).hasSize(3);
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage m) {
		try {
			return m.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
