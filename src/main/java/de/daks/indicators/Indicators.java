package de.daks.indicators;

import java.util.List;
import java.util.Optional;

/** Every indicator of the catalogue for one area and year: the computable ones and the others with their reason. */
public record Indicators(String area, int year, List<IndicatorValue> values, List<NotComputable> notComputable) {

	public Indicators {
		values = List.copyOf(values);
		notComputable = List.copyOf(notComputable);
	}

	public Optional<IndicatorValue> value(String definitionId) {
		return values.stream().filter(v -> v.definitionId().equals(definitionId)).findFirst();
	}

	public Optional<NotComputable> reason(String definitionId) {
		return notComputable.stream().filter(v -> v.definitionId().equals(definitionId)).findFirst();
	}

	/** Whether the area has no computable indicator at all for the year (no data). */
	public boolean isEmpty() {
		return values.isEmpty();
	}
}
