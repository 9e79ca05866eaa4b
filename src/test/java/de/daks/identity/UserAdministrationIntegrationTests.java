package de.daks.identity;

import static de.daks.identity.IdentityTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.WebSession;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class UserAdministrationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	private DaksPrincipal office;

	@BeforeEach
	void createOffice() {
		String email = IdentityTestData.uniqueEmail("gs");
		UserId id = users.createUser(email, "Gabi Geschäftsstelle", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		office = new DaksPrincipal(id, email, "Gabi Geschäftsstelle", GlobalRole.GESCHAEFTSSTELLE, null, true, true,
				false);
	}

	@Test
	void theGeschaeftsstelleCreatesAnAccountThatIsInvitedByMail() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("ministerium");
		// when
		mvc.perform(post("/admin/users").with(csrf()).with(user(office)).param("email", email)
				.param("displayName", "Max Ministerium").param("globalRole", "MINISTERIUM"))
			.andExpect(status().is3xxRedirection());
		// then
		UserAccount created = users.findByEmail(email).orElseThrow();
		assertThat(created.globalRole()).isEqualTo(GlobalRole.MINISTERIUM);
		List<MimeMessage> mails = IdentityTestData.mailsTo(greenMail, email);
		assertThat(mails).hasSize(1);
		assertThat(IdentityTestData.linkIn(mails.get(0))).startsWith("/einladung?token=");
		mvc.perform(get("/admin/users").param("q", "max minis").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(email)))
			.andExpect(content().string(Matchers.containsString("eingeladen")));
		// and the same address a second time is a field error
		mvc.perform(post("/admin/users").with(csrf()).with(user(office)).param("email", email)
				.param("displayName", "Doppelt"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "userAdmin.create.emailTaken"));
	}

	@Test
	void editUnlockAndMembershipsAreAudited() throws Exception {
		// given
		KommuneId kommune = kommunen.create(new NewKommune("Adminstadt " + System.nanoTime(), KommuneKind.STADT,
				List.of(), null, null, null, null, true));
		String email = IdentityTestData.uniqueEmail("edit");
		UserId id = users.createUser(email, "Erika Edit", PASSWORD, null);
		jdbc.sql("update app_user set locked_until = :t, failed_logins = 2 where id = :id")
			.param("t", Timestamp.from(Instant.now().plusSeconds(600))).param("id", id.value()).update();
		// when
		mvc.perform(get("/admin/users").param("state", "LOCKED").with(user(office)))
			.andExpect(content().string(Matchers.containsString(email)));
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(user(office)).param("displayName", "Erika Neu")
				.param("globalRole", "").param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/admin/users/" + id + "/entsperren").with(csrf()).with(user(office)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/admin/users/" + id + "/mitgliedschaften").with(csrf()).with(user(office))
				.param("kommuneId", "-".repeat(36)).param("role", "MENTOR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("membershipForm", "kommuneId"));
		mvc.perform(post("/admin/users/" + id + "/mitgliedschaften").with(csrf()).with(user(office))
				.param("kommuneId", kommune.toString()).param("role", "MENTOR"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		// then
		UserAccount account = users.get(id);
		assertThat(account.displayName()).isEqualTo("Erika Neu");
		assertThat(account.lockedUntil()).isNull();
		assertThat(users.membershipsOf(id)).containsExactly(new Membership(id, kommune, KommuneRole.MENTOR));
		mvc.perform(get("/admin/audit").param("actor", office.email()).param("kommune", kommune.toString())
				.with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("identity.membership.added")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("identity.user.unlocked"))));
		mvc.perform(get("/admin/audit").param("action", "unlocked").with(user(office)))
			.andExpect(content().string(Matchers.containsString(email)));
	}

	@Test
	void theGeschaeftsstelleCannotTakeAwayItsOwnRole() throws Exception {
		// when
		mvc.perform(post("/admin/users/" + office.id()).with(csrf()).with(user(office))
				.param("displayName", "Gabi").param("globalRole", "").param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"));
		// then
		assertThat(users.get(office.id()).globalRole()).isEqualTo(GlobalRole.GESCHAEFTSSTELLE);
	}

	@Test
	void anUnknownUserIsNotFound() throws Exception {
		mvc.perform(get("/admin/users/" + java.util.UUID.randomUUID()).with(user(office)))
			.andExpect(status().isNotFound());
	}

	@Test
	void takingTheRoleAwayOrDisablingTheAccountTakesEffectInSessionsAlreadySignedIn() throws Exception {
		// given: a Ministerium user signed in (no second factor needed)
		String email = IdentityTestData.uniqueEmail("ministry");
		UserId id = users.createUser(email, "Mira Ministerium", PASSWORD, GlobalRole.MINISTERIUM);
		WebSession session = new WebSession(mvc, sessions);
		session.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));
		session.perform(get("/programme")).andExpect(status().isOk());
		// when: the Geschäftsstelle takes the role away
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(user(office)).param("displayName", "Mira")
				.param("globalRole", "").param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		// then: at the next request, not at the next sign-in
		session.perform(get("/programme")).andExpect(status().isForbidden());
		session.perform(get("/account")).andExpect(status().isOk());
		// when: the account is switched off
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(user(office)).param("displayName", "Mira")
				.param("globalRole", "").param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		// then
		session.perform(get("/account")).andExpect(status().isForbidden());
	}

	@Test
	void aRoleGivenDuringASessionCountsOnlyFromTheNextSignIn() throws Exception {
		// given: a user without a global role signed in with the password only
		String email = IdentityTestData.uniqueEmail("promoted");
		UserId id = users.createUser(email, "Paul Promoted", PASSWORD, null);
		WebSession session = new WebSession(mvc, sessions);
		session.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));
		// when: made Geschäftsstelle, which must sign in with a second factor
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(user(office)).param("displayName", "Paul")
				.param("globalRole", "GESCHAEFTSSTELLE").param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		// then: this session, signed in without the second factor, gets no office rights
		session.perform(get("/admin/users")).andExpect(status().isForbidden());
	}
}
