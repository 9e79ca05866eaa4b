/**
 * Statistics: datasets with provenance, the importers of official and municipal tables (GENESIS classic CSV, GENESIS
 * flat file, register extracts by single year, quarter tables, the canonical CSV), and the observations they yield.
 * The canonical record is {@link de.daks.statistics.Observation}; other modules read it through
 * {@link de.daks.statistics.StatisticsQueries}.
 */
@NullMarked
@ApplicationModule(displayName = "Statistics")
package de.daks.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
