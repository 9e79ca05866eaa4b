package de.daks.process.web;

import de.daks.process.Stakeholder;
import de.daks.process.StakeholderCategory;
import de.daks.process.StakeholderDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or changing a stakeholder of the Kick-Off. */
class StakeholderForm {

	@NotBlank
	@Size(max = 200)
	private @Nullable String organisation;

	@Size(max = 200)
	private @Nullable String person;

	@Size(max = 200)
	private @Nullable String role;

	@Email
	@Size(max = 320)
	private @Nullable String email;

	/** Digits, spaces and the usual separators of German numbers: +49 521 922787-56, (0521) 92 27 87. */
	@Size(max = 60)
	@Pattern(regexp = "[0-9 +()/.\\-]*")
	private @Nullable String phone;

	@NotNull
	private @Nullable StakeholderCategory category;

	private boolean invited;

	private boolean attended;

	static StakeholderForm of(Stakeholder stakeholder) {
		StakeholderDetails d = stakeholder.details();
		StakeholderForm form = new StakeholderForm();
		form.organisation = d.organisation();
		form.person = d.person();
		form.role = d.role();
		form.email = d.email();
		form.phone = d.phone();
		form.category = d.category();
		form.invited = d.invited();
		form.attended = d.attended();
		return form;
	}

	/** Only after successful validation: organisation and category are set. */
	StakeholderDetails toDetails() {
		return new StakeholderDetails(String.valueOf(organisation), person, role, email, phone,
				category == null ? StakeholderCategory.SONSTIGE : category, invited, attended);
	}

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable String organisation) {
		this.organisation = organisation;
	}

	public @Nullable String getPerson() {
		return person;
	}

	public void setPerson(@Nullable String person) {
		this.person = person;
	}

	public @Nullable String getRole() {
		return role;
	}

	public void setRole(@Nullable String role) {
		this.role = role;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable StakeholderCategory getCategory() {
		return category;
	}

	public void setCategory(@Nullable StakeholderCategory category) {
		this.category = category;
	}

	public boolean isInvited() {
		return invited;
	}

	public void setInvited(boolean invited) {
		this.invited = invited;
	}

	public boolean isAttended() {
		return attended;
	}

	public void setAttended(boolean attended) {
		this.attended = attended;
	}
}
