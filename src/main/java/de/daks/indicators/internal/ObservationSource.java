package de.daks.indicators.internal;

import de.daks.statistics.DatasetId;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The observations of one area the calculator works on: from the statistics store or given (e.g. projected). */
@FunctionalInterface
public interface ObservationSource {

	/** All values of the measure at the reference date (every sex and age band present). */
	List<SourcedObservation> at(Measure measure, LocalDate date);

	static ObservationSource of(StatisticsQueries queries, String area) {
		return (measure, date) -> queries.at(area, measure, date);
	}

	/** Given observations (of one area), all attributed to {@code dataset}. */
	static ObservationSource of(Collection<Observation> observations, DatasetId dataset) {
		Map<Measure, Map<LocalDate, List<SourcedObservation>>> index = new HashMap<>();
		observations.stream()
			.collect(Collectors.groupingBy(Observation::measure, Collectors.groupingBy(Observation::date)))
			.forEach((measure, byDate) -> byDate.forEach((date, list) -> index
				.computeIfAbsent(measure, m -> new HashMap<>())
				.put(date, list.stream().map(o -> new SourcedObservation(o, dataset)).toList())));
		return (measure, date) -> index.getOrDefault(measure, Map.of()).getOrDefault(date, List.of());
	}
}
