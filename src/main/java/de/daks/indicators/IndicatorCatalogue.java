package de.daks.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The immutable catalogue of indicator definitions, in display order. */
public final class IndicatorCatalogue {

	private final Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();

	public IndicatorCatalogue(List<IndicatorDefinition> definitions) {
		definitions.stream()
			.sorted(java.util.Comparator.comparingInt(IndicatorDefinition::position))
			.forEach(d -> {
				if (byId.put(d.id(), d) != null) {
					throw new IllegalArgumentException("duplicate indicator id " + d.id());
				}
			});
	}

	public List<IndicatorDefinition> all() {
		return List.copyOf(byId.values());
	}

	public Optional<IndicatorDefinition> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public IndicatorDefinition get(String id) {
		return find(id).orElseThrow(() -> new de.daks.shared.NotFoundException("Indicator " + id));
	}

	/** The topics in order of their first definition. */
	public List<String> topics() {
		return byId.values().stream().map(IndicatorDefinition::topic).distinct().toList();
	}

	public int size() {
		return byId.size();
	}
}
