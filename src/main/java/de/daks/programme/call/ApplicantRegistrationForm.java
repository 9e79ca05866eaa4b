package de.daks.programme.call;

import de.daks.territory.KommuneKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A person without an account registers for a new Kommune while applying to a call. */
public class ApplicantRegistrationForm {

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotBlank
	@Email
	@Size(max = 320)
	private String email = "";

	private String password = "";

	private String confirmation = "";

	@NotBlank
	@Size(max = 200)
	private String kommuneName = "";

	@NotNull
	private @Nullable KommuneKind kommuneKind;

	@NotBlank
	private String land = "";

	/** The official key (AGS) of the Kommune, 8 digits (Gemeinde) or 5 (Kreis), if it has one. */
	@Pattern(regexp = "|[0-9]{5}|[0-9]{8}")
	private String ags = "";

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName == null ? "" : displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null ? "" : email.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password == null ? "" : password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(@Nullable String confirmation) {
		this.confirmation = confirmation == null ? "" : confirmation;
	}

	public String getKommuneName() {
		return kommuneName;
	}

	public void setKommuneName(@Nullable String kommuneName) {
		this.kommuneName = kommuneName == null ? "" : kommuneName;
	}

	public @Nullable KommuneKind getKommuneKind() {
		return kommuneKind;
	}

	public void setKommuneKind(@Nullable KommuneKind kommuneKind) {
		this.kommuneKind = kommuneKind;
	}

	public String getLand() {
		return land;
	}

	public void setLand(@Nullable String land) {
		this.land = land == null ? "" : land.strip();
	}

	public String getAgs() {
		return ags;
	}

	public void setAgs(@Nullable String ags) {
		this.ags = ags == null ? "" : ags.replace(" ", "").strip();
	}
}
