package de.daks.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Invite a colleague to a Kommune with a role. */
class InvitationForm {

	@NotBlank(message = "{identity.validation.required}")
	@Email(message = "{identity.validation.email}")
	@Size(max = 320)
	private @Nullable String email;

	@NotNull(message = "{identity.validation.required}")
	private KommuneRole role = KommuneRole.MITGLIED;

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public KommuneRole getRole() {
		return role;
	}

	public void setRole(KommuneRole role) {
		this.role = role;
	}
}
