package de.daks.projection;

import de.daks.projection.engine.AssumptionDerivation;
import de.daks.projection.engine.Assumptions;
import de.daks.projection.engine.CohortComponent;
import de.daks.projection.engine.HamiltonPerry;
import de.daks.projection.engine.Intervals;
import de.daks.projection.engine.LifeTable;
import de.daks.projection.engine.Migration;
import de.daks.projection.engine.Population;
import de.daks.projection.engine.Projection;
import de.daks.projection.engine.StandardSchedules;
import de.daks.projection.engine.Timing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The projection methods DAKS offers for an area's {@link StockSeries}, with prediction intervals. Everything here is
 * plain computation on the engine; persistence and authorisation belong to the callers.
 *
 * <p><b>Cohort-component (the default).</b> Base period = the {@code historyYears} years up to the base year. Rates
 * from {@link AssumptionDerivation}: standard mortality and fertility scaled to the area's deaths and births of the
 * base period (where the data has them), migration by age as the residual of successive stocks, averaged as annual
 * net counts; timing half before/half after survival. Intervals: {@code draws} simulations; each draws for every
 * projected year the residual migration of one base year {@code i} (with replacement) and, for the whole run, one base
 * year {@code j} whose deviation from the mean persists: {@code M(t) = M(i) + λ·(M(j) − M̄)} – year-to-year noise plus
 * the level uncertainty that dominates at a 10-year horizon. {@code λ} ({@link #PERSISTENCE}) was calibrated on the
 * Konstanz backtests (docs/backtests.md) – in sample.
 *
 * <p><b>Hamilton–Perry.</b> Cohort change and child–woman ratios from the successive stocks of the base period
 * (steps of the group width, pooled over the period, see {@link HamiltonPerry}); intervals by drawing for every step
 * the ratios of one base interval.
 */
public final class ProjectionMethods {

	/** Default number of simulations for the intervals. */
	public static final int DRAWS = 200;

	/** Weight λ of the persistent migration deviation in the simulations (see the class comment). */
	public static final double PERSISTENCE = 1.5;

	private ProjectionMethods() {
	}

	/**
	 * Scenario settings applied on top of the derived assumptions.
	 *
	 * @param fertilityFactor multiplies the fertility rates
	 * @param migrationFactor multiplies the net migrants
	 * @param timing migration timing
	 * @param draws simulations for the intervals (0 = no intervals: p10 = p90 = point)
	 * @param seed random seed (runs are reproducible)
	 */
	public record Settings(double fertilityFactor, double migrationFactor, Timing timing, int draws, long seed,
			double persistence) {

		public static final Settings DEFAULT = new Settings(1, 1, Timing.HALF_BEFORE_HALF_AFTER, DRAWS, 20260101L,
				PERSISTENCE);

		public Settings withMigrationFactor(double value) {
			return new Settings(fertilityFactor, value, timing, draws, seed, persistence);
		}

		public Settings withFertilityFactor(double value) {
			return new Settings(value, migrationFactor, timing, draws, seed, persistence);
		}

		public Settings withPersistence(double value) {
			return new Settings(fertilityFactor, migrationFactor, timing, draws, seed, value);
		}
	}

	/** The default DAKS method: cohort-component with derived assumptions. */
	public static ProjectionRun cohortComponent(StockSeries series, int baseYear, int horizon, int historyYears,
			Settings settings) {
		return cohortComponent(series, baseYear, horizon, historyYears, settings, Overrides.NONE);
	}

	/**
	 * Assumptions a user edited in place of the derived ones (null = keep the derived value).
	 *
	 * @param tfr total fertility rate: the derived fertility schedule is scaled to it (before the scenario's
	 *     fertility factor)
	 * @param e0Female life expectancy at birth of women: the standard life table's death probabilities are scaled by
	 *     the factor that gives it (bisection), replacing the derived mortality
	 * @param e0Male the same for men
	 * @param netMigration annual net migrants (both sexes) per five-year group 0–4 … 80–84, 85+ ({@link
	 *     Backtest#fiveYearGroups} order), null entries keep the derived value; the difference to the derived value is
	 *     spread evenly over the sexes and single ages of the group and added to every projected year and simulation
	 */
	public record Overrides(@Nullable Double tfr, @Nullable Double e0Female, @Nullable Double e0Male,
			@Nullable Double @Nullable [] netMigration) {

		public static final Overrides NONE = new Overrides(null, null, null, null);

		public boolean isEmpty() {
			return tfr == null && e0Female == null && e0Male == null
					&& (netMigration == null || java.util.Arrays.stream(netMigration).allMatch(v -> v == null));
		}
	}

	/**
	 * The derived assumptions in the terms a user checks and edits: total fertility rate, life expectancy at birth
	 * by sex, annual net migrants (both sexes) per five-year group.
	 */
	public record DerivedAssumptions(int firstYear, int baseYear, double tfr, double e0Female, double e0Male,
			double[] netMigration, double mortalityFactor, double fertilityFactor, boolean birthsObserved,
			boolean deathsObserved) {
	}

	/** What {@link #cohortComponent} derives from the base period, before scenario factors and overrides. */
	public static DerivedAssumptions derivedAssumptions(StockSeries series, int baseYear, int historyYears,
			Timing timing) {
		Derivation d = derivation(series, baseYear, historyYears, timing);
		Assumptions a = d.derived().netCounts();
		double[][] counts = ((Migration.NetCounts) a.migration()).counts();
		return new DerivedAssumptions(d.years().get(0), baseYear, tfr(a.fertility(), series.width()),
				StandardSchedules.lifeTable(Population.FEMALE).scaled(d.derived().mortalityFactor()).lifeExpectancy(),
				StandardSchedules.lifeTable(Population.MALE).scaled(d.derived().mortalityFactor()).lifeExpectancy(),
				Backtest.fiveYearGroupsSigned(counts, series.width()), d.derived().mortalityFactor(),
				d.derived().fertilityFactor(), d.births() != null, d.deaths() != null);
	}

	private record Derivation(List<Integer> years, List<Population> stocks, double @Nullable [] births,
			double @Nullable [] deaths, AssumptionDerivation.Derived derived) {
	}

	private static Derivation derivation(StockSeries series, int baseYear, int historyYears, Timing timing) {
		int n = series.width();
		List<Integer> years = baseYears(series, baseYear, historyYears);
		List<Population> stocks = series.populations(years);
		List<Integer> eventYears = years.subList(1, years.size());
		double[] births = sumPerInterval(series.events(series.births(), allYears(eventYears, n)), n).orElse(null);
		double[] deaths = sumPerInterval(series.events(series.deaths(), allYears(eventYears, n)), n).orElse(null);
		AssumptionDerivation.Derived derived = AssumptionDerivation
			.derive(new AssumptionDerivation.BasePeriod(stocks, births, deaths), timing);
		return new Derivation(years, stocks, births, deaths, derived);
	}

	/** The default method with edited assumptions (see {@link Overrides}). */
	public static ProjectionRun cohortComponent(StockSeries series, int baseYear, int horizon, int historyYears,
			Settings settings, Overrides overrides) {
		int n = series.width();
		Derivation d = derivation(series, baseYear, historyYears, settings.timing());
		List<Integer> years = d.years();
		List<Population> stocks = d.stocks();
		AssumptionDerivation.Derived derived = d.derived();
		Assumptions edited = edited(derived.netCounts(), derived.mortalityFactor(), overrides, n);
		double[][] shift = migrationShift(derived.netCounts(), overrides, n);
		Assumptions mean = scaled(edited, derived, null, shift, settings, n);
		Population base = stocks.get(stocks.size() - 1);
		int steps = horizon / n;
		double[][][] countsPoint = CohortComponent.project(base, steps, mean).populations();
		List<String> models = new ArrayList<>(List.of("net counts"));
		List<Assumptions> members = new ArrayList<>(List.of(mean));
		if (overrides.netMigration() == null) {
			// model averaging over the migration models the data supports (see migrationModels)
			members.addAll(otherMigrationModels(series, d, mean, settings, models));
		}
		double[][][] point = members.size() == 1 ? countsPoint
				: Projection.average(members.stream().map(a -> CohortComponent.project(base, steps, a)).toList())
					.populations();
		int intervals = stocks.size() - 1;
		List<double[][][]> draws = simulate(settings, random -> {
			int persistent = random.nextInt(intervals);
			Assumptions[] perStep = new Assumptions[steps];
			for (int t = 0; t < steps; t++) {
				int year = random.nextInt(intervals);
				perStep[t] = scaled(edited, derived, new int[] { persistent, year }, shift, settings, n);
			}
			return recentred(CohortComponent.project(base, steps, t -> perStep[t]).populations(), countsPoint, point);
		});
		List<String> notes = new ArrayList<>(List.of("base period " + years.get(0) + "–" + baseYear,
				"mortality factor on the standard life tables " + round(derived.mortalityFactor())
						+ (d.deaths() == null ? " (no deaths in the data)" : ""),
				"fertility factor on the standard schedule " + round(derived.fertilityFactor())
						+ (d.births() == null ? " (no births in the data)" : ""),
				"migration: residual of the stocks, timing " + settings.timing().code() + "; "
						+ (models.size() == 1 ? "annual net counts"
								: "mean of " + models.size() + " models (" + String.join(", ", models) + ")")));
		if (!overrides.isEmpty()) {
			notes.add("edited assumptions: " + describe(overrides));
		}
		return run(series, "cohort-component", baseYear, steps, point, draws, notes);
	}

	/**
	 * The migration models averaged with the net counts in the default method. Each has its blind spot: net counts
	 * keep the base period's migrants whatever the size of the cohorts; net rates tie them to the local cohort (a town
	 * with few 18-year-olds would draw few students); gross flows (when the out-moves of the base period are known)
	 * let out-movers follow the cohort and keep in-movers fixed. Their mean was more accurate than any one of them in
	 * the Konstanz backtests (docs/backtests.md), as forecast combinations usually are. Overrides of net migration
	 * switch averaging off: the user has then said what migration is.
	 */
	private static List<Assumptions> otherMigrationModels(StockSeries series, Derivation d, Assumptions counts,
			Settings settings, List<String> models) {
		int n = series.width();
		List<Assumptions> result = new ArrayList<>();
		double f = settings.migrationFactor();
		double[][] rates = copy(((Migration.NetRates) d.derived().netRates().migration()).rates());
		for (double[] sex : rates) {
			for (int x = 0; x < sex.length; x++) {
				sex[x] *= f;
			}
		}
		result.add(counts.withMigration(new Migration.NetRates(rates)));
		models.add("net rates");
		java.util.Optional<double[]> out = series.events(series.outMoves(),
				allYears(d.years().subList(1, d.years().size()), n));
		if (out.isPresent()) {
			double annual = java.util.Arrays.stream(out.get()).sum() / out.get().length;
			Migration.Gross g = AssumptionDerivation.grossFlows(d.derived(), n, annual);
			double[][] outRates = copy(g.outRates());
			for (double[] sex : outRates) {
				for (int x = 0; x < sex.length; x++) {
					sex[x] *= f;
				}
			}
			result.add(counts.withMigration(new Migration.Gross(g.inMovers() * f, g.profile(), outRates)));
			models.add("gross flows with " + Math.round(annual) + " out-moves a year");
		}
		return result;
	}

	private static double[][] copy(double[][] a) {
		double[][] c = new double[a.length][];
		for (int i = 0; i < a.length; i++) {
			c[i] = a[i].clone();
		}
		return c;
	}

	/** A simulated path moved by the difference between the averaged point and the net-count point (cell by cell). */
	private static double[][][] recentred(double[][][] path, double[][][] countsPoint, double[][][] point) {
		if (point == countsPoint) {
			return path;
		}
		for (int t = 0; t < path.length; t++) {
			for (int s = 0; s < path[t].length; s++) {
				for (int x = 0; x < path[t][s].length; x++) {
					// shifted, not scaled: a cell the net counts nearly empty would turn a ratio into an explosion
					path[t][s][x] = Math.max(0, path[t][s][x] + point[t][s][x] - countsPoint[t][s][x]);
				}
			}
		}
		return path;
	}

	private static String describe(Overrides o) {
		List<String> parts = new ArrayList<>();
		if (o.tfr() != null) {
			parts.add("TFR " + round(o.tfr()));
		}
		if (o.e0Female() != null) {
			parts.add("e0 f " + round(o.e0Female()));
		}
		if (o.e0Male() != null) {
			parts.add("e0 m " + round(o.e0Male()));
		}
		if (o.netMigration() != null) {
			for (int g = 0; g < o.netMigration().length; g++) {
				if (o.netMigration()[g] != null) {
					parts.add("net migration " + (g * 5) + (g == o.netMigration().length - 1 ? "+" : "–" + (g * 5 + 4))
							+ " " + round(o.netMigration()[g]));
				}
			}
		}
		return String.join(", ", parts);
	}

	/** Total fertility rate of annual rates by group of width n. */
	static double tfr(double[] fertility, int n) {
		double sum = 0;
		for (double f : fertility) {
			sum += f;
		}
		return sum * n;
	}

	/** The derived rates with the edited TFR and life expectancies. */
	private static Assumptions edited(Assumptions a, double mortalityFactor, Overrides o, int n) {
		Assumptions result = a;
		if (o.tfr() != null) {
			double current = tfr(a.fertility(), n);
			if (!(current > 0)) {
				throw new IllegalArgumentException("the derived fertility is zero; a TFR cannot be set");
			}
			result = result.withFertilityScaled(o.tfr() / current);
		}
		if (o.e0Female() != null || o.e0Male() != null) {
			double[][] survival = result.survival();
			double[] birthSurvival = result.birthSurvival();
			int groups = survival[0].length;
			Double[] targets = { o.e0Female(), o.e0Male() };
			for (int s = 0; s < survival.length; s++) {
				if (targets[s] == null) {
					continue;
				}
				LifeTable t = StandardSchedules.lifeTable(s).scaled(factorFor(s, targets[s]));
				survival[s] = t.survival(n, groups);
				birthSurvival[s] = t.birthSurvival(n);
			}
			result = new Assumptions(result.fertility(), survival, birthSurvival, result.sexRatioAtBirth(),
					result.migration(), result.timing());
		}
		return result;
	}

	/** The factor on the standard death probabilities of a sex that gives life expectancy {@code e0}. */
	public static double factorFor(int sex, double e0) {
		LifeTable standard = StandardSchedules.lifeTable(sex);
		double low = 0;
		double high = 50;
		if (e0 > standard.scaled(1e-6).lifeExpectancy() || e0 < standard.scaled(high).lifeExpectancy()) {
			throw new IllegalArgumentException("life expectancy " + round(e0) + " is out of reach of the standard table");
		}
		for (int i = 0; i < 60; i++) {
			double k = (low + high) / 2;
			if (standard.scaled(k).lifeExpectancy() > e0) {
				low = k;
			}
			else {
				high = k;
			}
		}
		return (low + high) / 2;
	}

	/** Per sex and group the annual net migrants added so that the five-year groups reach the edited values. */
	private static double @Nullable [][] migrationShift(Assumptions a, Overrides o, int n) {
		if (o.netMigration() == null) {
			return null;
		}
		double[][] counts = ((Migration.NetCounts) a.migration()).counts();
		double[] derived = Backtest.fiveYearGroupsSigned(counts, n);
		double[][] shift = new double[counts.length][counts[0].length];
		for (int g = 0; g < derived.length && g < o.netMigration().length; g++) {
			Double target = o.netMigration()[g];
			if (target == null) {
				continue;
			}
			int cells = 0;
			for (int s = 0; s < counts.length; s++) {
				for (int x = 0; x < counts[s].length; x++) {
					cells += Backtest.fiveYearGroup(x, n) == g ? 1 : 0;
				}
			}
			for (int s = 0; s < counts.length; s++) {
				for (int x = 0; x < counts[s].length; x++) {
					if (Backtest.fiveYearGroup(x, n) == g) {
						shift[s][x] += (target - derived[g]) / cells;
					}
				}
			}
		}
		return shift;
	}

	/**
	 * Scenarios side by side: the default method once per named setting (e.g. low/middle/high migration as migration
	 * factors 0.5/1/1.5, fertility variants), same base period and seed, in the order given.
	 */
	public static java.util.LinkedHashMap<String, ProjectionRun> scenarios(StockSeries series, int baseYear, int horizon,
			int historyYears, java.util.LinkedHashMap<String, Settings> scenarios) {
		java.util.LinkedHashMap<String, ProjectionRun> runs = new java.util.LinkedHashMap<>();
		scenarios.forEach((name, settings) -> runs.put(name,
				cohortComponent(series, baseYear, horizon, historyYears, settings)));
		return runs;
	}

	/** Hamilton–Perry with ratios pooled over the base period (steps of the group width). */
	public static ProjectionRun hamiltonPerry(StockSeries series, int baseYear, int horizon, int historyYears,
			Settings settings) {
		int n = series.width();
		List<Integer> years = baseYears(series, baseYear, historyYears);
		List<Population> stocks = series.populations(years);
		List<Population[]> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < stocks.size(); i++) {
			pairs.add(new Population[] { stocks.get(i), stocks.get(i + 1) });
		}
		HamiltonPerry.Ratios pooled = HamiltonPerry.ratios(pairs, n, 0);
		Population base = stocks.get(stocks.size() - 1);
		int steps = horizon / n;
		double[][][] point = HamiltonPerry.project(base, pooled, steps, null);
		List<HamiltonPerry.Ratios> single = pairs.stream().map(p -> HamiltonPerry.ratios(List.<Population[]>of(p), n, 0))
			.toList();
		List<double[][][]> draws = simulate(settings, random -> {
			double[][][] path = new double[steps + 1][][];
			path[0] = base.counts();
			// a persistent drift per path on top of the resampled base years (see Ratios.drifted)
			double z0 = random.nextGaussian();
			double[] classes = new double[21];
			for (int c = 0; c < classes.length; c++) {
				classes[c] = random.nextGaussian();
			}
			for (int t = 0; t < steps; t++) {
				HamiltonPerry.Ratios r = single.get(random.nextInt(single.size())).drifted(HamiltonPerry.DRIFT, z0,
						classes);
				path[t + 1] = HamiltonPerry.project(new Population(n, path[t]), r, 1, null)[1];
			}
			return path;
		});
		return run(series, "hamilton-perry", baseYear, steps, point, draws,
				List.of("base period " + years.get(0) + "–" + baseYear, "ratios pooled over " + pairs.size()
						+ " intervals of " + n + " year(s)", "intervals: resampled base years with a persistent drift of "
								+ round(HamiltonPerry.DRIFT) + " a year"));
	}

	/**
	 * The plain textbook Hamilton–Perry used as the benchmark: one base period of {@code k} years ({@code t−k → t}),
	 * cohort change ratios over {@code k}-year steps on single years or groups, no smoothing, no constraint.
	 */
	public static double[][][] plainHamiltonPerry(StockSeries series, int baseYear, int horizon, int k) {
		List<Population> stocks = series.populations(List.of(baseYear - k, baseYear));
		HamiltonPerry.Ratios r = HamiltonPerry.ratios(List.<Population[]>of(new Population[] { stocks.get(0),
				stocks.get(1) }), k, 0);
		return HamiltonPerry.project(stocks.get(1), r, horizon / k, null);
	}

	private interface Simulation {
		double[][][] run(Random random);
	}

	private static List<double[][][]> simulate(Settings settings, Simulation simulation) {
		return IntStream.range(0, settings.draws()).parallel()
			.mapToObj(d -> simulation.run(new Random(settings.seed() + 7919L * d))).toList();
	}

	private static ProjectionRun run(StockSeries series, String method, int baseYear, int steps, double[][][] point,
			List<double[][][]> draws, List<String> notes) {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate baseDate = series.dates().get(baseYear);
		for (int t = 0; t <= steps; t++) {
			dates.add(baseDate.plusYears((long) t * series.width()));
		}
		double[][][] p10 = draws.isEmpty() ? point : Intervals.quantile(draws, 0.1);
		double[][][] p90 = draws.isEmpty() ? point : Intervals.quantile(draws, 0.9);
		return new ProjectionRun(series.area(), method, series.width(), dates, point, p10, p90, notes, draws);
	}

	private static Assumptions scaled(Assumptions a, AssumptionDerivation.Derived derived, int @Nullable [] intervals,
			double @Nullable [][] shift, Settings settings, int n) {
		double[][] counts;
		if (intervals == null) {
			counts = ((Migration.NetCounts) a.migration()).counts();
		}
		else {
			double[][] mean = ((Migration.NetCounts) a.migration()).counts();
			double[][] persistent = derived.intervalCounts(intervals[0], n).counts();
			double[][] year = derived.intervalCounts(intervals[1], n).counts();
			counts = new double[mean.length][mean[0].length];
			for (int s = 0; s < mean.length; s++) {
				for (int x = 0; x < mean[s].length; x++) {
					counts[s][x] = year[s][x] + settings.persistence() * (persistent[s][x] - mean[s][x]);
				}
			}
		}
		double[][] m = new double[counts.length][];
		for (int s = 0; s < counts.length; s++) {
			m[s] = counts[s].clone();
			for (int x = 0; x < m[s].length; x++) {
				m[s][x] = (m[s][x] + (shift == null ? 0 : shift[s][x])) * settings.migrationFactor();
			}
		}
		return new Assumptions(a.fertility(), a.survival(), a.birthSurvival(), a.sexRatioAtBirth(),
				new Migration.NetCounts(m), settings.timing()).withFertilityScaled(settings.fertilityFactor());
	}

	private static List<Integer> baseYears(StockSeries series, int baseYear, int historyYears) {
		int n = series.width();
		if (historyYears < n || historyYears % n != 0) {
			throw new IllegalArgumentException("history of " + historyYears + " years must be a positive multiple of the "
					+ "group width " + n);
		}
		List<Integer> years = new ArrayList<>();
		for (int y = baseYear - historyYears; y <= baseYear; y += n) {
			if (!series.stocks().containsKey(y)) {
				throw new IllegalArgumentException(series.area() + ": no population for " + y + " (base year " + baseYear
						+ ", history " + historyYears + " years; available " + series.years() + ")");
			}
			years.add(y);
		}
		return years;
	}

	/** For n-year steps the events of all years of each interval. */
	private static List<Integer> allYears(List<Integer> intervalEnds, int n) {
		List<Integer> years = new ArrayList<>();
		for (int end : intervalEnds) {
			for (int y = end - n + 1; y <= end; y++) {
				years.add(y);
			}
		}
		return years;
	}

	private static java.util.Optional<double[]> sumPerInterval(java.util.Optional<double[]> yearly, int n) {
		return yearly.map(v -> {
			double[] sums = new double[v.length / n];
			for (int i = 0; i < v.length; i++) {
				sums[i / n] += v[i];
			}
			return sums;
		});
	}

	private static String round(double v) {
		return String.format(java.util.Locale.ROOT, "%.3f", v);
	}
}
