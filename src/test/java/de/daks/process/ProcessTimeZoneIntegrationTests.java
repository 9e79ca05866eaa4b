package de.daks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Times on the process pages are German local time, whatever the time zone of the server. */
@DaksIntegrationTest
class ProcessTimeZoneIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessManagement processes;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Test
	void notesAndHistoryShowGermanLocalTime() throws Exception {
		// given
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		KommuneId kommune = fixtures.kommune("Zeitzonenstadt");
		DaksPrincipal member = fixtures.member(kommune, KommuneRole.MITGLIED);
		processes.addNote(kommune, Step.KICK_OFF, "Termin abgestimmt", ProcessActor.system());
		Instant created = processes.stepOf(kommune, Step.KICK_OFF, Locale.GERMAN).notes().get(0).createdAt();
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");
		String berlin = format.format(created.atZone(BERLIN));
		String utc = format.format(created.atZone(ZoneId.of("UTC")));
		// when
		String step = mvc.perform(get("/kommunen/" + kommune + "/schritte/kick-off").with(user(member))
			.locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String dashboard = mvc.perform(get("/kommunen/" + kommune).with(user(member)).locale(Locale.GERMAN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(berlin).isNotEqualTo(utc);
		assertThat(step).contains(berlin).doesNotContain(utc);
		assertThat(dashboard).contains(berlin).doesNotContain(utc);
	}
}
