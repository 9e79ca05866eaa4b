package de.daks.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The guidance text of each step, written for DAKS as Markdown under {@code guidance/<language>/<step>.md} and
 * rendered to HTML once per language. The files are product text, not user input; raw HTML in them is escaped
 * all the same, so a careless edit cannot inject markup.
 */
@Component
class Guidance {

	private static final String DEFAULT_LANGUAGE = "de";

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	/** The step's guidance as HTML in the language of {@code locale}, German when that language has none. */
	String html(Step step, Locale locale) {
		String language = "en".equals(locale.getLanguage()) ? "en" : DEFAULT_LANGUAGE;
		return cache.computeIfAbsent(language + "/" + step.slug(), key -> render(step, language));
	}

	private String render(Step step, String language) {
		ClassPathResource resource = new ClassPathResource("guidance/" + language + "/" + step.slug() + ".md");
		if (!resource.exists()) {
			resource = new ClassPathResource("guidance/" + DEFAULT_LANGUAGE + "/" + step.slug() + ".md");
		}
		try (InputStream in = resource.getInputStream()) {
			String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			// the files use level-3 headings: the page has its own h1 and an h2 above the guidance
			return renderer.render(parser.parse(markdown));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Guidance missing: " + resource.getPath(), ex);
		}
	}
}
