package de.daks.identity;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A six-digit code from the authenticator app. */
class TotpCodeForm {

	@NotBlank(message = "{identity.validation.required}")
	private @Nullable String code;

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}
}
