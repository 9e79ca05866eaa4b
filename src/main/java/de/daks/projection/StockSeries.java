package de.daks.projection;

import de.daks.projection.engine.AgeSplitting;
import de.daks.projection.engine.Population;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The yearly stocks of one area by sex and age, read from canonical observations, plus the yearly totals of births and
 * deaths where the data has them. Ages are single years or five-year groups with an open top group; when the open
 * group starts at different ages in different years, {@link #populations} collapses all years to the lowest one.
 *
 * @param area the area key
 * @param width 1 (single years) or 5
 * @param stocks year → {@code [sex f, m][age from 0 .. open]} at the year's reference date
 * @param dates year → reference date of the stock
 * @param births year → births in the year (sex {@code t} or {@code f}+{@code m}, all ages)
 * @param deaths year → deaths in the year
 * @param outMoves year → moves out of the area in the year (all ages), where known: they let the default method add
 *     a gross-flow migration model (see {@code ProjectionMethods})
 */
public record StockSeries(String area, int width, Map<Integer, double[][]> stocks, Map<Integer, LocalDate> dates,
		Map<Integer, Double> births, Map<Integer, Double> deaths, Map<Integer, Double> outMoves) {

	/** A series without out-moves. */
	public StockSeries(String area, int width, Map<Integer, double[][]> stocks, Map<Integer, LocalDate> dates,
			Map<Integer, Double> births, Map<Integer, Double> deaths) {
		this(area, width, stocks, dates, births, deaths, Map.of());
	}

	/** Reads the stocks and event totals of {@code area}; fails with a clear message on unusable age bands. */
	public static StockSeries of(List<Observation> observations, String area) {
		Map<Integer, List<Observation>> byYear = new TreeMap<>();
		Map<Integer, Map<Sex, Double>> births = new TreeMap<>();
		Map<Integer, Map<Sex, Double>> deaths = new TreeMap<>();
		Map<Integer, Map<Sex, Double>> outMoves = new TreeMap<>();
		for (Observation o : observations) {
			if (!o.area().equals(area)) {
				continue;
			}
			int year = o.date().getYear();
			if (o.measure() == Measure.POPULATION && o.sex() != Sex.TOTAL) {
				byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(o);
			}
			else if ((o.measure() == Measure.BIRTHS || o.measure() == Measure.DEATHS) && o.age().isTotal()) {
				(o.measure() == Measure.BIRTHS ? births : deaths).computeIfAbsent(year, y -> new HashMap<>())
					.merge(o.sex(), o.value(), Double::sum);
			}
			else if (o.measure() == Measure.OUT_MOVES && o.age().isTotal()) {
				outMoves.computeIfAbsent(year, y -> new HashMap<>()).merge(o.sex(), o.value(), Double::sum);
			}
		}
		if (byYear.isEmpty()) {
			throw new IllegalArgumentException("no population by sex (f, m) for area " + area);
		}
		Integer width = null;
		Map<Integer, double[][]> stocks = new TreeMap<>();
		Map<Integer, LocalDate> dates = new TreeMap<>();
		for (Map.Entry<Integer, List<Observation>> e : byYear.entrySet()) {
			TreeSet<AgeBand> bands = new TreeSet<>();
			e.getValue().forEach(o -> bands.add(o.age()));
			int w = widthOf(bands, area, e.getKey());
			if (width != null && w != width) {
				throw new IllegalArgumentException(area + " " + e.getKey() + ": age groups of width " + w
						+ " where earlier years have " + width);
			}
			width = w;
			int open = bands.last().from() / w;
			double[][] counts = new double[2][open + 1];
			for (Observation o : e.getValue()) {
				counts[o.sex() == Sex.FEMALE ? Population.FEMALE : Population.MALE][o.age().from() / w] += o.value();
			}
			stocks.put(e.getKey(), counts);
			dates.put(e.getKey(), e.getValue().get(0).date());
		}
		return new StockSeries(area, width, stocks, dates, totals(births), totals(deaths), totals(outMoves));
	}

	/** The highest single age of {@link #split}: the last single year holds everyone from this age on. */
	public static final int SPLIT_LAST_AGE = 100;

	/**
	 * A quarter's stocks from bands of any widths (e.g. 0–2, 3–5, 6–9, … 75+) and/or for both sexes together, as
	 * quarter tables often have them: each year's bands are split into single years 0 … 100+ with the monotone spline
	 * ({@link AgeSplitting#monotoneSpline}, every band's total kept exactly); where the quarter has no sexes, the
	 * persons of each single age are divided by the {@code parent}'s share of women at that age in the same year
	 * (the nearest year the parent has); the result is grouped to the parent's width.
	 *
	 * @throws IllegalArgumentException naming the area and year if a year's bands do not start at 0, overlap, leave a
	 *     gap or lack an open top band
	 */
	public static StockSeries split(List<Observation> observations, String area, StockSeries parent) {
		Map<Integer, List<Observation>> byYear = new TreeMap<>();
		for (Observation o : observations) {
			if (o.area().equals(area) && o.measure() == Measure.POPULATION && !o.age().isTotal()) {
				byYear.computeIfAbsent(o.date().getYear(), y -> new ArrayList<>()).add(o);
			}
		}
		if (byYear.isEmpty()) {
			throw new IllegalArgumentException("no population by age for area " + area);
		}
		Map<Integer, double[][]> stocks = new TreeMap<>();
		Map<Integer, LocalDate> dates = new TreeMap<>();
		for (Map.Entry<Integer, List<Observation>> e : byYear.entrySet()) {
			int year = e.getKey();
			List<Observation> rows = e.getValue();
			boolean bySex = rows.stream().anyMatch(o -> o.sex() == Sex.FEMALE)
					&& rows.stream().anyMatch(o -> o.sex() == Sex.MALE);
			double[][] single = new double[2][];
			if (bySex) {
				single[Population.FEMALE] = splitBands(rows, Sex.FEMALE, area, year);
				single[Population.MALE] = splitBands(rows, Sex.MALE, area, year);
			}
			else {
				double[] persons = splitBands(rows, Sex.TOTAL, area, year);
				double[] women = parent.femaleShares(year);
				single[Population.FEMALE] = new double[persons.length];
				single[Population.MALE] = new double[persons.length];
				for (int x = 0; x < persons.length; x++) {
					single[Population.FEMALE][x] = persons[x] * women[x];
					single[Population.MALE][x] = persons[x] * (1 - women[x]);
				}
			}
			if (parent.width() > 1) {
				for (int s = 0; s < 2; s++) {
					single[s] = AgeSplitting.group(single[s], parent.width());
				}
			}
			stocks.put(year, single);
			dates.put(year, rows.get(0).date());
		}
		return new StockSeries(area, parent.width(), stocks, dates, Map.of(), Map.of());
	}

	private static double[] splitBands(List<Observation> rows, Sex sex, String area, int year) {
		TreeMap<Integer, Observation> bands = new TreeMap<>();
		for (Observation o : rows) {
			if (o.sex() == sex && bands.put(o.age().from(), o) != null) {
				throw new IllegalArgumentException(area + " " + year + ": two age bands start at " + o.age().from());
			}
		}
		if (bands.isEmpty()) {
			throw new IllegalArgumentException(area + " " + year + ": no age bands for sex " + sex.code());
		}
		int[] bounds = new int[bands.size()];
		double[] counts = new double[bands.size()];
		int i = 0;
		int expected = 0;
		for (Observation o : bands.values()) {
			AgeBand b = o.age();
			boolean last = i == bands.size() - 1;
			if (b.from() != expected || b.isOpen() != last) {
				throw new IllegalArgumentException(area + " " + year + ": age band " + b.label() + " does not continue the"
						+ " bands from 0 to an open top band (expected one from " + expected + ")");
			}
			bounds[i] = b.from();
			counts[i++] = o.value();
			expected = b.isOpen() ? expected : b.to();
		}
		if (bounds.length < 2 || bounds[bounds.length - 1] >= SPLIT_LAST_AGE) {
			throw new IllegalArgumentException(area + " " + year + ": at least two age bands below "
					+ SPLIT_LAST_AGE + " are needed to split them into single years");
		}
		return AgeSplitting.monotoneSpline(bounds, counts, SPLIT_LAST_AGE);
	}

	/** Share of women at each single age 0 … 100 in {@code year} (or the nearest year with stocks); ½ where empty. */
	double[] femaleShares(int year) {
		int nearest = stocks.keySet().stream().min(java.util.Comparator.comparingInt((Integer y) -> Math.abs(y - year))
			.thenComparing(y -> y)).orElseThrow();
		double[][] s = stocks.get(nearest);
		double[] shares = new double[SPLIT_LAST_AGE + 1];
		for (int x = 0; x <= SPLIT_LAST_AGE; x++) {
			int g = Math.min(x / width, s[0].length - 1);
			double total = s[Population.FEMALE][g] + s[Population.MALE][g];
			shares[x] = total > 0 ? s[Population.FEMALE][g] / total : 0.5;
		}
		return shares;
	}

	private static Map<Integer, Double> totals(Map<Integer, Map<Sex, Double>> events) {
		Map<Integer, Double> totals = new TreeMap<>();
		events.forEach((year, bySex) -> {
			Double t = bySex.get(Sex.TOTAL);
			totals.put(year, t != null ? t : bySex.values().stream().mapToDouble(Double::doubleValue).sum());
		});
		return totals;
	}

	private static int widthOf(TreeSet<AgeBand> bands, String area, int year) {
		AgeBand last = bands.last();
		if (!last.isOpen()) {
			throw new IllegalArgumentException(area + " " + year + ": the highest age band must be open (e.g. 100+), is "
					+ last.label());
		}
		int w = bands.first().to() == null ? 0 : bands.first().to() - bands.first().from();
		if (w != 1 && w != 5) {
			throw new IllegalArgumentException(area + " " + year + ": age bands must be single years or five-year groups, "
					+ "found " + bands.first().label());
		}
		int expected = 0;
		for (AgeBand b : bands) {
			if (b.from() != expected || (!b.isOpen() && b.to() - b.from() != w)) {
				throw new IllegalArgumentException(area + " " + year + ": age band " + b.label() + " breaks the sequence of "
						+ w + "-year groups from 0");
			}
			expected = b.isOpen() ? expected : b.to();
		}
		return w;
	}

	/** The years with stocks, ascending. */
	public List<Integer> years() {
		return List.copyOf(new TreeSet<>(stocks.keySet()));
	}

	/**
	 * The stocks of {@code years} as engine populations, all collapsed to the same open group (the lowest among them).
	 * {@code femaleOnly} drops the men.
	 */
	public List<Population> populations(List<Integer> years) {
		int groups = Integer.MAX_VALUE;
		for (int y : years) {
			double[][] s = stocks.get(y);
			if (s == null) {
				throw new IllegalArgumentException(area + ": no population for " + y);
			}
			groups = Math.min(groups, s[0].length);
		}
		List<Population> result = new ArrayList<>();
		for (int y : years) {
			double[][] s = stocks.get(y);
			double[][] c = new double[2][groups];
			for (int sex = 0; sex < 2; sex++) {
				for (int x = 0; x < s[sex].length; x++) {
					c[sex][Math.min(x, groups - 1)] += s[sex][x];
				}
			}
			result.add(new Population(width, c));
		}
		return result;
	}

	/** The event totals of {@code years} (the events of the year ending at the stock date), if all are known. */
	public Optional<double[]> events(Map<Integer, Double> which, List<Integer> years) {
		double[] values = new double[years.size()];
		for (int i = 0; i < years.size(); i++) {
			@Nullable Double v = which.get(years.get(i));
			if (v == null) {
				return Optional.empty();
			}
			values[i] = v;
		}
		return Optional.of(values);
	}

	/** The total population of a year, or null. */
	public @Nullable Double total(int year) {
		double[][] s = stocks.get(year);
		if (s == null) {
			return null;
		}
		double sum = 0;
		for (double[] sex : s) {
			for (double v : sex) {
				sum += v;
			}
		}
		return sum;
	}
}
