package de.daks.workshop;

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
import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Permissions per phase and role: participants post only into the phases the moderation opened and never see
 * hidden cards, other workshops or personal data.
 */
@DaksIntegrationTest
class WorkshopPhasePermissionIntegrationTests {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	Workshops workshops;

	@Autowired
	Registrations registrations;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	KommuneId kommune;

	DaksPrincipal moderator;

	DaksPrincipal mentor;

	Workshop workshop;

	String base;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Phasenstadt");
		moderator = fixtures.member(kommune, KommuneRole.MITGLIED);
		mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		workshop = plan("Phasenwerkstatt");
		base = "/kommunen/" + kommune + "/zukunftswerkstatt/" + workshop.id();
	}

	@Test
	void participantsPostOnlyIntoThePhasesTheModerationOpened() throws Exception {
		// given
		Cookie guest = join(workshop, "Mia");
		// when posting into the fantasy phase that is not open
		postCard(guest, "FANTASY", "Ein Park auf dem Dach")
			.andExpect(flash().attribute("flashError", "workshop.error.phaseClosed"));
		// then nothing is stored
		assertThat(workshops.cards(workshop)).isEmpty();
		// a mentor may not open it, the moderation may
		mvc.perform(post(base + "/phase/offen").with(user(mentor)).with(csrf()).param("phase", "FANTASY")
			.param("open", "true")).andExpect(status().isForbidden());
		mvc.perform(post(base + "/phase/offen").with(user(moderator)).with(csrf()).param("phase", "FANTASY")
			.param("open", "true")).andExpect(flash().attribute("flashSuccess", "workshop.posting.opened"));
		postCard(guest, "FANTASY", "Ein Park auf dem Dach")
			.andExpect(flash().attribute("flashSuccess", "workshop.card.posted"));
		postCard(guest, null, "Kritik in der aktuellen Phase")
			.andExpect(flash().attribute("flashSuccess", "workshop.card.posted"));
		// when the moderation starts the realisation, the earlier phases close
		mvc.perform(post(base + "/phase").with(user(moderator)).with(csrf()).param("phase", "REALISATION"))
			.andExpect(status().is3xxRedirection());
		postCard(guest, "CRITIQUE", "Zu spät")
			.andExpect(flash().attribute("flashError", "workshop.error.phaseClosed"));
		postCard(guest, "FANTASY", "Auch zu spät")
			.andExpect(flash().attribute("flashError", "workshop.error.phaseClosed"));
		// when the moderation closes the current phase too
		mvc.perform(post(base + "/phase/offen").with(user(moderator)).with(csrf()).param("phase", "REALISATION")
			.param("open", "false")).andExpect(flash().attribute("flashSuccess", "workshop.posting.closed"));
		postCard(guest, null, "Geschlossen").andExpect(flash().attribute("flashError", "workshop.error.phaseClosed"));
		String board = guestBoard(guest, null);
		assertThat(board).contains("In dieser Phase können gerade keine Karten geschrieben werden.")
			.doesNotContain("name=\"text\"");
		// then
		assertThat(workshops.cards(workshop)).extracting(Card::text)
			.containsExactly("Ein Park auf dem Dach", "Kritik in der aktuellen Phase");
	}

	@Test
	void participantsSeeOnlyTheCurrentAndOpenPhasesNeverHiddenCardsOtherWorkshopsOrPersonalData() throws Exception {
		// given
		Cookie guest = join(workshop, "Ben");
		workshops.postAsModerator(workshop, null, Phase.FANTASY, 0, "Fantasie der Moderation", CardOrigin.PAPER);
		Card hidden = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Versteckt-XYZ", CardOrigin.PAPER);
		workshops.hideCard(workshop, hidden.id(), "Grund-ABC");
		registrations.register(workshop, "Angemeldete Anna", "anna-" + ProcessFixtures.random() + "@example.org");
		Workshop other = plan("Andere");
		workshops.postAsModerator(other, null, Phase.CRITIQUE, 0, "Karte der anderen Werkstatt", CardOrigin.PAPER);
		// when / then: a closed phase shows the current one instead
		assertThat(guestBoard(guest, "FANTASY")).doesNotContain("Fantasie der Moderation");
		workshops.setPostingOpen(workshop, Phase.FANTASY, true);
		assertThat(guestBoard(guest, "FANTASY")).contains("Fantasie der Moderation");
		// never hidden cards, their reasons, registrations or other workshops
		String board = guestBoard(guest, null);
		assertThat(board).doesNotContain("Versteckt-XYZ", "Grund-ABC", "Angemeldete Anna", "anna-",
				"Karte der anderen Werkstatt");
		// the identity of one workshop does not open another
		mvc.perform(get("/w/" + other.code() + "/tafel").cookie(new Cookie("daks-guest-" + other.code(),
				guest.getValue()))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/w/" + other.code() + "/karten").cookie(new Cookie("daks-guest-" + other.code(),
				guest.getValue())).with(csrf()).param("text", "Eindringling")).andExpect(status().isForbidden());
		assertThat(workshops.cards(other)).extracting(Card::text).containsExactly("Karte der anderen Werkstatt");
		// the moderation's board (with hidden cards and registrations) needs an account
		mvc.perform(get(base).cookie(guest)).andExpect(status().is3xxRedirection());
	}

	private Workshop plan(String title) {
		return workshops.create(kommune, new NewWorkshop(title + " " + ProcessFixtures.random(),
				LocalDateTime.of(2027, 3, 14, 18, 0), "Rathaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
	}

	private org.springframework.test.web.servlet.ResultActions postCard(Cookie guest, String phase, String text)
			throws Exception {
		var request = post("/w/" + workshop.code() + "/karten").cookie(guest).with(csrf()).param("text", text);
		if (phase != null) {
			request = request.param("phase", phase);
		}
		return mvc.perform(request);
	}

	private String guestBoard(Cookie guest, String phase) throws Exception {
		var request = get("/w/" + workshop.code() + "/tafel").cookie(guest);
		if (phase != null) {
			request = request.param("phase", phase);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Cookie join(Workshop target, String nickname) throws Exception {
		MvcResult result = mvc.perform(post("/w/" + target.code()).with(csrf()).param("nickname", nickname))
			.andExpect(status().is3xxRedirection()).andReturn();
		String header = result.getResponse().getHeader("Set-Cookie");
		String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
		return new Cookie("daks-guest-" + target.code(), value);
	}
}
