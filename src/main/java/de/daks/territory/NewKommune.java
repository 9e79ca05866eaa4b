package de.daks.territory;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What it takes to register a Kommune; see {@link Kommune} for the fields. */
public record NewKommune(String name, KommuneKind kind, List<String> areaKeys, @Nullable String landCode,
		@Nullable Long population, @Nullable String populationDate, @Nullable BigDecimal areaKm2, boolean synthetic) {
}
