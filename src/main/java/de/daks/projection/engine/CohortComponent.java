package de.daks.projection.engine;

import java.util.function.IntFunction;

/**
 * The cohort-component method in single years with yearly steps or in n-year groups with n-year steps (Leslie form):
 * two sexes with female-dominant births, a sex ratio at birth, an open top group, migration by one of the {@link
 * Migration} models with an explicit {@link Timing}. Formulas (DOMAIN.md §5; Preston, Heuveline, Guillot, Demography,
 * 2001, ch. 6), for sex s, step of n years, {@code start} as in {@link Projection}:
 *
 * <pre>
 * survivors   P(x+1, t+n) = P(x, t)·S(x) + migration          (x+1 &lt; ω)
 * open group  P(ω, t+n)   = P(ω−1, t)·S(ω−1) + P(ω, t)·S(ω) + migration
 * births      B = n·Σ f(x)·½[W(x,t) + W(x,t+n)],  B_f = B/(1+srb),  B_m = B·srb/(1+srb)
 * first group P(0, t+n)   = B_s·S_s(birth) + migration
 * deaths      D = max(0, start + e·(Z − F))·(1 − S)   with e = ½ (half before/half after) or 0 (end of step)
 * population  P = start + B − D + Z − F              (exactly, see Projection)
 * </pre>
 *
 * The women of {@code t+n} in the fertile groups are known before the births because births only ever enter group 0.
 * Thread-safe and allocation-light: one call allocates the result arrays only.
 */
public final class CohortComponent {

	private CohortComponent() {
	}

	/** Projects {@code steps} steps with the same assumptions in every step. */
	public static Projection project(Population base, int steps, Assumptions assumptions) {
		return project(base, steps, step -> assumptions);
	}

	/**
	 * Projects {@code steps} steps; {@code assumptionsOfStep.apply(t)} gives the rates of the step from {@code t} to
	 * {@code t+1} (time-varying rates, stochastic draws).
	 */
	public static Projection project(Population base, int steps, IntFunction<Assumptions> assumptionsOfStep) {
		if (steps < 0) {
			throw new IllegalArgumentException("steps must not be negative: " + steps);
		}
		int sexes = base.sexes();
		int groups = base.groups();
		double[][][] pop = new double[steps + 1][][];
		double[][] births = new double[steps][sexes];
		double[][][] deaths = new double[steps][sexes][groups];
		double[][][] in = new double[steps][sexes][groups];
		double[][][] out = new double[steps][sexes][groups];
		pop[0] = base.counts();
		for (int t = 0; t < steps; t++) {
			Assumptions a = assumptionsOfStep.apply(t);
			check(a, sexes, groups);
			pop[t + 1] = new double[sexes][groups];
			// women first: the fertile groups at t+n do not depend on the births of the step
			step(a, base.width(), Population.FEMALE, pop[t][Population.FEMALE], pop[t + 1][Population.FEMALE],
					deaths[t][Population.FEMALE], in[t][Population.FEMALE], out[t][Population.FEMALE]);
			double b = births(a, base.width(), pop[t][Population.FEMALE], pop[t + 1][Population.FEMALE]);
			if (sexes == 1) {
				births[t][Population.FEMALE] = b / (1 + a.sexRatioAtBirth());
			}
			else {
				births[t][Population.FEMALE] = b / (1 + a.sexRatioAtBirth());
				births[t][Population.MALE] = b * a.sexRatioAtBirth() / (1 + a.sexRatioAtBirth());
				step(a, base.width(), Population.MALE, pop[t][Population.MALE], pop[t + 1][Population.MALE],
						deaths[t][Population.MALE], in[t][Population.MALE], out[t][Population.MALE]);
			}
			for (int s = 0; s < sexes; s++) {
				cell(a, base.width(), s, 0, 0, births[t][s], a.birthSurvivalAt(s), pop[t + 1][s], deaths[t][s],
						in[t][s], out[t][s]);
			}
		}
		return new Projection(base.width(), pop, births, deaths, in, out);
	}

	/** Total births of a step: {@code n·Σ f(x)·½[W(x,t) + W(x,t+n)]}. */
	static double births(Assumptions a, int n, double[] womenBefore, double[] womenAfter) {
		double sum = 0;
		int fertileGroups = Math.min(a.fertilityArray().length, womenBefore.length);
		for (int x = 0; x < fertileGroups; x++) {
			sum += a.fertilityArray()[x] * 0.5 * (womenBefore[x] + womenAfter[x]);
		}
		return n * sum;
	}

