package de.daks.projection.engine;

/**
 * The result of a cohort-component projection: the population at every step and the events of every step, by
 * {@code [step][sex][group]}. Events of step {@code t} (from {@code t} to {@code t+1}) are indexed by the group the
 * cohort reaches at {@code t+1}, so for every step, sex and group the balancing identity holds exactly (the engine
 * computes the population from these very numbers, in this order):
 *
 * <pre>
 * P(x, t+1) = start(x, t) + B(x, t) − D(x, t) + Z(x, t) − F(x, t)
 * start(0, t) = 0,  B(0, t) = births of the sex,          B(x&gt;0, t) = 0
 * start(x, t) = P(x−1, t)                                 for 0 &lt; x &lt; ω
 * start(ω, t) = P(ω−1, t) + P(ω, t)                       for the open group ω
 * </pre>
 *
 * Summed over ages this is {@code P(t+1) = P(t) + B − D + Z − F}. Arrays are shared with the engine for speed; the
 * accessors return copies.
 *
 * @param width years per step = width of the age groups
 * @param populations {@code [step 0..T][sex][group]}
 * @param births {@code [step 0..T−1][sex]} births of the step (all of them, before infant mortality)
 * @param deaths {@code [step][sex][group]} deaths of the cohort arriving in the group (births: infant deaths in group 0)
 * @param inMovers {@code [step][sex][group]} in-movers Z
 * @param outMovers {@code [step][sex][group]} out-movers F
 */
public record Projection(int width, double[][][] populations, double[][] births, double[][][] deaths,
		double[][][] inMovers, double[][][] outMovers) {

	/** The number of projected steps T. */
	public int steps() {
		return births.length;
	}

	/** The population after {@code step} steps (0 = the base population). */
	public Population population(int step) {
		return new Population(width, populations[step]);
	}

	/** One projected number. */
	public double count(int step, int sex, int group) {
		return populations[step][sex][group];
	}

	/** The cohort at the start of step {@code t} that ends in group {@code x} (see the class comment). */
	public double start(int step, int sex, int group) {
		double[] p = populations[step][sex];
		int open = p.length - 1;
		if (group == 0) {
			return 0;
		}
		return group == open ? p[open - 1] + p[open] : p[group - 1];
	}

	/** Births of the step that belong to a cell: all births of the sex for group 0, nothing otherwise. */
	public double birthsInto(int step, int sex, int group) {
		return group == 0 ? births[step][sex] : 0;
	}

	/** The population total after {@code step} steps. */
	public double total(int step) {
		double sum = 0;
		for (double[] sex : populations[step]) {
			for (double v : sex) {
				sum += v;
			}
		}
		return sum;
	}

	/** Sum of a component over sexes and groups in one step. */
	public static double sum(double[][] bySexAndGroup) {
		double sum = 0;
		for (double[] sex : bySexAndGroup) {
			for (double v : sex) {
				sum += v;
			}
		}
		return sum;
	}

	/**
	 * The cell-by-cell mean of several projections of the same base population (model averaging). Every array is
	 * averaged, so the balancing identity holds for the mean because it holds for each member and is linear.
	 *
	 * @throws IllegalArgumentException if the list is empty or the members differ in width, steps or shape
	 */
	public static Projection average(java.util.List<Projection> members) {
		if (members.isEmpty()) {
			throw new IllegalArgumentException("no projections to average");
		}
		Projection first = members.get(0);
		for (Projection p : members) {
			if (p.width != first.width || p.steps() != first.steps()
					|| p.populations[0].length != first.populations[0].length
					|| p.populations[0][0].length != first.populations[0][0].length) {
				throw new IllegalArgumentException("projections to average differ in width, steps or shape");
			}
		}
		double w = 1.0 / members.size();
		double[][][] populations = new double[first.populations.length][][];
		for (int t = 0; t < populations.length; t++) {
			final int step = t;
			populations[t] = mean(members.stream().map(p -> p.populations[step]).toList(), w);
		}
		int steps = first.steps();
		double[][] births = new double[steps][];
		double[][][] deaths = new double[steps][][];
		double[][][] in = new double[steps][][];
		double[][][] out = new double[steps][][];
		for (int t = 0; t < steps; t++) {
			final int step = t;
			births[t] = mean(members.stream().map(p -> new double[][] { p.births[step] }).toList(), w)[0];
			deaths[t] = mean(members.stream().map(p -> p.deaths[step]).toList(), w);
			in[t] = mean(members.stream().map(p -> p.inMovers[step]).toList(), w);
			out[t] = mean(members.stream().map(p -> p.outMovers[step]).toList(), w);
		}
		return new Projection(first.width, populations, births, deaths, in, out);
	}

	private static double[][] mean(java.util.List<double[][]> cells, double weight) {
		double[][] result = new double[cells.get(0).length][cells.get(0)[0].length];
		for (double[][] c : cells) {
			for (int s = 0; s < result.length; s++) {
				for (int x = 0; x < result[s].length; x++) {
					result[s][x] += weight * c[s][x];
				}
			}
		}
		return result;
	}
}
