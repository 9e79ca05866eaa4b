package de.daks.programme;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form for a new programme. */
class ProgrammeForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[\\p{L}0-9 ._-]*")
	private String shortName = "";

	@Size(max = 4000)
	private String description = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate periodStart;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate periodEnd;

	@AssertTrue(message = "{programme.form.periodOrder}")
	boolean isPeriodInOrder() {
		return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public @Nullable LocalDate getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(@Nullable LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public @Nullable LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(@Nullable LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}
}
