package de.daks.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An account as the Geschäftsstelle creates or edits it (the e-mail address is fixed after creation). */
class UserForm {

	@NotBlank(message = "{identity.validation.required}")
	@Email(message = "{identity.validation.email}")
	@Size(max = 320)
	private @Nullable String email;

	@NotBlank(message = "{identity.validation.required}")
	@Size(max = 200)
	private @Nullable String displayName;

	private @Nullable GlobalRole globalRole;

	private boolean enabled = true;

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable GlobalRole getGlobalRole() {
		return globalRole;
	}

	public void setGlobalRole(@Nullable GlobalRole globalRole) {
		this.globalRole = globalRole;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}
}
