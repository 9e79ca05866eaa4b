package de.daks.projection.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Derives cohort-component assumptions from what a Kommune really has (DOMAIN.md §5): successive stocks by sex and age,
 * and – where known – the totals of births and deaths between them.
 *
 * <ol>
 * <li>Mortality: the {@link StandardSchedules} life tables with every death probability multiplied by one factor
 * {@code k} (both sexes), {@code k} chosen by bisection so that the deaths the engine counts over the base period with the residual
 * migration of step 3, {@code Σ max(0, start + e·M)·(1 − S_k)} (births: {@code start} = births, {@code S} = birth
 * survival), equal the observed deaths. Without deaths {@code k = 1}.</li>
 * <li>Fertility: the standard schedule times {@code φ = Σ B_obs / Σ n·Σx f_std(x)·½[W(x,t) + W(x,t+n)]}, i.e. the
 * engine's own births formula reproduces the observed births of the base period. Without births {@code φ = 1}.</li>
 * <li>Migration by age as the residual of successive stocks, inverting the engine's step with timing share {@code
 * e}: {@code M = (P(x,t+n) − start·S) / (e·S + 1 − e)}; for group 0 {@code start} = observed births of the sex
 * ({@code B/(1+srb)}, {@code B·srb/(1+srb)}), otherwise births from the fitted fertility. Annual net counts are the
 * base-period mean {@code ΣM / (n·intervals)}, annual net rates {@code ΣM / (n·Σ start)}.</li>
 * </ol>
 * With these, projecting one base interval with its own residual reproduces its end stock exactly (tested).
 */
public final class AssumptionDerivation {

	private AssumptionDerivation() {
	}

	/**
	 * The observed base period.
	 *
	 * @param stocks populations {@code width} years apart, oldest first (at least two), all of the same shape
	 * @param births total births in each interval (length = stocks − 1), or {@code null} if unknown
	 * @param deaths total deaths in each interval, or {@code null} if unknown
	 */
	public record BasePeriod(List<Population> stocks, double @Nullable [] births, double @Nullable [] deaths) {

		public BasePeriod {
			stocks = List.copyOf(stocks);
			if (stocks.size() < 2) {
				throw new IllegalArgumentException("a base period needs at least two stocks: " + stocks.size());
			}
			Population first = stocks.get(0);
			for (Population p : stocks) {
				if (p.width() != first.width() || p.groups() != first.groups() || p.sexes() != first.sexes()) {
					throw new IllegalArgumentException("all stocks of a base period need the same groups and sexes");
				}
			}
			if (births != null) {
				Checks.length(births, stocks.size() - 1, "births");
				Checks.finiteNonNegative(births, "births");
				births = births.clone();
			}
			if (deaths != null) {
				Checks.length(deaths, stocks.size() - 1, "deaths");
				Checks.finiteNonNegative(deaths, "deaths");
				deaths = deaths.clone();
			}
		}

		int intervals() {
			return stocks.size() - 1;
		}
	}

	/**
	 * What was derived: the rates, the factors applied to the standard schedules, and the residual migrants of every
	 * base interval ({@code [interval][sex][group]}, per interval, not annual) for resampling.
	 */
	public record Derived(Assumptions netCounts, Assumptions netRates, double mortalityFactor, double fertilityFactor,
			double[][][] residualMigrants, double[][][] residualStarts) {

		/** Annual net counts of one base interval (for resampling). */
		public Migration.NetCounts intervalCounts(int interval, int width) {
			double[][] m = Population.copy(residualMigrants[interval]);
			for (double[] sex : m) {
				for (int x = 0; x < sex.length; x++) {
					sex[x] /= width;
				}
			}
			return new Migration.NetCounts(m);
		}
	}

