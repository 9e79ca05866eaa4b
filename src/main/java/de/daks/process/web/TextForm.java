package de.daks.process.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One text field: a note on a step, or the team's own checklist item (shorter limit checked by the handler). */
class TextForm {

	@NotBlank
	@Size(max = 10_000)
	private @Nullable String text;

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}
}
