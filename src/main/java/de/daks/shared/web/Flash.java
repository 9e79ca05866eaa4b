package de.daks.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post-redirect-get messages: the layout shows {@code flashSuccess} / {@code flashError} as a message key, with the
 * arguments in {@code flashArgs} when there are any (user text in them is escaped like every text).
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute("flashSuccess", messageKey);
	}

	public static void error(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute("flashError", messageKey);
	}

	public static void success(RedirectAttributes attributes, String messageKey, Object... args) {
		attributes.addFlashAttribute("flashSuccess", messageKey);
		attributes.addFlashAttribute("flashArgs", args);
	}

	public static void error(RedirectAttributes attributes, String messageKey, Object... args) {
		attributes.addFlashAttribute("flashError", messageKey);
		attributes.addFlashAttribute("flashArgs", args);
	}
}
