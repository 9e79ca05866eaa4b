package de.daks.identity;

import static de.daks.identity.IdentityTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.daks.DaksIntegrationTest;
import de.daks.shared.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class LoginLockIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	SecurityProperties properties;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private void signIn(String email, String password, String expectedRedirect) throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(redirectedUrl(expectedRedirect));
	}

	@Test
	void consecutiveFailuresLockTheAccountUntilThePeriodIsOver() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("lock");
		UserId id = users.createUser(email, "Lars Lock", PASSWORD, null);
		int max = properties.maxFailedLogins();
		// when: one failure short of the limit, then a success: the count starts afresh
		for (int i = 1; i < max; i++) {
			signIn(email, "falsch " + i, "/login?error");
		}
		assertThat(users.get(id).failedLogins()).isEqualTo(max - 1);
		signIn(email, PASSWORD, "/");
		assertThat(users.get(id).failedLogins()).isZero();
		// when: the limit is reached
		for (int i = 1; i <= max; i++) {
			signIn(email, "falsch " + i, "/login?error");
		}
		// then: even the right password is refused as locked, for the configured period
		signIn(email, PASSWORD, "/login?locked");
		Instant lockedUntil = users.get(id).lockedUntil();
		assertThat(lockedUntil).isBetween(Instant.now().plus(properties.lockDuration()).minusSeconds(60),
				Instant.now().plus(properties.lockDuration()));
		assertThat(audit.latest(null, 100)).anyMatch(e -> e.action().equals("identity.user.locked")
				&& id.toString().equals(e.subjectId()));
		// when: the period is over
		jdbc.sql("update app_user set locked_until = :t where id = :id")
			.param("t", Timestamp.from(Instant.now().minusSeconds(1))).param("id", id.value()).update();
		// then
		signIn(email, PASSWORD, "/");
	}

	@Test
	void anUnknownAddressLooksLockedAfterAsManyFailures() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("unknown");
		// when
		for (int i = 1; i <= properties.maxFailedLogins(); i++) {
			signIn(email, "falsch " + i, "/login?error");
		}
		// then: the same answer an existing account would get
		signIn(email, "noch einmal falsch", "/login?locked");
	}

	@Test
	void anInvitedAccountWithoutPasswordCannotSignIn() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("invited");
		users.createUser(email, email, null, null);
		// when / then
		signIn(email, "", "/login?error");
		signIn(email, PASSWORD, "/login?error");
	}

	@Test
	void aDisabledAccountAnswersLikeAnUnknownAddress() throws Exception {
		// given: a disabled account (the Geschäftsstelle switched it off)
		String email = IdentityTestData.uniqueEmail("disabled");
		UserId id = users.createUser(email, "Dora Disabled", PASSWORD, null);
		jdbc.sql("update app_user set enabled = false where id = :id").param("id", id.value()).update();
		// when: as many failures as lock an account (or an unknown address)
		for (int i = 1; i <= properties.maxFailedLogins(); i++) {
			signIn(email, "falsch " + i, "/login?error");
		}
		// then: it looks locked like an unknown address would – otherwise the answer tells that the account exists
		signIn(email, "noch einmal falsch", "/login?locked");
		signIn(email, PASSWORD, "/login?locked");
	}
}
