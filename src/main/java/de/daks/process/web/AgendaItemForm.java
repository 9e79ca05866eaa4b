package de.daks.process.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new agenda item of the Kick-Off. */
class AgendaItemForm {

	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime time;

	@NotBlank
	@Size(max = 300)
	private @Nullable String topic;

	@Size(max = 200)
	private @Nullable String responsible;

	public @Nullable LocalTime getTime() {
		return time;
	}

	public void setTime(@Nullable LocalTime time) {
		this.time = time;
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
}
