package de.daks.profile.web;

import de.daks.profile.InventoryItem;
import de.daks.profile.InventoryKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Adding or changing an entry of the inventory (Bestandsaufnahme). */
class InventoryForm {

	@NotBlank
	@Size(max = 200)
	private @Nullable String title;

	@NotNull
	private @Nullable InventoryKind kind = InventoryKind.MEASURE;

	@Size(max = 100)
	private @Nullable String topic;

	@Size(max = 200)
	private @Nullable String responsible;

	@Min(1900)
	@Max(9999)
	private @Nullable Integer since;

	@Size(max = 200)
	private @Nullable String targetGroup;

	@Size(max = 4000)
	private @Nullable String description;

	static InventoryForm of(InventoryItem item) {
		InventoryForm form = new InventoryForm();
		form.title = item.title();
		form.kind = item.kind();
		form.topic = item.topic();
		form.responsible = item.responsible();
		form.since = item.since();
		form.targetGroup = item.targetGroup();
		form.description = item.description();
		return form;
	}

	/** Checks beyond the annotations: the start year is not in the future. */
	void validate(BindingResult result, int currentYear) {
		if (since != null && since > currentYear && !result.hasFieldErrors("since")) {
			result.rejectValue("since", "Future.inventoryForm.since", new Object[] { String.valueOf(currentYear) },
					"since");
		}
	}

	/** Only after successful validation. */
	InventoryItem toItem(long id) {
		return new InventoryItem(id, String.valueOf(title).strip(), kind == null ? InventoryKind.MEASURE : kind,
				blankToNull(topic), blankToNull(responsible), since, blankToNull(targetGroup),
				blankToNull(description));
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static int currentYear() {
		return Year.now(ProfileWebSupport.ZONE).getValue();
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable InventoryKind getKind() {
		return kind;
	}

	public void setKind(@Nullable InventoryKind kind) {
		this.kind = kind;
	}

	public @Nullable String getTopic() {
		return topic;
	}

	public void setTopic(@Nullable String topic) {
		this.topic = topic;
	}

	public @Nullable String getResponsible() {
		return responsible;
	}

	public void setResponsible(@Nullable String responsible) {
		this.responsible = responsible;
	}

	public @Nullable Integer getSince() {
		return since;
	}

	public void setSince(@Nullable Integer since) {
		this.since = since;
	}

	public @Nullable String getTargetGroup() {
		return targetGroup;
	}

	public void setTargetGroup(@Nullable String targetGroup) {
		this.targetGroup = targetGroup;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}
}
