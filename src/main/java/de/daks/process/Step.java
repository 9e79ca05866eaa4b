package de.daks.process;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five steps of a Kommune's demography process, in their order. Each step has a readable path segment
 * ({@code /kommunen/{id}/schritte/kick-off}) and a message key for its name.
 */
public enum Step {

	KICK_OFF("kick-off"),
	KOMMUNALPROFIL("kommunalprofil"),
	ZUKUNFTSWERKSTATT("zukunftswerkstatt"),
	WERKSTATTPLAN("werkstattplan"),
	ZWISCHENBILANZ("zwischenbilanz");

	private final String slug;

	Step(String slug) {
		this.slug = slug;
	}

	/** The path segment of the step page, e.g. {@code kick-off}. */
	public String slug() {
		return slug;
	}

	/** 1 to 5, as the steps are numbered in the programme's material. */
	public int number() {
		return ordinal() + 1;
	}

	public String messageKey() {
		return "process.step." + name();
	}

	public Optional<Step> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The step for a path segment; empty for anything else (the caller answers 404). */
	public static Optional<Step> fromSlug(String slug) {
		return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
	}
}
