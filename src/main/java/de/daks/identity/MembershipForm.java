package de.daks.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** A membership the Geschäftsstelle adds: Kommune and role. */
class MembershipForm {

	@NotBlank(message = "{identity.validation.required}")
	@Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
			message = "{identity.validation.kommune}")
	private @Nullable String kommuneId;

	@NotNull(message = "{identity.validation.required}")
	private KommuneRole role = KommuneRole.MITGLIED;

	public @Nullable String getKommuneId() {
		return kommuneId;
	}

	public void setKommuneId(@Nullable String kommuneId) {
		this.kommuneId = kommuneId;
	}

	public KommuneRole getRole() {
		return role;
	}

	public void setRole(KommuneRole role) {
		this.role = role;
	}
}
