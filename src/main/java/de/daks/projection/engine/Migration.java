package de.daks.projection.engine;

/**
 * Migration assumptions of a cohort-component step. All arrays are {@code [sex][group]} and indexed by the group a
 * cohort reaches at the END of the step (group 0 = the births of the step), all quantities are ANNUAL and are
 * multiplied by the step width {@code n}. {@code start(x)} is the cohort at the beginning of the step (see {@link
 * Timing}). In-movers {@code Z} and out-movers {@code F} of the step are:
 *
 * <ul>
 * <li>{@link None}: {@code Z = F = 0} (closed population).</li>
 * <li>{@link NetCounts}{@code (m)}: {@code Z = n·max(m,0)}, {@code F = n·max(−m,0)}.</li>
 * <li>{@link NetRates}{@code (r)}: {@code N = n·r·start}, split into Z/F by sign as above.</li>
 * <li>{@link Gross}{@code (inMovers, profile, outRates)}: {@code Z = n·inMovers·profile}, {@code F =
 * min(start, n·outRates·start)} – robust for small areas, never negative.</li>
 * </ul>
 * If net out-migration would make a cohort negative, {@code F} is reduced until the cohort is exactly 0 (recorded in
 * the result, so the balancing identity still holds).
 */
public sealed interface Migration {

	/** No migration. */
	record None() implements Migration {
	}

	/** Annual net migrants by {@code [sex][group]} (negative = net out-migration). */
	record NetCounts(double[][] counts) implements Migration {

		public NetCounts {
			counts = Population.copy(counts);
			for (double[] c : counts) {
				Checks.finite(c, "net migrants");
			}
		}
	}

	/** Annual net migration rates by {@code [sex][group]}, proportions of the cohort at the start of the step. */
	record NetRates(double[][] rates) implements Migration {

		public NetRates {
			rates = Population.copy(rates);
			for (double[] r : rates) {
				Checks.finite(r, "net migration rates");
			}
		}
	}

	/**
	 * Gross flows: {@code inMovers} persons a year (all sexes and ages) distributed by {@code profile[sex][group]}
	 * (non-negative, summing to 1 over all cells), and annual out-migration rates {@code outRates[sex][group]}.
	 */
	record Gross(double inMovers, double[][] profile, double[][] outRates) implements Migration {

		public Gross {
			if (!(inMovers >= 0) || Double.isInfinite(inMovers)) {
				throw new IllegalArgumentException("in-movers must be finite and non-negative: " + inMovers);
			}
			profile = Population.copy(profile);
			outRates = Population.copy(outRates);
			double sum = 0;
			for (double[] p : profile) {
				Checks.finiteNonNegative(p, "in-mover profile");
				for (double v : p) {
					sum += v;
				}
			}
			if (inMovers > 0 && Math.abs(sum - 1) > 1e-9) {
				throw new IllegalArgumentException("in-mover profile must sum to 1: " + sum);
			}
			for (double[] r : outRates) {
				Checks.finiteNonNegative(r, "out-migration rates");
			}
		}
	}

	Migration NONE = new None();
}
