package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.DaksIntegrationTest;
import de.daks.TestMail;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Zufallsbürger: the sample against the population, stored for the invitations, the letter list, deletion. */
@DaksIntegrationTest
class WorkshopSampleIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Workshops workshops;

	@Autowired
	WorkshopSamples samples;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	DaksPrincipal office;

	DaksPrincipal mentor;

	Workshop workshop;

	String path;

	String suffix;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		// the demo Kommune Bremerhaven has a (synthetic) population by age and sex for 2023
		Kommune bremerhaven = kommunen.findAll().stream().filter(k -> k.name().equals("Stadt Bremerhaven"))
			.findFirst().orElseThrow();
		office = fixtures.user(null, null, GlobalRole.GESCHAEFTSSTELLE, null);
		mentor = fixtures.member(bremerhaven.id(), KommuneRole.MENTOR);
		workshop = workshops.create(bremerhaven.id(), new NewWorkshop("Stichprobenwerkstatt " + ProcessFixtures.random(),
				LocalDateTime.of(2027, 6, 1, 18, 0), "Rathaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
		path = "/kommunen/" + bremerhaven.id() + "/zukunftswerkstatt/" + workshop.id() + "/zufallsbuerger";
		suffix = ProcessFixtures.random();
	}

	@Test
	void theSampleIsComparedWithThePopulationByAgeGroupAndSex() throws Exception {
		// when
		String page = mvc.perform(multipart(path).file(list(20)).param("size", "10").with(user(office)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(page).contains("Stichprobe vs. Bevölkerung", "31.12.2023", "Alter 15–29", "Frauen", "Männer",
				"Differenz (Prozentpunkte)", "Abweichung der Stichprobe von der Bevölkerung 2023", "role=\"img\"");
		assertThat(samples.list(workshop)).isEmpty();
	}

	@Test
	void aStoredSampleIsInvitedByMailOnceAndTheRestGetsALetterListThenItIsDeleted() throws Exception {
		// when
		mvc.perform(multipart(path).file(list(20)).param("size", "20").param("store", "true").with(user(office))
			.with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "workshop.sample.stored"));
		// then
		List<SampledPerson> stored = samples.list(workshop);
		assertThat(stored).hasSize(20);
		assertThat(stored.get(0).deleteAfter())
			.isEqualTo(workshop.startsAt().plusDays(14).atZone(ZoneId.of("Europe/Berlin")).toInstant());
		String page = mvc.perform(get(path).with(user(office))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Gespeicherte Stichprobe (20 Personen)", "Stichprobe vs. Bevölkerung",
				"15.06.2027");
		// when invited (every other person has an e-mail address)
		mvc.perform(post(path + "/einladen").with(user(office)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "workshop.sample.invited"));
		mvc.perform(post(path + "/einladen").with(user(office)).with(csrf()));
		// then each one gets one mail with the registration link
		assertThat(TestMail.mailsTo(greenMail, "person0-" + suffix + "@example.org")).hasSize(1);
		assertThat(TestMail.mailsTo(greenMail, "person2-" + suffix + "@example.org")).hasSize(1);
		assertThat(samples.list(workshop).stream().filter(p -> p.invitedAt() != null)).hasSize(10);
		// the letter list holds the people with a postal address only, with the formula neutralised
		String csv = new String(mvc.perform(get(path + "/briefliste.csv").with(user(office))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Person 1;Hauptstraße 1", "Person 3;Hauptstraße 3", "'=Rechnung")
			.doesNotContain("Person 0;", "example.org");
		mvc.perform(get(path + "/briefliste.pdf").with(user(office))).andExpect(status().isOk());
		// a mentor reads the workshop but not the personal data
		mvc.perform(get(path + "/briefliste.csv").with(user(mentor))).andExpect(status().isForbidden());
		mvc.perform(get(path).with(user(mentor))).andExpect(status().isForbidden());
		// when deleted
		mvc.perform(post(path + "/loeschen").with(user(office)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "workshop.sample.deleted"));
		// then
		assertThat(samples.list(workshop)).isEmpty();
	}

	@Test
	void aBadEMailAddressNamesTheLineAndNothingIsStored() throws Exception {
		// given
		MockMultipartFile file = new MockMultipartFile("file", "liste.csv", "text/csv",
				"Name;Alter;Geschlecht;Quartier;E-Mail;Anschrift\nAda;34;w;Mitte;kein-mail;\n"
					.getBytes(StandardCharsets.UTF_8));
		// when
		String page = mvc.perform(multipart(path).file(file).param("size", "1").param("store", "true")
			.with(user(office)).with(csrf())).andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
			.getContentAsString();
		// then
		assertThat(page).contains("Zeile 2:", "Die E-Mail-Adresse „kein-mail“ ist ungültig.");
		assertThat(samples.list(workshop)).isEmpty();
	}

	private MockMultipartFile list(int people) {
		StringBuilder csv = new StringBuilder("Name;Alter;Geschlecht;Quartier;E-Mail;Anschrift\n");
		for (int i = 0; i < people; i++) {
			csv.append("Person ").append(i).append(';').append(18 + i * 3).append(';').append(i % 2 == 0 ? "w" : "m")
				.append(";Mitte;").append(i % 2 == 0 ? "person" + i + "-" + suffix + "@example.org" : "")
				.append(';').append(i == 5 ? "=Rechnung" : "Hauptstraße " + i).append('\n');
		}
		return new MockMultipartFile("file", "liste.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
	}
}
