package de.daks.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Read access to the imported statistics for other modules. Where several datasets hold the same cell, the most
 * recently imported dataset wins; every returned value remembers its dataset (see {@link SourcedObservation}).
 */
public interface StatisticsQueries {

	/** All values of an area and measure at one reference date (every sex and age band present). */
	List<SourcedObservation> at(String area, Measure measure, LocalDate date);

	/** All values of an area and measure over all dates, ordered by date. */
	List<SourcedObservation> series(String area, Measure measure);

	/** The reference dates for which an area has values of a measure, ascending. */
	List<LocalDate> dates(String area, Measure measure);

	/** The areas that have any value of the measure at the date. */
	Set<String> areasWith(Measure measure, LocalDate date);

	/** An observation with the dataset it comes from. */
	record SourcedObservation(Observation observation, DatasetId dataset) {
	}
}
