package de.daks.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code daks.security.*}).
 *
 * @param maxFailedLogins consecutive failures (password or TOTP code) that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param resetTokenValidity how long a password-reset link works
 * @param invitationValidity how long an invitation link works
 * @param oidc OpenID Connect sign-in (active only when a client registration is configured)
 */
@ConfigurationProperties("daks.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("60m") Duration resetTokenValidity, @DefaultValue("7d") Duration invitationValidity,
		@DefaultValue Oidc oidc) {

	/** @param autoRegister create an account without roles for an unknown user with a verified e-mail address */
	record Oidc(@DefaultValue("false") boolean autoRegister) {
	}
}
