package de.daks.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx enhances working pages: the same handler renders the whole page or, for htmx, a fragment of it. */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** {@code view} for a normal request, {@code view :: fragment} for an htmx request. */
	public static String view(HttpServletRequest request, String view, String fragment) {
		return isHtmx(request) ? view + " :: " + fragment : view;
	}
}