	/** Derives the assumptions of a base period with the standard schedules and the given timing. */
	public static Derived derive(BasePeriod base, Timing timing) {
		Population first = base.stocks().get(0);
		int n = first.width();
		int groups = first.groups();
		int sexes = first.sexes();
		double srb = StandardSchedules.SEX_RATIO_AT_BIRTH;
		LifeTable[] standard = new LifeTable[sexes];
		for (int s = 0; s < sexes; s++) {
			standard[s] = StandardSchedules.lifeTable(s);
		}
		double[] stdFertility = StandardSchedules.fertility(n, groups);
		double[] observedBirths = base.births();
		double phi = observedBirths == null ? 1 : fertilityFactor(base, observedBirths, stdFertility);
		double[] fertility = stdFertility.clone();
		for (int x = 0; x < groups; x++) {
			fertility[x] *= phi;
		}
		double[][] birthsBySex = new double[base.intervals()][sexes];
		for (int i = 0; i < base.intervals(); i++) {
			double b = observedBirths != null ? observedBirths[i]
					: CohortComponent.births(rates(fertility, groups), n, base.stocks().get(i).raw()[0],
							base.stocks().get(i + 1).raw()[0]);
			birthsBySex[i][0] = b / (1 + srb);
			if (sexes == 2) {
				birthsBySex[i][1] = b * srb / (1 + srb);
			}
		}
		double[] observedDeaths = base.deaths();
		double k = 1;
		if (observedDeaths != null) {
			double observed = 0;
			for (double d : observedDeaths) {
				observed += d;
			}
			double low = 0;
			double high = 50;
			for (int iteration = 0; iteration < 60; iteration++) {
				k = (low + high) / 2;
				if (residuals(base, standard, k, birthsBySex, timing).deaths > observed) {
					high = k;
				}
				else {
					low = k;
				}
			}
			k = (low + high) / 2;
		}
		Residuals r = residuals(base, standard, k, birthsBySex, timing);
		double[][] survival = r.survival;
		double[] birthSurvival = r.birthSurvival;
		double[][][] migrants = r.migrants;
		double[][][] starts = r.starts;
		double[][] counts = new double[sexes][groups];
		double[][] rates = new double[sexes][groups];
		for (int s = 0; s < sexes; s++) {
			for (int x = 0; x < groups; x++) {
				double sumM = 0;
				double sumStart = 0;
				for (int i = 0; i < base.intervals(); i++) {
					sumM += migrants[i][s][x];
					sumStart += starts[i][s][x];
				}
				counts[s][x] = sumM / (n * base.intervals());
				rates[s][x] = sumStart > 0 ? sumM / (n * sumStart) : 0;
			}
		}
		Assumptions byCounts = new Assumptions(fertility, survival, birthSurvival, srb, new Migration.NetCounts(counts),
				timing);
		return new Derived(byCounts, byCounts.withMigration(new Migration.NetRates(rates)), k, phi, migrants, starts);
	}

	/**
	 * Gross flows consistent with the derived net migration, for an area whose yearly out-moves are known (all ages,
	 * both sexes). Out-migration rates follow the Rogers–Castro shape ({@link StandardSchedules#outMigrationShape}) at
	 * the age of the cohort at the start of a step, scaled so that they reproduce {@code annualOutMoves} on the mean
	 * start cohorts of the base period: {@code o(x) = k·shape(x)}, {@code k = out / Σ shape(x)·start(x)}. In-movers
	 * are what makes the net of the base period come out: {@code Z(x) = max(0, m(x) + o(x)·start(x))}, as a total and
	 * an age-sex profile. Unlike net counts, out-movers then follow the size of each cohort (a large student cohort
	 * loses more people), and unlike net rates, in-movers do not depend on the local cohort (a university town draws
	 * students no matter how many 18-year-olds live there).
	 *
	 * @param derived the derivation of the base period (its net counts and start cohorts)
	 * @param width years per step = width of the age groups (1 or 5)
	 * @param annualOutMoves mean out-moves per year in the base period, non-negative
	 */
	public static Migration.Gross grossFlows(Derived derived, int width, double annualOutMoves) {
		if (!(annualOutMoves >= 0) || Double.isInfinite(annualOutMoves)) {
			throw new IllegalArgumentException("out-moves must be finite and non-negative: " + annualOutMoves);
		}
		double[][] net = ((Migration.NetCounts) derived.netCounts().migration()).counts();
		int sexes = net.length;
		int groups = net[0].length;
		int intervals = derived.residualStarts().length;
		int n = width;
		double[][] start = new double[sexes][groups];
		for (double[][] interval : derived.residualStarts()) {
			for (int s = 0; s < sexes; s++) {
				for (int x = 0; x < groups; x++) {
					start[s][x] += interval[s][x] / intervals;
				}
			}
		}
		double[] shape = new double[groups];
		double exposure = 0;
		for (int x = 1; x < groups; x++) {
			// the cohort ending in group x started in group x − 1: its middle age
			shape[x] = StandardSchedules.outMigrationShape((x - 1) * n + n / 2.0);
			for (int s = 0; s < sexes; s++) {
				exposure += shape[x] * start[s][x];
			}
		}
		double k = exposure > 0 ? annualOutMoves / exposure : 0;
		double[][] outRates = new double[sexes][groups];
		double[][] in = new double[sexes][groups];
		double total = 0;
		for (int s = 0; s < sexes; s++) {
			for (int x = 0; x < groups; x++) {
				outRates[s][x] = k * shape[x];
				in[s][x] = Math.max(0, net[s][x] + outRates[s][x] * start[s][x]);
				total += in[s][x];
			}
		}
		if (total > 0) {
			for (double[] sex : in) {
				for (int x = 0; x < groups; x++) {
					sex[x] /= total;
				}
			}
		}
		return new Migration.Gross(total, in, outRates);
	}

