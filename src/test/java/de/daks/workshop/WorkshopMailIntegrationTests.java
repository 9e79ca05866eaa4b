package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The mails of a workshop through a real SMTP server: confirmation, moving up, invitations. */
@DaksIntegrationTest
class WorkshopMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

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
	void aRegistrationIsConfirmedWithItsCancelLinkAndWhoeverMovesUpIsTold() throws Exception {
		// given: one place
		Workshop workshop = workshop("Seniorenwerkstatt");
		registrations.setCapacity(workshop, 1);
		String ada = "ada-" + ProcessFixtures.random() + "@example.org";
		String bo = "bo-" + ProcessFixtures.random() + "@example.org";
		// when: Ada takes the place, Bo goes onto the waiting list
		String page = register(workshop, "Ada", ada);
		register(workshop, "Bo", bo);
		// then: both get a confirmation; Ada's carries her personal cancel link
		assertThat(page).contains("Bestätigung mit diesem Link per E-Mail");
		String adaMail = single(ada);
		assertThat(adaMail).contains("Guten Tag Ada", "Sie sind angemeldet", "„" + workshop.title() + "“", "01.02.2027 um 17:00 Uhr",
				"Jugendzentrum");
		assertThat(single(bo)).contains("Warteliste");
		Matcher link = Pattern.compile("http://localhost:8080(/w/" + workshop.code() + "/abmelden/\\S+)").matcher(adaMail);
		assertThat(link.find()).isTrue();
		// when: Ada cancels by the link in the mail
		mvc.perform(post(link.group(1)).with(csrf())).andExpect(status().isOk());
		// then: Bo has the place and is told so
		assertThat(registrations.list(workshop)).extracting(Registration::email, Registration::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(bo, Registration.Status.REGISTERED));
		List<String> boMails = to(bo);
		assertThat(boMails).hasSize(2);
		assertThat(boMails.get(1)).contains("Guten Tag Bo", "ein Platz ist frei geworden");
	}

	@Test
	void invitationsGoOutWithTheRegistrationLinkAndOneBadAddressStopsAllOfThem() throws Exception {
		// given
		Workshop workshop = workshop("Jugendwerkstatt");
		KommuneId kommune = workshop.kommuneId();
		DaksPrincipal moderator = new ProcessFixtures(users, kommunen).member(kommune, KommuneRole.MITGLIED);
		String path = "/kommunen/" + kommune + "/zukunftswerkstatt/" + workshop.id() + "/einladungen";
		String a = "jugend-" + ProcessFixtures.random() + "@example.org";
		String b = "verein-" + ProcessFixtures.random() + "@example.org";
		// when: the second line is no address
		mvc.perform(post(path).with(user(moderator)).with(csrf()).param("addresses", a + "\nkeine-adresse\n" + b))
			.andExpect(flash().attribute("flashError", "workshop.invitation.invalid"))
			.andExpect(flash().attribute("flashArgs", new Object[] { 2, "keine-adresse" }));
		// then: nothing is sent
		assertThat(to(a)).isEmpty();
		// when: valid addresses, one twice in other case and separated by a semicolon, with personal lines
		mvc.perform(post(path).with(user(moderator)).with(csrf()).param("addresses", a + "; " + b + "\n\n" + a.toUpperCase())
			.param("note", "Wir freuen uns auf euch!"))
			.andExpect(flash().attribute("flashSuccess", "workshop.invitation.sent"))
			.andExpect(flash().attribute("flashArgs", new Object[] { 2L }));
		// then: each gets one invitation with the public registration link; a participant may not invite
		assertThat(single(a)).contains("lädt Sie zur Zukunftswerkstatt „" + workshop.title() + "“ ein",
				"Wir freuen uns auf euch!", "http://localhost:8080/w/" + workshop.code() + "/anmeldung");
		assertThat(to(b)).hasSize(1);
		DaksPrincipal mentor = new ProcessFixtures(users, kommunen).member(kommune, KommuneRole.MENTOR);
		mvc.perform(post(path).with(user(mentor)).with(csrf()).param("addresses", a)).andExpect(status().isForbidden());
		assertThat(to(a)).hasSize(1);
	}

	private Workshop workshop(String title) {
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Mailstadt");
		return workshops.create(kommune, new NewWorkshop(title + " " + ProcessFixtures.random(),
				LocalDateTime.of(2027, 2, 1, 17, 0), "Jugendzentrum", false, WorkshopFormat.CLASSIC, null, null,
				Map.of()));
	}

	private String register(Workshop workshop, String name, String email) throws Exception {
		return mvc.perform(post("/w/" + workshop.code() + "/anmeldung").with(csrf()).param("name", name)
			.param("email", email)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String single(String address) throws Exception {
		List<String> mails = to(address);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static List<String> to(String address) throws Exception {
		List<String> texts = new java.util.ArrayList<>();
		for (MimeMessage m : greenMail.getReceivedMessages()) {
			if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
				texts.add(m.getSubject() + "\n" + m.getContent());
			}
		}
		return texts;
	}
}
