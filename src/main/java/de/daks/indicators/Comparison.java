package de.daks.indicators;

import java.util.List;
import java.util.Optional;

/**
 * The indicators of an area next to those of the areas it is compared with (parent Kreis, Land, Germany – or peers).
 *
 * @param subject the area itself
 * @param others the areas compared with, in display order (e.g. Kreis, Land, Germany)
 */
public record Comparison(Compared subject, List<Compared> others) {

	public Comparison {
		others = List.copyOf(others);
	}

	/**
	 * One area of a comparison.
	 *
	 * @param role {@code subject}, {@code kreis}, {@code land}, {@code germany} or {@code peer}
	 * @param key the area key (statistics key)
	 * @param name the area's name (from the territory, or the key if unknown)
	 */
	public record Compared(String role, String key, String name, Indicators indicators) {

		public Optional<IndicatorValue> value(String definitionId) {
			return indicators.value(definitionId);
		}
	}
}
