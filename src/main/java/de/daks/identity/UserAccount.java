package de.daks.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored account. The password hash and the TOTP secret never leave the identity module's services. */
public record UserAccount(UserId id, String email, String displayName, @Nullable String passwordHash,
		@Nullable GlobalRole globalRole, boolean enabled, int failedLogins, @Nullable Instant lockedUntil,
		@Nullable String totpSecret, boolean totpEnabled, Instant createdAt) {

	/** Whether sign-in is refused because of too many failed attempts. */
	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** The Geschäftsstelle must use a second factor; others may. */
	public boolean requiresSecondFactor() {
		return globalRole == GlobalRole.GESCHAEFTSSTELLE || totpEnabled;
	}

	/** A view without secrets, for templates. */
	@Override
	public String toString() {
		return "UserAccount[" + email + "]";
	}
}
