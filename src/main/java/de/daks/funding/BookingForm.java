package de.daks.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new commitment or expense; the amount is German input ({@code 1.234,56}). */
public class BookingForm {

	@NotNull
	private @Nullable UUID programme;

	@NotNull
	private @Nullable Integer year;

	@NotNull
	private CostCategory category = CostCategory.EXTERNAL_CONSULTING;

	@NotNull
	private BookingKind kind = BookingKind.COMMITMENT;

	@NotBlank
	@Size(max = 30)
	private String amount = "";

	@NotBlank
	@Size(max = 500)
	private String description = "";

	@Size(max = 200)
	private String reference = "";

	private boolean warningAccepted;

	public @Nullable UUID getProgramme() {
		return programme;
	}

	public void setProgramme(@Nullable UUID programme) {
		this.programme = programme;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public CostCategory getCategory() {
		return category;
	}

	public void setCategory(CostCategory category) {
		this.category = category;
	}

	public BookingKind getKind() {
		return kind;
	}

	public void setKind(BookingKind kind) {
		this.kind = kind;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount == null ? "" : amount;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference == null ? "" : reference;
	}

	public boolean isWarningAccepted() {
		return warningAccepted;
	}

	public void setWarningAccepted(boolean warningAccepted) {
		this.warningAccepted = warningAccepted;
	}
}
