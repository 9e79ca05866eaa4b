package de.daks.process.web;

import de.daks.process.Minutes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The minutes of the Kick-Off meeting. */
class MinutesForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@Size(max = 200)
	private @Nullable String place;

	@Min(0)
	@Max(100_000)
	private @Nullable Integer participants;

	@Size(max = 20_000)
	private @Nullable String text;

	@Size(max = 10_000)
	private @Nullable String decisions;

	static MinutesForm of(Minutes minutes) {
		MinutesForm form = new MinutesForm();
		form.date = minutes.date();
		form.place = minutes.place();
		form.participants = minutes.participants();
		form.text = minutes.text();
		form.decisions = minutes.decisions();
		return form;
	}

	Minutes toMinutes() {
		return Minutes.of(date, place, participants, text, decisions);
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place;
	}

	public @Nullable Integer getParticipants() {
		return participants;
	}

	public void setParticipants(@Nullable Integer participants) {
		this.participants = participants;
	}

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable String getDecisions() {
		return decisions;
	}

	public void setDecisions(@Nullable String decisions) {
		this.decisions = decisions;
	}
}
