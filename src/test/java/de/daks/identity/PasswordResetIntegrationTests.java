package de.daks.identity;

import static de.daks.identity.IdentityTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.WebSession;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class PasswordResetIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void aResetLinkByMailSetsANewPasswordOnceAndLiftsTheLock() throws Exception {
		// given: a locked account
		String email = IdentityTestData.uniqueEmail("reset");
		UserId id = users.createUser(email, "Rita Reset", "altes Passwort 12345", null);
		jdbc.sql("update app_user set locked_until = :until where id = :id")
			.param("until", Timestamp.from(Instant.now().plusSeconds(3600))).param("id", id.value()).update();

		// when: the reset is requested
		mvc.perform(post("/passwort-vergessen").with(csrf()).param("email", email.toUpperCase()))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashSuccess", "passwordReset.sent"));

		// then: one German mail with a link; the form behind it works once
		List<MimeMessage> mails = IdentityTestData.mailsTo(greenMail, email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("DAKS: Passwort zurücksetzen");
		assertThat(IdentityTestData.text(mails.get(0))).contains("Guten Tag Rita Reset").contains("60 Minuten");
		String link = IdentityTestData.linkIn(mails.get(0));
		assertThat(link).startsWith("/passwort-zuruecksetzen?token=");
		String token = IdentityTestData.tokenOf(link);
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(view().name("identity/reset-password"));

		mvc.perform(post("/passwort-zuruecksetzen").with(csrf()).param("token", token)
				.param("password", "kurz").param("confirmation", "kurz"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.policy.tooShort"));
		mvc.perform(post("/passwort-zuruecksetzen").with(csrf()).param("token", token)
				.param("password", email).param("confirmation", email))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.policy.email"));
		mvc.perform(post("/passwort-zuruecksetzen").with(csrf()).param("token", token)
				.param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashSuccess", "passwordReset.done"));

		assertThat(users.get(id).lockedUntil()).isNull();
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/passwort-zuruecksetzen").with(csrf()).param("token", token)
				.param("password", "noch ein anderes Passwort").param("confirmation", "noch ein anderes Passwort"))
			.andExpect(status().isOk())
			.andExpect(view().name(PasswordResetController.LINK_INVALID_VIEW));
		mvc.perform(get(link)).andExpect(view().name(PasswordResetController.LINK_INVALID_VIEW));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("nobody");
		// when / then
		mvc.perform(post("/passwort-vergessen").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashSuccess", "passwordReset.sent"));
		assertThat(IdentityTestData.mailsTo(greenMail, email)).isEmpty();
	}

	@Test
	void anEnglishRequestGetsAnEnglishMailAndLink() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("english");
		users.createUser(email, "Emma English", PASSWORD, null);
		// when
		mvc.perform(post("/passwort-vergessen").with(csrf()).cookie(new Cookie("DAKS_LANG", "en"))
				.param("email", email))
			.andExpect(redirectedUrl("/login"));
		// then
		MimeMessage mail = IdentityTestData.mailsTo(greenMail, email).get(0);
		assertThat(mail.getSubject()).isEqualTo("DAKS: reset your password");
		assertThat(IdentityTestData.text(mail)).contains("Hello Emma English").contains("60 minutes");
		assertThat(IdentityTestData.linkIn(mail)).endsWith("&lang=en");
	}

	@Test
	void aMalformedAddressIsAFieldErrorAndAnInvalidTokenANormalPage() throws Exception {
		// when / then
		mvc.perform(post("/passwort-vergessen").with(csrf()).param("email", "kein-at-zeichen"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email"));
		mvc.perform(get("/passwort-zuruecksetzen").param("token", "erfunden"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Link ungültig")));
	}

	@Test
	void aResetEndsTheSessionsSignedInWithTheOldPassword() throws Exception {
		// given: someone signed in with the old password (perhaps not the owner)
		String email = IdentityTestData.uniqueEmail("reset-sessions");
		users.createUser(email, "Rolf Reset", "altes Passwort 12345", null);
		WebSession other = new WebSession(mvc, sessions);
		other.perform(post("/login").with(csrf()).param("email", email).param("password", "altes Passwort 12345"))
			.andExpect(redirectedUrl("/"));
		other.perform(get("/account")).andExpect(status().isOk());
		// when: the owner resets the password by mail
		mvc.perform(post("/passwort-vergessen").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/login"));
		String token = IdentityTestData.tokenOf(IdentityTestData.linkIn(IdentityTestData.mailsTo(greenMail, email).get(0)));
		mvc.perform(post("/passwort-zuruecksetzen").with(csrf()).param("token", token)
				.param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(redirectedUrl("/login"));
		// then: the old session is signed out
		other.perform(get("/account")).andExpect(redirectedUrl("/login"));
	}
}
