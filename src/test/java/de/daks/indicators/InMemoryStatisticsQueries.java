package de.daks.indicators;

import de.daks.statistics.DatasetId;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A real {@link StatisticsQueries} over observations held in memory (test scope, no mock): datasets are added in
 * import order and, as in the store, the most recently added dataset wins a cell.
 */
public final class InMemoryStatisticsQueries implements StatisticsQueries {

	private final Map<Observation.Cell, SourcedObservation> cells = new LinkedHashMap<>();

	/** Adds a dataset; its cells replace those of earlier datasets. */
	public InMemoryStatisticsQueries add(DatasetId dataset, List<Observation> observations) {
		observations.forEach(o -> cells.put(o.cell(), new SourcedObservation(o, dataset)));
		return this;
	}

	@Override
	public List<SourcedObservation> at(String area, Measure measure, LocalDate date) {
		return cells.values().stream()
			.filter(s -> s.observation().area().equals(area) && s.observation().measure() == measure
					&& s.observation().date().equals(date))
			.toList();
	}

	@Override
	public List<SourcedObservation> series(String area, Measure measure) {
		List<SourcedObservation> result = new ArrayList<>(cells.values().stream()
			.filter(s -> s.observation().area().equals(area) && s.observation().measure() == measure)
			.toList());
		result.sort(Comparator.comparing(s -> s.observation().date()));
		return result;
	}

	@Override
	public List<LocalDate> dates(String area, Measure measure) {
		return List.copyOf(series(area, measure).stream().map(s -> s.observation().date())
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	@Override
	public Set<String> areasWith(Measure measure, LocalDate date) {
		return cells.values().stream()
			.filter(s -> s.observation().measure() == measure && s.observation().date().equals(date))
			.map(s -> s.observation().area())
			.collect(Collectors.toSet());
	}
}
