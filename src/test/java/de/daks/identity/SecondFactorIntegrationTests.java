package de.daks.identity;

import static de.daks.identity.IdentityTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.shared.audit.AuditLog;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import de.daks.WebSession;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class SecondFactorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	AuditLog audit;

	@Autowired
	SecurityProperties properties;

	@Autowired
	SessionRepository<? extends Session> sessions;

	private WebSession password(String email, String expectedRedirect) throws Exception {
		WebSession session = new WebSession(mvc, sessions);
		session.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl(expectedRedirect));
		return session;
	}

	/** The password step in an existing session (which keeps its attributes under a new id). */
	private WebSession password(WebSession session, String email, String expectedRedirect) throws Exception {
		session.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl(expectedRedirect));
		return session;
	}

	/** Signs a Geschäftsstelle user in for the first time: password, enrolment; returns the secret. */
	private String enrol(String email, WebSession session) throws Exception {
		session.perform(get("/login/totp/einrichten")).andExpect(status().isOk());
		String secret = (String) session.attribute(SecondFactorController.CANDIDATE_SECRET);
		assertThat(secret).isNotNull();
		String before = session.id();
		session.perform(post("/login/totp/einrichten").with(csrf())
				.param("code", IdentityTestData.code(secret, Instant.now())))
			.andExpect(redirectedUrl("/"));
		assertThat(session.id()).as("a new session id after the second factor").isNotEqualTo(before);
		return secret;
	}

	@Test
	void theGeschaeftsstelleEnrolsAtFirstSignInAndGetsFullAccessOnlyAfterTheCode() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("gs");
		UserId id = users.createUser(email, "Gerda Geschäftsstelle", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);

		// when: the password is right, but no second factor is set up yet
		WebSession session = password(email, LoginSuccessHandler.ENROLMENT_PATH);

		// then: the pending principal may only reach the second-factor pages
		session.perform(get("/admin/users")).andExpect(status().isForbidden());
		session.perform(get("/account")).andExpect(status().isForbidden());
		session.perform(get("/login/totp")).andExpect(redirectedUrl(LoginSuccessHandler.ENROLMENT_PATH));
		session.perform(get("/login/totp/einrichten")).andExpect(status().isOk());
		session.perform(post("/login/totp/einrichten").with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "totp.code.wrong"));

		String secret = enrol(email, session);
		session.perform(get("/admin/users")).andExpect(status().isOk());
		assertThat(users.get(id).totpEnabled()).isTrue();
		assertThat(users.get(id).failedLogins()).isZero();

		// when: signing in again, the current code was used for the enrolment already
		WebSession second = password(email, LoginSuccessHandler.SECOND_FACTOR_PATH);
		second.perform(post("/login/totp").with(csrf())
				.param("code", IdentityTestData.code(secret, Instant.now())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "totp.code.wrong"));
		second.perform(get("/admin/users")).andExpect(status().isForbidden());

		// then: the next code (one step ahead, within the allowed drift) completes the sign-in
		second.perform(post("/login/totp").with(csrf())
				.param("code", IdentityTestData.code(secret, Instant.now().plusSeconds(30))))
			.andExpect(redirectedUrl("/"));
		second.perform(get("/admin/users")).andExpect(status().isOk());
	}

	@Test
	void wrongCodesCountTowardsTheLock() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("gs-lock");
		UserId id = users.createUser(email, "Gunnar Geschäftsstelle", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		enrol(email, password(email, LoginSuccessHandler.ENROLMENT_PATH));
		WebSession session = password(email, LoginSuccessHandler.SECOND_FACTOR_PATH);
		// when
		for (int i = 1; i < properties.maxFailedLogins(); i++) {
			session.perform(post("/login/totp").with(csrf()).param("code", "000000"))
				.andExpect(status().isOk());
		}
		// then: the last allowed failure ends the sign-in as locked
		session.perform(post("/login/totp").with(csrf()).param("code", "000000"))
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(users.get(id).lockedUntil()).isAfter(Instant.now());
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void othersMaySwitchTheFactorOnAndOffButTheGeschaeftsstelleMayNot() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("member");
		UserId member = users.createUser(email, "Mia Mitglied", PASSWORD, null);
		WebSession session = password(email, "/");
		// when: switched on on the account page
		session.perform(get("/account/zwei-faktor")).andExpect(status().isOk());
		String secret = (String) session.attribute(SecondFactorController.CANDIDATE_SECRET);
		session.perform(post("/account/zwei-faktor").with(csrf())
				.param("code", IdentityTestData.code(secret, Instant.now())))
			.andExpect(redirectedUrl("/account"));
		// then: the next sign-in asks for the code
		password(email, LoginSuccessHandler.SECOND_FACTOR_PATH);
		// when: switched off with the current password
		session.perform(post("/account/zwei-faktor/deaktivieren").with(csrf())
				.param("currentPassword", "falsch"))
			.andExpect(model().attributeHasFieldErrorCode("disableForm", "currentPassword",
					"account.password.currentWrong"));
		session.perform(post("/account/zwei-faktor/deaktivieren").with(csrf())
				.param("currentPassword", PASSWORD))
			.andExpect(redirectedUrl("/account"));
		// then
		password(email, "/");
		assertThat(users.get(member).totpEnabled()).isFalse();

		// given: the Geschäftsstelle
		UserId office = users.createUser(IdentityTestData.uniqueEmail("gs-off"), "Gisela", PASSWORD,
				GlobalRole.GESCHAEFTSSTELLE);
		// when / then
		assertThatIllegalStateException().isThrownBy(() -> secondFactor.disable(office));
	}

	@Test
	void theGeschaeftsstelleResetsALostFactorAndTheUserEnrolsAgain() throws Exception {
		// given: an enrolled Geschäftsstelle user and an administrator
		String email = IdentityTestData.uniqueEmail("gs-lost");
		UserId id = users.createUser(email, "Lotte Lost", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		enrol(email, password(email, LoginSuccessHandler.ENROLMENT_PATH));
		String adminEmail = IdentityTestData.uniqueEmail("gs-admin");
		users.createUser(adminEmail, "Adam Admin", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		WebSession admin = password(adminEmail, LoginSuccessHandler.ENROLMENT_PATH);
		enrol(adminEmail, admin);
		// when
		admin.perform(post("/admin/users/" + id + "/zwei-faktor-zuruecksetzen").with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));
		// then
		assertThat(users.get(id).totpSecret()).isNull();
		assertThat(audit.latest(null, 50)).anyMatch(e -> e.action().equals("identity.totp.reset")
				&& id.toString().equals(e.subjectId()) && e.actor().equals(adminEmail));
		password(email, LoginSuccessHandler.ENROLMENT_PATH);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsOfTheAccount() throws Exception {
		// given: the same account signed in twice
		String email = IdentityTestData.uniqueEmail("change");
		users.createUser(email, "Carla Change", PASSWORD, null);
		WebSession mine = password(new WebSession(mvc, sessions), email, "/");
		WebSession other = password(email, "/");
		other.perform(get("/account")).andExpect(status().isOk());
		// when
		String changed = "ein ganz neues Passwort 7";
		mine.perform(post("/account/passwort").with(csrf()).param("currentPassword", PASSWORD)
				.param("password", changed).param("confirmation", changed))
			.andExpect(redirectedUrl("/account"));
		// then: the other session is signed out, this one goes on
		other.perform(get("/account")).andExpect(redirectedUrl("/login"));
		mine.perform(get("/account")).andExpect(status().isOk());
	}

	@Test
	void anEnrolmentSecretLeftInTheSessionIsNotOfferedToTheNextSignIn() throws Exception {
		// given: a session in which someone started setting up a second factor on their account page
		String someone = IdentityTestData.uniqueEmail("someone");
		users.createUser(someone, "Sam Someone", PASSWORD, null);
		WebSession session = password(new WebSession(mvc, sessions), someone, "/");
		session.perform(get("/account/zwei-faktor")).andExpect(status().isOk());
		Object known = session.attribute(SecondFactorController.CANDIDATE_SECRET);
		assertThat(known).isNotNull();
		// when: the Geschäftsstelle signs in with that session (e.g. one fixed in its browser)
		String email = IdentityTestData.uniqueEmail("gs-fixed");
		users.createUser(email, "Gesa", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		password(session, email, LoginSuccessHandler.ENROLMENT_PATH);
		session.perform(get(LoginSuccessHandler.ENROLMENT_PATH)).andExpect(status().isOk());
		// then: its authenticator gets a secret nobody saw before
		assertThat(session.attribute(SecondFactorController.CANDIDATE_SECRET)).isNotNull().isNotEqualTo(known);
	}
}
