package de.daks.statistics;

import de.daks.shared.KommuneId;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A statistics file was imported (published after commit). Listeners (indicator caches, profiles) refresh what
 * depends on the areas and dates.
 * @param kommune the Kommune it was imported for, null for a programme-wide official table
 */
public record StatisticsImported(DatasetId dataset, @Nullable KommuneId kommune, Set<String> areas,
		Set<LocalDate> dates, int rows) {

	public StatisticsImported {
		areas = Set.copyOf(areas);
		dates = Set.copyOf(dates);
	}
}
