package de.daks.programme.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.DaksIntegrationTest;
import de.daks.TestMail;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserAccount;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A person without an account registers while applying, confirms the address by mail and finds the draft. */
@DaksIntegrationTest
class ApplicantRegistrationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/registrierung/bestaetigen\\?token=[A-Za-z0-9_-]+)");

	private static final String PASSWORD = "Bewerbung für unsere Gemeinde 2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	CallManagement calls;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private CallId openCall() throws Exception {
		String email = "office-" + unique() + "@test.invalid";
		UserId id = users.createUser(email, "Office", null, GlobalRole.GESCHAEFTSSTELLE);
		DaksPrincipal office = new DaksPrincipal(id, email, "Office", GlobalRole.GESCHAEFTSSTELLE, null, true, true,
				false);
		ProgrammeId programme = programmes.create("Programm " + unique(), "R" + unique(), "", LocalDate.of(2026, 1, 1),
				LocalDate.of(2028, 12, 31));
		String title = "Aufruf " + unique();
		mvc.perform(post("/programme/" + programme + "/ausschreibungen/neu").with(csrf()).with(user(office))
			.param("title", title).param("summary", "Text").param("documents", "")
			.param("deadline", LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES).toString()))
			.andExpect(status().is3xxRedirection());
		CallId call = calls.callsOf(programme).stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow()
			.id();
		mvc.perform(post("/ausschreibungen/" + call + "/veroeffentlichen").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());
		return call;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder registration(CallId call, String email, String address) {
		return post("/ausschreibungen/" + call + "/registrierung").with(csrf()).with(from(address))
			.param("displayName", "Berta Bewerberin").param("email", email).param("password", PASSWORD)
			.param("confirmation", PASSWORD).param("kommuneName", "Neudorf an der Heide")
			.param("kommuneKind", "GEMEINDE").param("land", "12").param("ags", "12060005");
	}

	private static String text(MimeMessage mail) throws Exception {
		return mail.getContent().toString();
	}

	@Test
	void aNewApplicantRegistersConfirmsByMailAndContinuesTheDraft() throws Exception {
		// given
		CallId call = openCall();
		String email = "berta-" + unique() + "@test.invalid";
		assertThat(mvc.perform(get("/ausschreibungen/" + call)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Registrieren und Bewerbung anlegen");

		// when
		mvc.perform(registration(call, email, "10.7.0.1"))
			.andExpect(redirectedUrl("/ausschreibungen/" + call))
			.andExpect(flash().attribute("flashSuccess", "programme.register.sent"));

		// then: a disabled account, a draft waiting for it, and a German mail with the confirmation link
		UserAccount account = users.findByEmail(email).orElseThrow();
		assertThat(account.enabled()).isFalse();
		assertThat(account.displayName()).isEqualTo("Berta Bewerberin");
		List<Application> drafts = jdbc.sql("select id from application where applicant_id = :u")
			.param("u", account.id().value()).query(UUID.class).list().stream()
			.map(id -> calls.getApplicationUnchecked(new ApplicationId(id))).toList();
		assertThat(drafts).singleElement().satisfies(a -> {
			assertThat(a.kommuneName()).isEqualTo("Neudorf an der Heide");
			assertThat(a.kommuneType()).isEqualTo("GEMEINDE");
			assertThat(a.landCode()).isEqualTo("12");
			assertThat(a.areaKey()).isEqualTo("12060005");
			assertThat(a.contactEmail()).isEqualTo(email);
			assertThat(a.isDraft()).isTrue();
		});
		List<MimeMessage> mails = TestMail.mailsTo(greenMail, email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("DAKS: E-Mail-Adresse bestätigen");
		Matcher link = LINK.matcher(text(mails.get(0)));
		assertThat(link.find()).isTrue();
		// signing in does not work before the confirmation
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		// when: the link is opened (nothing happens yet) and the button pressed
		mvc.perform(get(link.group(1))).andExpect(status().isOk())
			.andExpect(model().attribute("account", org.hamcrest.Matchers.notNullValue()));
		assertThat(users.get(account.id()).enabled()).isFalse();
		String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
		mvc.perform(post("/registrierung/bestaetigen").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/login")).andExpect(flash().attribute("flashSuccess", "registration.confirmed"));

		// then: the account signs in and finds its draft; the link works only once
		assertThat(users.get(account.id()).enabled()).isTrue();
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/"));
		DaksPrincipal berta = new DaksPrincipal(account.id(), email, "Berta Bewerberin", null, null, true, true, false);
		assertThat(mvc.perform(get("/bewerbungen").with(user(berta))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("Neudorf an der Heide");
		mvc.perform(post("/registrierung/bestaetigen").with(csrf()).param("token", token))
			.andExpect(status().isOk()).andExpect(model().attribute("account", org.hamcrest.Matchers.nullValue()));

		// and when someone registers the address again: the same answer, a mail to the owner, no new draft
		mvc.perform(registration(call, email, "10.7.0.2"))
			.andExpect(flash().attribute("flashSuccess", "programme.register.sent"));
		assertThat(TestMail.mailsTo(greenMail, email)).hasSize(2)
			.anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("DAKS: Sie haben bereits ein Konto"));
		assertThat(jdbc.sql("select count(*) from application where applicant_id = :u")
			.param("u", account.id().value()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anApplicantWhoseConfirmationLinkExpiredRegistersAgainAndGetsAFreshLink() throws Exception {
		// given: a registration never confirmed, its link expired
		CallId call = openCall();
		String email = "spaet-" + unique() + "@test.invalid";
		mvc.perform(registration(call, email, "10.7.3.1")).andExpect(status().is3xxRedirection());
		UserAccount account = users.findByEmail(email).orElseThrow();
		Matcher expired = LINK.matcher(text(TestMail.mailsTo(greenMail, email).get(0)));
		assertThat(expired.find()).isTrue();
		jdbc.sql("update identity_token set expires_at = :past where user_id = :u")
			.param("past", java.sql.Timestamp.from(java.time.Instant.now().minus(1, ChronoUnit.DAYS)))
			.param("u", account.id().value()).update();
		String oldToken = expired.group(1).substring(expired.group(1).indexOf("token=") + 6);
		mvc.perform(post("/registrierung/bestaetigen").with(csrf()).param("token", oldToken))
			.andExpect(status().isOk());
		assertThat(users.get(account.id()).enabled()).isFalse();

		// when: the same address registers again
		mvc.perform(registration(call, email, "10.7.3.2"))
			.andExpect(flash().attribute("flashSuccess", "programme.register.sent"));

		// then: a second confirmation mail (not "you already have an account") whose fresh link confirms the account
		List<MimeMessage> mails = TestMail.mailsTo(greenMail, email);
		assertThat(mails).hasSize(2).allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("DAKS: E-Mail-Adresse bestätigen"));
		Matcher fresh = LINK.matcher(text(mails.get(1)));
		assertThat(fresh.find()).isTrue();
		String newToken = fresh.group(1).substring(fresh.group(1).indexOf("token=") + 6);
		assertThat(newToken).isNotEqualTo(oldToken);
		mvc.perform(post("/registrierung/bestaetigen").with(csrf()).param("token", newToken))
			.andExpect(redirectedUrl("/login")).andExpect(flash().attribute("flashSuccess", "registration.confirmed"));
		assertThat(users.get(account.id()).enabled()).isTrue();
	}

	@Test
	void badInputNamesTheFieldsAndStoresNothing() throws Exception {
		// given
		CallId call = openCall();
		String email = "falsch-" + unique() + "@test.invalid";
		// when
		mvc.perform(post("/ausschreibungen/" + call + "/registrierung")
			.with(csrf()).with(from("10.7.1.1")).param("displayName", "Fritz Falsch").param("email", email)
			.param("password", "kurz").param("confirmation", "anders").param("kommuneName", "")
			.param("kommuneKind", "").param("land", "05").param("ags", "0536"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "password", "password.policy.tooShort"))
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "confirmation", "password.policy.mismatch"))
			.andExpect(model().attributeHasFieldErrors("registrationForm", "ags", "kommuneKind", "kommuneName"));
		mvc.perform(post("/ausschreibungen/" + call + "/registrierung").with(csrf()).with(from("10.7.1.1"))
			.param("displayName", "Fritz Falsch").param("email", email).param("password", PASSWORD)
			.param("confirmation", PASSWORD).param("kommuneName", "Neudorf").param("kommuneKind", "GEMEINDE")
			.param("land", "12").param("ags", "05358008"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "ags", "programme.register.agsLand"));
		// then
		assertThat(users.findByEmail(email)).isEmpty();
		assertThat(TestMail.mailsTo(greenMail, email)).isEmpty();
	}

	@Test
	void registrationsFromOneClientAreRateLimited() throws Exception {
		// given
		CallId call = openCall();
		// when: five registrations from one address pass, the sixth is refused
		for (int i = 0; i < 5; i++) {
			mvc.perform(registration(call, "viele-" + unique() + "@test.invalid", "10.7.2.1"))
				.andExpect(flash().attribute("flashSuccess", "programme.register.sent"));
		}
		String sixth = "sechste-" + unique() + "@test.invalid";
		mvc.perform(registration(call, sixth, "10.7.2.1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("registrationForm", 1));
		// then
		assertThat(users.findByEmail(sixth)).isEmpty();
		// another client still can
		mvc.perform(registration(call, sixth, "10.7.2.2"))
			.andExpect(flash().attribute("flashSuccess", "programme.register.sent"));
	}
}
