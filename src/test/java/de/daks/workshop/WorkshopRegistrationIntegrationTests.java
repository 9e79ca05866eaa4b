package de.daks.workshop;

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
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Registration by public link with capacity and waiting list, cancelling, deleting the personal data. */
@DaksIntegrationTest
class WorkshopRegistrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Workshops workshops;

	@Autowired
	Registrations registrations;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Test
	void placesThenWaitingListAndACancellationMovesTheFirstWaitingUp() throws Exception {
		// given
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		KommuneId kommune = fixtures.kommune("Anmeldestadt");
		DaksPrincipal moderator = fixtures.member(kommune, KommuneRole.KOORDINATION);
		Workshop workshop = workshops.create(kommune, new NewWorkshop("Jugendwerkstatt " + ProcessFixtures.random(),
				LocalDateTime.of(2027, 2, 1, 17, 0), "Jugendzentrum", false, WorkshopFormat.CLASSIC, null, null,
				Map.of()));
		String base = "/kommunen/" + kommune + "/zukunftswerkstatt/" + workshop.id();
		mvc.perform(post(base + "/anmeldungen").with(user(moderator)).with(csrf()).param("capacity", "2"))
			.andExpect(status().is3xxRedirection());
		// when
		String first = register(workshop, "Ada", "ada@example.org");
		register(workshop, "Bo", "bo@example.org");
		String third = mvc.perform(post("/w/" + workshop.code() + "/anmeldung").with(csrf()).param("name", "Cleo")
			.param("email", "cleo@example.org")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		// then
		assertThat(third).contains("Warteliste");
		assertThat(registrations.list(workshop)).extracting(Registration::name, Registration::status).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Ada", Registration.Status.REGISTERED),
				org.assertj.core.groups.Tuple.tuple("Bo", Registration.Status.REGISTERED),
				org.assertj.core.groups.Tuple.tuple("Cleo", Registration.Status.WAITING));
		// the same address twice, and bad input, are refused with the field named and nothing stored
		assertThat(mvc.perform(post("/w/" + workshop.code() + "/anmeldung").with(csrf()).param("name", "Ada 2")
			.param("email", "ADA@example.org")).andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
			.getContentAsString()).contains("bereits jemand angemeldet");
		assertThat(mvc.perform(post("/w/" + workshop.code() + "/anmeldung").with(csrf()).param("name", " ")
			.param("email", "keine-adresse")).andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
			.getContentAsString()).contains("Bitte geben Sie Ihren Namen an.", "gültige E-Mail-Adresse");
		assertThat(registrations.list(workshop)).hasSize(3);
		// cancelling by the personal link gives the place to Cleo
		mvc.perform(post(first).with(csrf())).andExpect(status().isOk());
		assertThat(registrations.list(workshop)).extracting(Registration::name, Registration::status).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Bo", Registration.Status.REGISTERED),
				org.assertj.core.groups.Tuple.tuple("Cleo", Registration.Status.REGISTERED));
		// the team sees the list; guests never do; the moderation deletes it after the event
		assertThat(mvc.perform(get(base).with(user(moderator))).andReturn().getResponse().getContentAsString())
			.contains("cleo@example.org");
		mvc.perform(post(base + "/anmeldungen/loeschen").with(user(moderator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(registrations.list(workshop)).isEmpty();
	}

	@Test
	void theModerationDrawsAStratifiedSampleAndBadListsAreExplainedByLine() throws Exception {
		// given
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		KommuneId kommune = fixtures.kommune("Losstadt");
		DaksPrincipal moderator = fixtures.member(kommune, KommuneRole.BERATUNG);
		DaksPrincipal mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		Workshop workshop = workshops.create(kommune, new NewWorkshop("Bürgerrat " + ProcessFixtures.random(),
				LocalDateTime.of(2027, 4, 1, 18, 0), "Rathaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
		String path = "/kommunen/" + kommune + "/zukunftswerkstatt/" + workshop.id() + "/zufallsbuerger";
		StringBuilder csv = new StringBuilder("Name;Alter;Geschlecht;Quartier\n");
		for (int i = 0; i < 200; i++) {
			csv.append("Einwohner ").append(i).append(';').append(18 + i % 70).append(';').append(i % 2 == 0 ? "w" : "m")
				.append(';').append(i < 150 ? "Altstadt" : "Neubau").append('\n');
		}
		// when
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "liste.csv", "text/csv",
					csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("size", "20").with(user(moderator)).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		// then
		assertThat(page).contains("Stichprobe (20 Personen)");
		assertThat(Pattern.compile("<td>Einwohner \\d+</td>").matcher(page).results().count()).isEqualTo(20);
		String bad = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "liste.csv", "text/csv",
					"Name;Alter;Geschlecht;Quartier\nAda;zwölf;w;Mitte\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("size", "1").with(user(moderator)).with(csrf())).andExpect(status().isUnprocessableEntity())
			.andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("Zeile 2:", "Das Alter „zwölf“ ist keine ganze Zahl");
		// personal data: the mentor (reading only) may not draw
		mvc.perform(get(path).with(user(mentor))).andExpect(status().isForbidden());
	}

	private String register(Workshop workshop, String name, String email) throws Exception {
		String page = mvc.perform(post("/w/" + workshop.code() + "/anmeldung").with(csrf()).param("name", name)
			.param("email", email)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Sie sind angemeldet");
		Matcher link = Pattern.compile("href=\"(/w/[a-z0-9]+/abmelden/[A-Za-z0-9_-]+)\"").matcher(page);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}
}
