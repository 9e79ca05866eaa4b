/**
 * Indicators: the catalogue of demographic indicators (stored as data, DOMAIN.md section 4) and their computation for
 * any area and year from the statistics ({@link de.daks.statistics.StatisticsQueries}) or from a given set of
 * observations (e.g. a projected population), with comparisons (parent Kreis, Land, Germany, time series, peers).
 * The public entry point is {@link de.daks.indicators.IndicatorService}.
 */
@NullMarked
@ApplicationModule(displayName = "Indicators")
package de.daks.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
