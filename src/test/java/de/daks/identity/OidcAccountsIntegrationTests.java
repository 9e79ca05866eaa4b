package de.daks.identity;

import static de.daks.identity.IdentityTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.daks.DaksIntegrationTest;
import de.daks.shared.audit.AuditLog;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/** The mapping of OIDC users to DAKS accounts; no identity provider is reachable in tests, so it is called directly. */
@DaksIntegrationTest
class OidcAccountsIntegrationTests {

	private static final String ISSUER = "https://id.example.org/realms/daks";

	@Autowired
	OidcAccounts oidc;

	@Autowired
	UserRepository repository;

	@Autowired
	UserManagement users;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aVerifiedAddressFindsTheAccountAndTheSubjectIsRememberedFromThenOn() {
		// given
		String email = IdentityTestData.uniqueEmail("oidc");
		UserId id = users.createUser(email, "Olga Oidc", PASSWORD, GlobalRole.MINISTERIUM);
		String subject = "sub-" + id;
		// when
		UserAccount first = oidc.accountFor(ISSUER, subject, email.toUpperCase(), true, "Olga");
		// then: later sign-ins find it by subject, even after the address changed at the provider
		UserAccount later = oidc.accountFor(ISSUER, subject, "other-" + email, false, "Olga");
		assertThat(first.id()).isEqualTo(id);
		assertThat(later.id()).isEqualTo(id);
		assertThat(later.globalRole()).isEqualTo(GlobalRole.MINISTERIUM);
	}

	@Test
	void anUnverifiedAddressOrAnUnknownUserIsRefused() {
		// given
		String email = IdentityTestData.uniqueEmail("oidc-unverified");
		users.createUser(email, "Uwe Unverified", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		// when / then
		assertThatThrownBy(() -> oidc.accountFor(ISSUER, "sub-x", email, false, "Uwe"))
			.isInstanceOf(OAuth2AuthenticationException.class)
			.extracting(ex -> ((OAuth2AuthenticationException) ex).getError().getErrorCode())
			.isEqualTo(OidcAccounts.UNKNOWN_ACCOUNT);
		assertThatThrownBy(() -> oidc.accountFor(ISSUER, "sub-y", email, null, "Uwe"))
			.isInstanceOf(OAuth2AuthenticationException.class);
		String unknown = IdentityTestData.uniqueEmail("oidc-unknown");
		assertThatThrownBy(() -> oidc.accountFor(ISSUER, "sub-z", unknown, true, "Zora"))
			.isInstanceOf(OAuth2AuthenticationException.class);
		assertThat(users.findByEmail(unknown)).as("no account without auto-register").isEmpty();
	}

	@Test
	void autoRegistrationCreatesAnAccountWithoutAnyRole() {
		// given: the same mapping with daks.security.oidc.auto-register=true
		OidcAccounts autoRegistering = new OidcAccounts(repository, users, audit, new SecurityProperties(5,
				Duration.ofMinutes(15), Duration.ofMinutes(60), Duration.ofDays(7), new SecurityProperties.Oidc(true)));
		String email = IdentityTestData.uniqueEmail("oidc-new");
		// when
		UserAccount created = transactions
			.execute(status -> autoRegistering.accountFor(ISSUER, "sub-new-" + email, email, true, "Nora Neu"));
		// then
		assertThat(created.email()).isEqualTo(email);
		assertThat(created.displayName()).isEqualTo("Nora Neu");
		assertThat(created.globalRole()).isNull();
		assertThat(created.passwordHash()).isNull();
		assertThat(users.membershipsOf(created.id())).isEmpty();
		// and an unverified address is still refused
		assertThatThrownBy(() -> transactions.execute(status -> autoRegistering.accountFor(ISSUER, "sub-2",
				IdentityTestData.uniqueEmail("oidc-unv"), false, "X")))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}
}