	private static Assumptions rates(double[] fertility, int groups) {
		return new Assumptions(fertility, new double[][] { CohortComponentSupport.ones(groups) }, new double[] { 1 },
				StandardSchedules.SEX_RATIO_AT_BIRTH, Migration.NONE, Timing.END);
	}

	private static double fertilityFactor(BasePeriod base, double[] births, double[] stdFertility) {
		int n = base.stocks().get(0).width();
		Assumptions a = rates(stdFertility, stdFertility.length);
		double expected = 0;
		double observed = 0;
		for (int i = 0; i < base.intervals(); i++) {
			expected += CohortComponent.births(a, n, base.stocks().get(i).raw()[0], base.stocks().get(i + 1).raw()[0]);
			observed += births[i];
		}
		return expected > 0 ? observed / expected : 1;
	}

	private record Residuals(double[][] survival, double[] birthSurvival, double[][][] migrants, double[][][] starts,
			double deaths) {
	}

	/**
	 * The residual migrants of every interval for the standard mortality scaled by {@code k}, and the deaths the
	 * engine would count with them: {@code Σ max(0, start + e·M)·(1 − S)}.
	 */
	private static Residuals residuals(BasePeriod base, LifeTable[] standard, double k, double[][] birthsBySex,
			Timing timing) {
		int n = base.stocks().get(0).width();
		int groups = base.stocks().get(0).groups();
		int sexes = standard.length;
		double[][] survival = new double[sexes][];
		double[] birthSurvival = new double[sexes];
		for (int s = 0; s < sexes; s++) {
			LifeTable t = standard[s].scaled(k);
			survival[s] = t.survival(n, groups);
			birthSurvival[s] = t.birthSurvival(n);
		}
		double e = timing.exposedShare();
		double deaths = 0;
		double[][][] migrants = new double[base.intervals()][sexes][groups];
		double[][][] starts = new double[base.intervals()][sexes][groups];
		for (int i = 0; i < base.intervals(); i++) {
			double[][] before = base.stocks().get(i).raw();
			double[][] after = base.stocks().get(i + 1).raw();
			for (int s = 0; s < sexes; s++) {
				for (int x = 0; x < groups; x++) {
					double start;
					double sv;
					if (x == 0) {
						start = birthsBySex[i][s];
						sv = birthSurvival[s];
					}
					else if (x == groups - 1) {
						start = before[s][x - 1] + before[s][x];
						sv = start > 0 ? (before[s][x - 1] * survival[s][x - 1] + before[s][x] * survival[s][x]) / start
								: survival[s][x];
					}
					else {
						start = before[s][x - 1];
						sv = survival[s][x - 1];
					}
					double m = (after[s][x] - start * sv) / (e * sv + 1 - e);
					starts[i][s][x] = start;
					migrants[i][s][x] = m;
					deaths += Math.max(0, start + e * m) * (1 - sv);
				}
			}
		}
		return new Residuals(survival, birthSurvival, migrants, starts, deaths);
	}

	/** All stocks of a list of populations as a base period without events. */
	public static BasePeriod stocksOnly(List<Population> stocks) {
		return new BasePeriod(new ArrayList<>(stocks), null, null);
	}
}
