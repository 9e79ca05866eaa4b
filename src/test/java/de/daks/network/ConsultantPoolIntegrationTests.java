package de.daks.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.Permission;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class ConsultantPoolIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultantPool pool;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Authorization authorization;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private DaksPrincipal person(String name) {
		String email = name.toLowerCase().replace(' ', '.') + "-" + unique() + "@test.invalid";
		UserId id = users.createUser(email, name, null, null);
		return new DaksPrincipal(id, email, name, null, null, true, true, false);
	}

	@Test
	void aConsultantIsApprovedMatchedRequestedAndByAcceptingGetsAccessToTheKommune() throws Exception {
		// given: a Kommune in Nordrhein-Westfalen with its coordinator, and a consultant
		KommuneId kommune = kommunen.create(new NewKommune("Stadt " + unique(), KommuneKind.GEMEINDE, List.of(),
				"05", 25_000L, "2023-12-31", new BigDecimal("40.00"), false));
		DaksPrincipal coordinator = person("Kora Koordination");
		users.addMembership(coordinator.id(), kommune, KommuneRole.KOORDINATION);
		DaksPrincipal consultant = person("Wiebke Wohnberatung " + unique());
		var asConsultant = new UsernamePasswordAuthenticationToken(consultant, null, consultant.getAuthorities());
		assertThat(authorization.isAllowed(asConsultant, Permission.KOMMUNE_VIEW, kommune)).isFalse();

		// when: the consultant saves a profile (a bad rate range first)
		mvc.perform(post("/beratung/profil").with(csrf()).with(user(consultant))
			.param("displayName", consultant.displayName()).param("organisation", "Wohnbüro")
			.param("themes", "WOHNEN", "BUERGERBETEILIGUNG").param("methods", "MODERATION")
			.param("steps", "ZUKUNFTSWERKSTATT").param("regions", "NORDRHEIN_WESTFALEN").param("languages", "Deutsch")
			.param("rateMin", "900").param("rateMax", "800").param("daysPerMonth", "6"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "rateMax", "network.profile.rateMax.belowMin"));
		assertThat(pool.profileOf(consultant.id())).isEmpty();
		mvc.perform(post("/beratung/profil").with(csrf()).with(user(consultant))
			.param("displayName", consultant.displayName()).param("organisation", "Wohnbüro")
			.param("themes", "WOHNEN", "BUERGERBETEILIGUNG").param("methods", "MODERATION")
			.param("steps", "ZUKUNFTSWERKSTATT").param("regions", "NORDRHEIN_WESTFALEN").param("languages", "Deutsch")
			.param("rateMin", "800").param("rateMax", "950").param("daysPerMonth", "6"))
			.andExpect(status().is3xxRedirection());
		ConsultantProfile profile = pool.profileOf(consultant.id()).orElseThrow();

		// then: not matched before approval
		String matching = "/kommunen/" + kommune + "/beratung";
		mvc.perform(get(matching).with(user(coordinator)).param("themes", "WOHNEN").param("budget", "5.000")
			.param("days", "5")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(consultant.displayName()))));

		// when: approved, the Kommune sees it ranked with reasons and requests it
		mvc.perform(post("/beratung/pool/" + profile.id() + "/freigeben").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(matching).with(user(coordinator)).param("themes", "WOHNEN").param("step", "zukunftswerkstatt")
			.param("budget", "5.000").param("days", "5")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(consultant.displayName())))
			.andExpect(content().string(Matchers.containsString("Erfahrung in: Wohnen")))
			.andExpect(content().string(Matchers.containsString("arbeitet in Nordrhein-Westfalen")))
			.andExpect(content().string(Matchers.containsString("5 Tage auch zum oberen Tagessatz im Budget von 5.000 EUR")));
		mvc.perform(get(matching).with(user(coordinator)).param("themes", "WOHNEN").param("budget", "fünf"))
			.andExpect(content().string(Matchers.containsString("Bitte geben Sie einen Betrag in Euro an")));
		mvc.perform(post(matching + "/anfragen").with(csrf()).with(user(coordinator))
			.param("consultant", profile.id().toString()).param("themes", "WOHNEN").param("budget", "5000")
			.param("days", "5").param("message", "Wir planen eine Zukunftswerkstatt zum Wohnen im Alter."))
			.andExpect(status().is3xxRedirection());
		ConsultantRequest request = pool.requestsFor(kommune).get(0);

		// then: nobody else may answer it; the consultant accepts once and then has access
		DaksPrincipal stranger = person("Sven Fremd");
		assertThatThrownBy(() -> pool.decide(request.id(), stranger.id(), true))
			.isInstanceOf(NotFoundException.class);
		assertThat(NetworkTestData.mailsTo(greenMail, consultant.email())).singleElement()
			.satisfies(m -> assertThat(NetworkTestData.text(m)).contains("/beratung/anfragen"));
		mvc.perform(get("/beratung/anfragen").with(user(consultant)))
			.andExpect(content().string(Matchers.containsString("Wohnen im Alter")));
		mvc.perform(post("/beratung/anfragen/" + request.id() + "/annehmen").with(csrf()).with(user(consultant)))
			.andExpect(status().is3xxRedirection());
		assertThat(NetworkTestData.mailsTo(greenMail, coordinator.email())).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("DAKS: " + consultant.displayName()
					+ " hat Ihre Anfrage angenommen"));
		assertThat(users.membershipsOf(consultant.id())).anyMatch(m -> m.kommune().equals(kommune)
				&& m.role() == KommuneRole.BERATUNG);
		assertThat(authorization.isAllowed(asConsultant, Permission.KOMMUNE_EDIT, kommune)).isTrue();
		assertThatThrownBy(() -> pool.decide(request.id(), consultant.id(), false))
			.isInstanceOf(IllegalStateException.class);
		assertThat(pool.requestsFor(kommune).get(0).status()).isEqualTo(ConsultantRequest.Status.ACCEPTED);

		// and: a change of the profile needs approval again
		pool.saveProfile(consultant.id(), new ConsultantPool.ProfileData(consultant.displayName(), "Wohnbüro",
				profile.themes(), profile.methods(), profile.steps(), profile.regions(), true, "Deutsch, Englisch", "",
				new BigDecimal("850"), new BigDecimal("950"), 6, null));
		assertThat(pool.get(profile.id()).status()).isEqualTo(ProfileStatus.PENDING);
		assertThat(pool.requestsFor(kommune)).hasSize(1);
	}
}
