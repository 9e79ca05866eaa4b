package de.daks.identity;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Switching the own second factor off needs the current password. */
class DisableTotpForm {

	@NotBlank(message = "{identity.validation.required}")
	private @Nullable String currentPassword;

	public @Nullable String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(@Nullable String currentPassword) {
		this.currentPassword = currentPassword;
	}
}
