package de.daks.toolbox;

import de.daks.process.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The starter set of the Werkzeugkoffer ({@code toolbox/starter.yaml}): loaded at every start, each entry once
 * (by its key), published. Part of the product, not of the demo.
 */
@Component
class StarterSet {

	private static final Logger log = LoggerFactory.getLogger(StarterSet.class);

	static final String RESOURCE = "toolbox/starter.yaml";

	private final Toolbox toolbox;

	StarterSet(Toolbox toolbox) {
		this.toolbox = toolbox;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void load() {
		int loaded = 0;
		for (Map.Entry<String, EntryContent> entry : read().entrySet()) {
			if (toolbox.loadStarter(entry.getKey(), entry.getValue())) {
				loaded++;
			}
		}
		if (loaded > 0) {
			log.info("Werkzeugkoffer: {} entries of the starter set loaded", loaded);
		}
	}

	/** The entries of the resource by key, checked: every field present, every classification a known value. */
	static Map<String, EntryContent> read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			List<Map<String, Object>> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, EntryContent> entries = new java.util.LinkedHashMap<>();
			for (Map<String, Object> item : items) {
				String key = text(item, "key");
				if (entries.put(key, content(item)) != null) {
					throw new IllegalStateException(RESOURCE + ": key twice: " + key);
				}
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static EntryContent content(Map<String, Object> item) {
		return new EntryContent(EntryType.valueOf(text(item, "type")), text(item, "title"), text(item, "problem"),
				text(item, "description"), text(item, "steps"), text(item, "effortTime"), text(item, "effortStaff"),
				text(item, "effortCost"), enums(item, "sizes", Suitability.class),
				enums(item, "processSteps", Step.class), enums(item, "themes", Theme.class),
				enums(item, "targetGroups", TargetGroup.class), text(item, "origin"), list(item, "links"),
				text(item, "licence"));
	}

	private static String text(Map<String, Object> item, String field) {
		Object value = item.get(field);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException(RESOURCE + ": " + item.get("key") + " lacks " + field);
		}
		return value.toString().strip();
	}

	private static List<String> list(Map<String, Object> item, String field) {
		List<String> values = new ArrayList<>();
		if (item.get(field) instanceof List<?> list) {
			list.forEach(v -> values.add(String.valueOf(v)));
		}
		return values;
	}

	private static <E extends Enum<E>> Set<E> enums(Map<String, Object> item, String field, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		for (String value : list(item, field)) {
			set.add(Enum.valueOf(type, value));
		}
		if (set.isEmpty()) {
			throw new IllegalStateException(RESOURCE + ": " + item.get("key") + " lacks " + field);
		}
		return set;
	}
}
