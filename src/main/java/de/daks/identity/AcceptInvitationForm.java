package de.daks.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The invitee's name and password behind an invitation link. */
class AcceptInvitationForm {

	private @Nullable String token;

	@NotBlank(message = "{identity.validation.required}")
	@Size(max = 200)
	private @Nullable String displayName;

	private @Nullable String password;

	private @Nullable String confirmation;

	public @Nullable String getToken() {
		return token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
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
