package de.daks.statistics.web;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a file or dataset holds per reference date: the number of values and areas, and the population of its top
 * level – the areas with the shortest keys (Germany, the Länder, the Kreise … whichever level is the highest in the
 * file), summed. An area's population is its total ({@code t}, all ages) where given, else the sum of its male and
 * female values (a register extract by single years).
 */
public final class DatasetSummary implements Consumer<Observation> {

	/** One reference date. */
	public record DateRow(LocalDate date, int values, int areas, int topAreas, double topPopulation, Set<String> measures) {
	}

	private final Map<LocalDate, Accumulator> dates = new TreeMap<>();

	private final Set<String> areas = new TreeSet<>();

	private int values;

	private static final class Accumulator {

		int values;

		final Map<String, double[]> areas = new HashMap<>();

		final Set<String> measures = new TreeSet<>();
	}

	static DatasetSummary of(List<Observation> observations) {
		DatasetSummary summary = new DatasetSummary();
		observations.forEach(summary);
		return summary;
	}

	@Override
	public void accept(Observation o) {
		values++;
		areas.add(o.area());
		Accumulator date = dates.computeIfAbsent(o.date(), d -> new Accumulator());
		date.values++;
		date.measures.add(o.measure().code());
		// [total of t/all (NaN = none), sum of m and f over all bands]
		double[] area = date.areas.computeIfAbsent(o.area(), a -> new double[] { Double.NaN, 0 });
		if (o.measure() != Measure.POPULATION) {
			return;
		}
		if (o.sex() == Sex.TOTAL && o.age().equals(AgeBand.ALL)) {
			area[0] = o.value();
		}
		else if (o.sex() != Sex.TOTAL && !o.age().equals(AgeBand.ALL)) {
			area[1] += o.value();
		}
	}

	public int values() {
		return values;
	}

	public int areaCount() {
		return areas.size();
	}

	/** Up to {@code limit} area keys, sorted. */
	public List<String> areas(int limit) {
		return areas.stream().limit(limit).toList();
	}

	public List<DateRow> rows() {
		List<DateRow> rows = new ArrayList<>();
		dates.forEach((date, acc) -> {
			int shortest = acc.areas.keySet().stream().mapToInt(DatasetSummary::rank).min().orElse(0);
			double total = 0;
			int top = 0;
			for (Map.Entry<String, double[]> area : acc.areas.entrySet()) {
				if (rank(area.getKey()) == shortest) {
					double[] v = area.getValue();
					total += Double.isNaN(v[0]) ? v[1] : v[0];
					top++;
				}
			}
			rows.add(new DateRow(date, acc.values, acc.areas.size(), top, total, acc.measures));
		});
		return rows;
	}

	/** The level of a key: Germany 0, then by key length; quarters below everything. */
	private static int rank(String key) {
		if (key.equals("DG")) {
			return 0;
		}
		return key.contains("-Q-") ? 1000 : key.length();
	}
}
