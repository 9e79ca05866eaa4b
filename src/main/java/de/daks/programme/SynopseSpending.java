package de.daks.programme;

import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the Synopse shows of the money of each Kommune – provided by the funding module, which depends on this module
 * (so the Synopse reads it through this interface and no dependency cycle arises). Without a provider the Synopse
 * shows no spending.
 */
public interface SynopseSpending {

	/**
	 * Planned, committed, spent and remaining money of each given Kommune in the programme, summed over the years of
	 * the programme, one line per eligible category.
	 */
	Map<KommuneId, List<Line>> spending(ProgrammeId programme, Collection<KommuneId> kommunen);

	/**
	 * @param category the category's name (e.g. {@code EXTERNAL_CONSULTING})
	 * @param messageKey the message key of the category's label
	 * @param remaining planned minus the larger of committed and spent
	 */
	record Line(String category, String messageKey, BigDecimal planned, BigDecimal committed, BigDecimal spent,
			BigDecimal remaining) {

		/** The sums of this and another line of the same category. */
		public Line plus(Line other) {
			return new Line(category, messageKey, planned.add(other.planned), committed.add(other.committed),
					spent.add(other.spent), remaining.add(other.remaining));
		}
	}
}
