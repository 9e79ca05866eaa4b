package de.daks.profile.report;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.DatasetId;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Regroups the population of one area and date into the five-year bands of an age pyramid ({@code 0–4} … {@code 80–84},
 * {@code 85+}). The stored bands may be single years, five-year bands or official groups such as {@code 15–17}; where
 * several layouts are stored side by side, the finest non-overlapping set is used. A band crossing a five-year
 * boundary is split evenly over its years (the result says so); an open band starting below 85 lowers the top band
 * to the five-year boundary at or below its start. The result is empty when the bands of a sex do not cover all ages.
 */
public final class PyramidBands {

	/** The start of the open top band when the data reach that far. */
	public static final int TOP = 85;

	private static final int WIDTH = 5;

	private PyramidBands() {
	}

	/**
	 * The bands, youngest first.
	 *
	 * @param interpolated whether some stored band was split evenly over two or more five-year bands
	 * @param datasets the datasets of the observations used
	 */
	public record Result(List<Band> bands, boolean interpolated, Set<DatasetId> datasets) {

		public Result {
			bands = List.copyOf(bands);
			datasets = Set.copyOf(datasets);
		}

		public boolean isEmpty() {
			return bands.isEmpty();
		}

		public double total() {
			return bands.stream().mapToDouble(b -> b.male() + b.female()).sum();
		}
	}

	/** One band: persons by sex. */
	public record Band(AgeBand age, double male, double female) {

		public String label() {
			return age.label();
		}
	}

	public static Result of(List<SourcedObservation> observations) {
		List<SourcedObservation> male = cover(observations, Sex.MALE);
		List<SourcedObservation> female = cover(observations, Sex.FEMALE);
		if (male.isEmpty() || female.isEmpty()) {
			return new Result(List.of(), false, Set.of());
		}
		int top = Math.min(topOf(male), topOf(female));
		double[] m = new double[top / WIDTH + 1];
		double[] f = new double[top / WIDTH + 1];
		boolean interpolated = distribute(male, m, top) | distribute(female, f, top);
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < m.length; i++) {
			int from = i * WIDTH;
			AgeBand age = from >= top ? AgeBand.openFrom(top) : AgeBand.of(from, from + WIDTH);
			bands.add(new Band(age, m[i], f[i]));
		}
		Set<DatasetId> datasets = new HashSet<>();
		male.forEach(o -> datasets.add(o.dataset()));
		female.forEach(o -> datasets.add(o.dataset()));
		return new Result(bands, interpolated, datasets);
	}

	/**
	 * The finest set of disjoint bands of one sex that covers all ages (narrow bands first, then wider ones that fill
	 * gaps), or an empty list if there is none.
	 */
	static List<SourcedObservation> cover(List<SourcedObservation> observations, Sex sex) {
		List<SourcedObservation> candidates = observations.stream()
			.filter(o -> o.observation().sex() == sex && !o.observation().age().isTotal())
			.sorted(Comparator.comparingInt((SourcedObservation o) -> width(o.observation().age()))
				.thenComparingInt(o -> o.observation().age().from()))
			.toList();
		List<SourcedObservation> chosen = new ArrayList<>();
		for (SourcedObservation candidate : candidates) {
			AgeBand age = candidate.observation().age();
			if (chosen.stream().noneMatch(c -> c.observation().age().overlaps(age))) {
				chosen.add(candidate);
			}
		}
		chosen.sort(Comparator.comparing(o -> o.observation().age()));
		int next = 0;
		for (SourcedObservation o : chosen) {
			AgeBand age = o.observation().age();
			if (age.from() != next) {
				return List.of();
			}
			if (age.isOpen()) {
				return chosen;
			}
			next = age.to();
		}
		return List.of();
	}

	private static int width(AgeBand age) {
		return age.isOpen() ? Integer.MAX_VALUE : age.to() - age.from();
	}

	/** The top band's start: 85, or lower if the open band starts below. */
	private static int topOf(List<SourcedObservation> cover) {
		AgeBand open = cover.get(cover.size() - 1).observation().age();
		return Math.min(TOP, open.from() / WIDTH * WIDTH);
	}

	/** Adds each band to the five-year bands it covers (evenly by years); returns whether a band was split. */
	private static boolean distribute(List<SourcedObservation> cover, double[] into, int top) {
		boolean split = false;
		for (SourcedObservation o : cover) {
			Observation observation = o.observation();
			AgeBand age = observation.age();
			int from = age.from();
			Integer to = age.to();
			if (from >= top) {
				into[into.length - 1] += observation.value();
				continue;
			}
			// from < top, so the band is closed (an open band starts at or above the top band's start)
			int upper = java.util.Objects.requireNonNull(to);
			int end = Math.min(upper, top);
			double perYear = observation.value() / (upper - from);
			split |= from / WIDTH != (end - 1) / WIDTH || upper > top;
			for (int year = from; year < end; year++) {
				into[year / WIDTH] += perYear;
			}
			// the years of a band reaching past the top band's start go to the top band
			into[into.length - 1] += perYear * (upper - end);
		}
		return split;
	}
}
