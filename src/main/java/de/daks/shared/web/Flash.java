package de.daks.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Post-redirect-get messages: the layout shows {@code flashSuccess} / {@code flashError} as a message key. */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute("flashSuccess", messageKey);
	}

	public static void error(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute("flashError", messageKey);
	}
}
