package de.daks.profile.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what the team typed – Markdown, a small subset of HTML, or both mixed – into safe HTML: Markdown is rendered
 * (HTML in it passes through to the sanitiser), then the OWASP sanitiser keeps only {@code p, h3, h4, ul, ol, li,
 * strong, em} and {@code a[href]} with http, https or mailto links. Headings of other levels become h3/h4 so they
 * fit below the section heading; {@code b}/{@code i} become {@code strong}/{@code em}. Everything else (scripts,
 * event handlers, styles, images) is dropped, its text kept where it is text.
 */
public final class RichText {

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().softbreak(" ").build();

	public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h3", "h4", "ul", "ol", "li", "strong", "em", "a")
		.allowElements((name, attributes) -> "h3", "h1", "h2")
		.allowElements((name, attributes) -> "h4", "h5", "h6")
		.allowElements((name, attributes) -> "strong", "b")
		.allowElements((name, attributes) -> "em", "i")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private RichText() {
	}

	/** Sanitised HTML of the source; empty if nothing allowed remains. */
	public static String toSafeHtml(String source) {
		String html = RENDERER.render(MARKDOWN.parse(source.replace("\r\n", "\n")));
		return POLICY.sanitize(html).strip();
	}

	/** Whether the sanitised HTML has visible text (not just empty elements). */
	public static boolean hasText(String safeHtml) {
		return !safeHtml.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").isBlank();
	}
}
