package de.daks.process.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A next step agreed at the Kick-Off. */
class NextStepForm {

	@NotBlank
	@Size(max = 500)
	private @Nullable String what;

	@Size(max = 200)
	private @Nullable String who;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate due;

	public @Nullable String getWhat() {
		return what;
	}

	public void setWhat(@Nullable String what) {
		this.what = what;
	}

	public @Nullable String getWho() {
		return who;
	}

	public void setWho(@Nullable String who) {
		this.who = who;
	}

	public @Nullable LocalDate getDue() {
		return due;
	}

	public void setDue(@Nullable LocalDate due) {
		this.due = due;
	}
}
