package de.daks.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The e-mail address that asks for a reset link. */
class ForgotPasswordForm {

	@NotBlank(message = "{identity.validation.required}")
	@Email(message = "{identity.validation.email}")
	@Size(max = 320)
	private @Nullable String email;

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}
}
