package de.daks.identity;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** The own password: the current one and a new one. */
class ChangePasswordForm {

	@NotBlank(message = "{identity.validation.required}")
	private @Nullable String currentPassword;

	private @Nullable String password;

	private @Nullable String confirmation;

	public @Nullable String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(@Nullable String currentPassword) {
		this.currentPassword = currentPassword;
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
