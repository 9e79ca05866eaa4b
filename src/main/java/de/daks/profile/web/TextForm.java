package de.daks.profile.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A topic text as typed: Markdown or simple HTML. */
class TextForm {

	@Size(max = 20_000)
	private @Nullable String source;

	public @Nullable String getSource() {
		return source;
	}

	public void setSource(@Nullable String source) {
		this.source = source;
	}
}
