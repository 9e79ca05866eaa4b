package de.daks.projection.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Hamilton–Perry method for areas with stock data only (Hamilton and Perry, 1962; Swanson, Schlottmann and Schmidt,
 * "Forecasting the population of census tracts by age and sex", Population Research and Policy Review 29, 2010). With
 * stocks {@code k} years apart and groups of width {@code w} ({@code k} a multiple of {@code w}, shift {@code h =
 * k/w} groups), for each sex:
 *
 * <pre>
 * cohort change ratio  CCR(x) = Σ_periods P(x, t) / Σ_periods P(x−h, t−k)              for h ≤ x &lt; ω
 * open group           CCR(ω) = Σ P(ω, t) / Σ Σ_{y=ω−h..ω} P(y, t−k)
 * child–woman ratio    CWR(x) = Σ P(x, t) / Σ W(15–49, t)                               for x &lt; h
 * projection           P(x, t+k) = CCR(x)·P(x−h, t),  P(ω, t+k) = CCR(ω)·Σ_{y=ω−h..ω} P(y, t),
 *                      P(x, t+k) = CWR(x)·W(15–49, t+k)
 * </pre>
 *
 * Several base periods are pooled (sums over periods, i.e. population-weighted mean ratios) – the first smoothing.
 * The second, optional one pools each ratio with its {@code ageWindow} neighbours on either side (same formula, sums
 * over neighbouring ages too). An optional independent total per step scales every sex and age proportionally ("
 * constraint to an independent total"). A ratio with an empty denominator is 1 (no information, no change).
 * Populations never become negative.
 */
public final class HamiltonPerry {

	/** Women of ages 15–49 are the denominator of the child–woman ratios. */
	static final int FERTILE_FROM = 15;

	static final int FERTILE_TO = 50;

	private HamiltonPerry() {
	}

	/**
	 * The ratios of one or more base periods.
	 *
	 * @param width group width in years
	 * @param years {@code k}, years between the stocks of a base period and per projection step
	 * @param ccr {@code [sex][group]} cohort change ratios (entries below {@code k/width} unused)
	 * @param cwr {@code [sex][group]} child–woman ratios for groups below {@code k/width} (others unused)
	 */
	public record Ratios(int width, int years, double[][] ccr, double[][] cwr) {

		/**
		 * The ratios with a persistent random deviation, for simulated paths: every ratio of a five-year age class
		 * {@code c} is multiplied by {@code exp(σ·√k·(z0 + zc)/√2)} with one standard normal {@code z0} for the whole
		 * area and one {@code zc} per class, the same in every step of the path. So a path drifts for its whole horizon
		 * (the level of migration of a small area does not return to the base-period mean each year), and the spread
		 * of the total grows in proportion to the horizon – as the errors of small-area projections do (mean absolute
		 * errors of roughly 1–1.5 % per year of horizon for subcounty areas: Smith, Tayman and Swanson, A
		 * Practitioner's Guide to State and Local Population Projections, 2013, ch. 13). Resampling the base years
		 * alone cannot give that spread when the base period is one or two years long.
		 *
		 * @param sigma standard deviation of the log ratio per year of the step (e.g. {@link #DRIFT})
		 * @param z0 the area's standard normal deviate
		 * @param classDeviates standard normal deviates per five-year class 0–4, 5–9, … (the last one repeats
		 *     above)
		 */
		public Ratios drifted(double sigma, double z0, double[] classDeviates) {
			double[][] c = new double[ccr.length][];
			double[][] w = new double[cwr.length][];
			for (int s = 0; s < ccr.length; s++) {
				c[s] = ccr[s].clone();
				w[s] = cwr[s].clone();
				for (int x = 0; x < c[s].length; x++) {
					int cls = Math.min(x * width / 5, classDeviates.length - 1);
					double factor = Math.exp(sigma * Math.sqrt(years) * (z0 + classDeviates[cls]) / Math.sqrt(2));
					c[s][x] *= factor;
					w[s][x] *= factor;
				}
			}
			return new Ratios(width, years, c, w);
		}
	}

	/** The default yearly drift σ of {@link Ratios#drifted}: 1.5 % a year (see there). */
	public static final double DRIFT = 0.015;

	/**
	 * Estimates the ratios from pairs of stocks {@code k} years apart: {@code pairs.get(i)[0]} at {@code t−k},
	 * {@code pairs.get(i)[1]} at {@code t}.
	 */
	public static Ratios ratios(List<Population[]> pairs, int years, int ageWindow) {
		if (pairs.isEmpty()) {
			throw new IllegalArgumentException("Hamilton–Perry needs at least one pair of stocks");
		}
		Population shape = pairs.get(0)[0];
		int w = shape.width();
		if (years % w != 0 || years < w) {
			throw new IllegalArgumentException("the step of " + years + " years must be a multiple of the group width " + w);
		}
		int h = years / w;
		int groups = shape.groups();
		int sexes = shape.sexes();
		double[][] num = new double[sexes][groups];
		double[][] den = new double[sexes][groups];
		double[][] cwrNum = new double[sexes][groups];
		double women = 0;
		for (Population[] pair : pairs) {
			double[][] before = pair[0].raw();
			double[][] after = pair[1].raw();
			women += fertileWomen(after[0], w);
			for (int s = 0; s < sexes; s++) {
				for (int x = 0; x < groups; x++) {
					if (x < h) {
						cwrNum[s][x] += after[s][x];
					}
					else {
						num[s][x] += after[s][x];
						den[s][x] += cohortBefore(before[s], x, h);
					}
				}
			}
		}
		double[][] ccr = new double[sexes][groups];
		double[][] cwr = new double[sexes][groups];
		for (int s = 0; s < sexes; s++) {
			for (int x = 0; x < groups; x++) {
				if (x < h) {
					cwr[s][x] = women > 0 ? cwrNum[s][x] / women : 0;
					continue;
				}
				double n = 0;
				double d = 0;
				for (int y = Math.max(h, x - ageWindow); y <= Math.min(groups - 2, x + ageWindow); y++) {
					n += num[s][y];
					d += den[s][y];
				}
				if (x == groups - 1) {
					// the open group is never pooled with closed groups: its ratio mixes survival and age accumulation
					n = num[s][x];
					d = den[s][x];
				}
				ccr[s][x] = d > 0 ? n / d : 1;
			}
		}
		return new Ratios(w, years, ccr, cwr);
	}

	/**
	 * Projects {@code steps} steps of {@code ratios.years()} years.
	 *
	 * @param totals independent totals per step ({@code totals[t]} for step {@code t+1}), or {@code null}
	 * @return populations {@code [step 0..steps][sex][group]}
	 */
	public static double[][][] project(Population base, Ratios ratios, int steps, double @Nullable [] totals) {
		int w = base.width();
		if (w != ratios.width()) {
			throw new IllegalArgumentException("ratios for width " + ratios.width() + ", population of width " + w);
		}
		int h = ratios.years() / w;
		int groups = base.groups();
		int sexes = base.sexes();
		double[][][] out = new double[steps + 1][][];
		out[0] = base.counts();
		for (int t = 0; t < steps; t++) {
			double[][] before = out[t];
			double[][] after = new double[sexes][groups];
			for (int s = 0; s < sexes; s++) {
				for (int x = h; x < groups; x++) {
					after[s][x] = Math.max(0, ratios.ccr()[s][x] * cohortBefore(before[s], x, h));
				}
			}
			double women = fertileWomen(after[0], w);
			for (int s = 0; s < sexes; s++) {
				for (int x = 0; x < h && x < groups; x++) {
					after[s][x] = Math.max(0, ratios.cwr()[s][x] * women);
				}
			}
			if (totals != null) {
				double sum = Projection.sum(after);
				double factor = sum > 0 ? totals[t] / sum : 0;
				for (double[] sex : after) {
					for (int x = 0; x < groups; x++) {
						sex[x] *= factor;
					}
				}
			}
			out[t + 1] = after;
		}
		return out;
	}

	private static double cohortBefore(double[] before, int x, int h) {
		int groups = before.length;
		if (x < groups - 1) {
			return before[x - h];
		}
		double sum = 0;
		for (int y = Math.max(0, x - h); y < groups; y++) {
			sum += before[y];
		}
		return sum;
	}

	/** Women aged 15–49 (groups whose lower bound lies in [15, 50)). */
	static double fertileWomen(double[] women, int width) {
		double sum = 0;
		for (int x = 0; x < women.length - 1; x++) {
			int from = x * width;
			if (from >= FERTILE_FROM && from < FERTILE_TO) {
				sum += women[x];
			}
		}
		return sum;
	}
}
