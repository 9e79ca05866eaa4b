package de.daks.identity;

import de.daks.shared.audit.AuditLog;
import java.io.Serial;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps a user who signed in with an OpenID Connect provider to a DAKS account: first by the stored subject (issuer +
 * {@code sub}), then by a verified e-mail address (and the subject is remembered). Unknown users are refused unless
 * {@code daks.security.oidc.auto-register=true}; then an account without any role is created. A role is never given
 * by the provider – the Geschäftsstelle grants them in DAKS.
 */
@Service
class OidcAccounts {

	/** The error code the failure handler turns into the "no account" message on the sign-in page. */
	static final String UNKNOWN_ACCOUNT = "daks_unknown_account";

	private final UserRepository users;

	private final UserManagement userManagement;

	private final AuditLog audit;

	private final SecurityProperties properties;

	OidcAccounts(UserRepository users, UserManagement userManagement, AuditLog audit, SecurityProperties properties) {
		this.users = users;
		this.userManagement = userManagement;
		this.audit = audit;
		this.properties = properties;
	}

	/**
	 * The DAKS account of an OIDC user, linked or created as described above.
	 * @throws OAuth2AuthenticationException with {@link #UNKNOWN_ACCOUNT} if there is none to use
	 */
	@Transactional
	public UserAccount accountFor(String issuer, String subject, @Nullable String email, @Nullable Boolean emailVerified,
			@Nullable String name) {
		String key = issuer + "#" + subject;
		Optional<UserAccount> linked = users.findByOidcSubject(key);
		if (linked.isPresent()) {
			return linked.get();
		}
		boolean verified = Boolean.TRUE.equals(emailVerified) && email != null && !email.isBlank();
		if (verified) {
			Optional<UserAccount> byEmail = users.findByEmail(email);
			if (byEmail.isPresent()) {
				users.linkOidcSubject(byEmail.get().id(), key);
				audit.record("identity.oidc.linked", "User", byEmail.get().id().toString(), null,
						"signed in with " + issuer + " for the first time");
				return users.findById(byEmail.get().id()).orElseThrow();
			}
			if (properties.oidc().autoRegister()) {
				String displayName = name == null || name.isBlank() ? email : name;
				UserId id = userManagement.createUser(email, displayName, null, null);
				users.linkOidcSubject(id, key);
				return users.findById(id).orElseThrow();
			}
		}
		throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_ACCOUNT,
				"No DAKS account for this " + (verified ? "e-mail address" : "unverified e-mail address"), null));
	}

	/** The provider's user, loaded by Spring Security, then mapped to the DAKS account. */
	OidcUserService userService() {
		OidcUserService delegate = new OidcUserService();
		return new OidcUserService() {
			@Override
			public OidcUser loadUser(OidcUserRequest request) {
				OidcUser user = delegate.loadUser(request);
				String issuer = user.getIssuer() == null ? request.getClientRegistration().getRegistrationId()
						: user.getIssuer().toString();
				UserAccount account = accountFor(issuer, user.getSubject(), user.getEmail(), user.getEmailVerified(),
						user.getFullName());
				return new DaksOidcUser(user, account.id().value());
			}
		};
	}

	/** The provider's user with the DAKS account it was mapped to; replaced by a {@link DaksPrincipal} at once. */
	static final class DaksOidcUser extends DefaultOidcUser {

		@Serial
		private static final long serialVersionUID = 1L;

		private final UUID userId;

		DaksOidcUser(OidcUser user, UUID userId) {
			super(user.getAuthorities().stream().map(GrantedAuthority.class::cast).toList(), user.getIdToken(),
					user.getUserInfo());
			this.userId = userId;
		}

		UUID userId() {
			return userId;
		}
	}
}
