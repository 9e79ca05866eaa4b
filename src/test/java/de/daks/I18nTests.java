package de.daks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * German first, English complete: every message key exists in both locales, every key a template uses exists, and
 * no template carries literal UI text (text nodes or user-facing attributes not produced by {@code #{…}}).
 */
@Tag("no-database")
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

	private static final Pattern KEY_USE = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value",
			"summary");

	private static final Set<String> DYNAMIC = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
			"th:errors");

	@Test
	void everyKeyExistsInGermanAndEnglish() throws IOException {
		// given
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path german : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path english = german.resolveSibling(german.getFileName().toString().replace(".properties",
						"_en.properties"));
				// when
				Properties de = load(german);
				Properties en = Files.exists(english) ? load(english) : new Properties();
				// then
				difference(de.stringPropertyNames(), en.stringPropertyNames())
					.forEach(k -> problems.add(english.getFileName() + " lacks " + k));
				difference(en.stringPropertyNames(), de.stringPropertyNames())
					.forEach(k -> problems.add(german.getFileName() + " lacks " + k));
				de.forEach((k, v) -> {
					if (v.toString().isBlank()) {
						problems.add(german.getFileName() + " has an empty value for " + k);
					}
				});
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		// given
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				keys.addAll(load(file).stringPropertyNames());
			}
		}
		List<String> missing = new ArrayList<>();
		// when
		for (Path template : templates()) {
			Matcher matcher = KEY_USE.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		// then
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (isReplacedAtRuntime(element) || "script".equals(element.tagName())
						|| "style".equals(element.tagName())) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTERS.matcher(text.text()).find()) {
						literals.add(TEMPLATES.relativize(template) + " <" + element.tagName() + ">: "
								+ text.text().strip());
					}
				}
				element.attributes().forEach(attribute -> {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && LETTERS.matcher(attribute.getValue()).find()
							&& !(element.tagName().equals("input") && attribute.getKey().equals("value"))
							&& !(element.tagName().equals("option") && attribute.getKey().equals("value"))
							&& !(element.tagName().equals("button") && attribute.getKey().equals("value"))) {
						literals.add(TEMPLATES.relativize(template) + " <" + element.tagName() + " "
								+ attribute.getKey() + ">: " + attribute.getValue());
					}
				});
			}
		}
		assertThat(literals).isEmpty();
	}

	private static boolean isReplacedAtRuntime(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if ("html".equals(e.tagName())) {
				// a page's root is replaced by the layout, which then renders the page's own sections
				continue;
			}
			for (String attribute : DYNAMIC) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}
}
