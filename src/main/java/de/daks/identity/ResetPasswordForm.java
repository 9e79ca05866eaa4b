package de.daks.identity;

import org.jspecify.annotations.Nullable;

/** A new password behind a reset link; the policy is checked by {@link PasswordPolicy}. */
class ResetPasswordForm {

	private @Nullable String token;

	private @Nullable String password;

	private @Nullable String confirmation;

	public @Nullable String getToken() {
		return token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public @Nullable String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(@Nullable String confirmation) {
		this.confirmation = confirmation;
	}
}