	/**
	 * Groups 1..ω of one sex; group 0 (the births) follows once the births are known. The open group receives the
	 * survivors of the last closed group and of itself: {@code P(ω−1,t)·S(ω−1) + P(ω,t)·S(ω)} (without migration), i.e.
	 * the cohort {@code P(ω−1,t) + P(ω,t)} with their weighted survival.
	 */
	private static void step(Assumptions a, int n, int sex, double[] before, double[] after, double[] deaths,
			double[] in, double[] out) {
		int open = before.length - 1;
		double[] s = a.survivalArray()[sex];
		migration(a, n, sex, before, in, out);
		double e = a.timing().exposedShare();
		// the hot loop: one pass over plain arrays, no branches but the rare cut of out-movers
		for (int x = 1; x < open; x++) {
			double start = before[x - 1];
			double z = in[x];
			double f = out[x];
			double d = Math.max(0, start + e * (z - f)) * (1 - s[x - 1]);
			double p = start - d + z - f;
			if (p < 0) {
				f = start - d + z;
				out[x] = f;
				p = start - d + z - f;
			}
			deaths[x] = d;
			after[x] = p;
		}
		double start = before[open - 1] + before[open];
		double survival = start > 0 ? (before[open - 1] * s[open - 1] + before[open] * s[open]) / start : s[open];
		cell(a, n, sex, open, start, 0, survival, after, deaths, in, out);
	}

	/** In- and out-movers of groups 1..ω−1 by the migration model (the open group and group 0 go through cell). */
	private static void migration(Assumptions a, int n, int sex, double[] before, double[] in, double[] out) {
		int open = before.length - 1;
		Migration migration = a.migration();
		if (migration instanceof Migration.NetCounts c) {
			double[] m = c.counts()[sex];
			for (int x = 1; x < open; x++) {
				double v = n * m[x];
				in[x] = Math.max(v, 0);
				out[x] = Math.max(-v, 0);
			}
		}
		else if (migration instanceof Migration.NetRates r) {
			double[] m = r.rates()[sex];
			for (int x = 1; x < open; x++) {
				double v = n * m[x] * before[x - 1];
				in[x] = Math.max(v, 0);
				out[x] = Math.max(-v, 0);
			}
		}
		else if (migration instanceof Migration.Gross g) {
			double[] profile = g.profile()[sex];
			double[] rates = g.outRates()[sex];
			for (int x = 1; x < open; x++) {
				in[x] = n * g.inMovers() * profile[x];
				out[x] = Math.min(before[x - 1], n * rates[x] * before[x - 1]);
			}
		}
	}

	private static void cell(Assumptions a, int n, int sex, int x, double start, double births, double survival,
			double[] after, double[] deaths, double[] in, double[] out) {
		double cohort = start + births;
		double z;
		double f;
		Migration migration = a.migration();
		if (migration instanceof Migration.NetCounts c) {
			double m = n * c.counts()[sex][x];
			z = Math.max(m, 0);
			f = Math.max(-m, 0);
		}
		else if (migration instanceof Migration.NetRates r) {
			double m = n * r.rates()[sex][x] * cohort;
			z = Math.max(m, 0);
			f = Math.max(-m, 0);
		}
		else if (migration instanceof Migration.Gross g) {
			z = n * g.inMovers() * g.profile()[sex][x];
			f = Math.min(cohort, n * g.outRates()[sex][x] * cohort);
		}
		else {
			z = 0;
			f = 0;
		}
		double exposed = Math.max(0, cohort + a.timing().exposedShare() * (z - f));
		double d = exposed * (1 - survival);
		double p = start + births - d + z - f;
		if (p < 0) {
			// not enough people to leave: fewer out-movers, the cohort ends at exactly zero
			f = start + births - d + z;
			p = start + births - d + z - f;
		}
		deaths[x] = d;
		in[x] = z;
		out[x] = f;
		after[x] = p;
	}

	private static void check(Assumptions a, int sexes, int groups) {
		if (a.survivalArray().length < sexes) {
			throw new IllegalArgumentException("survival given for " + a.survivalArray().length + " sexes, population has " + sexes);
		}
		if (a.birthSurvivalArray().length < sexes) {
			throw new IllegalArgumentException("birth survival given for " + a.birthSurvivalArray().length + " sexes, population has " + sexes);
		}
		for (int s = 0; s < sexes; s++) {
			Checks.length(a.survivalArray()[s], groups, "survival of sex " + s);
		}
		if (a.fertilityArray().length > groups) {
			throw new IllegalArgumentException("fertility has " + a.fertilityArray().length + " groups, population " + groups);
		}
	}
}
