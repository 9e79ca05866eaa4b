package de.daks.network;

import de.daks.process.Step;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a Kommune looks for: themes, the process step, its Land, and a budget for a number of consulting days.
 * @param budget EUR available for the whole assignment, if known
 * @param days consulting days wanted, if known
 */
public record ConsultingNeed(Set<Theme> themes, @Nullable Step step, @Nullable Land land, @Nullable BigDecimal budget,
		@Nullable Integer days) {

	public ConsultingNeed {
		themes = Set.copyOf(themes);
	}
}
