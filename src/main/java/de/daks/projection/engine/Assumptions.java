package de.daks.projection.engine;

/**
 * The rates of one cohort-component step of width {@code n} (= the population's group width).
 *
 * @param fertility ANNUAL age-specific fertility rates of women by group (births per woman and year, any length up to
 *     the number of groups; missing groups = 0). Births of a step: {@code B = n·Σx f(x)·½[W(x,t) + W(x,t+n)]} with
 *     {@code W} the women of group {@code x} (Preston, Heuveline, Guillot, Demography, 2001, eq. 6.2).
 * @param survival {@code [sex][group]}: proportion of group {@code x} at {@code t} alive in group {@code x+1} at
 *     {@code t+n}; the last entry is the open group's own survival: {@code P(ω,t+n) = P(ω−1,t)·S(ω−1) + P(ω,t)·S(ω)}
 *     (with {@code S(ω−1) = S(ω)} this is DOMAIN.md §5's {@code (P(ω−1,t) + P(ω,t))·S(ω)})
 * @param birthSurvival {@code [sex]}: proportion of the step's births alive in group 0 at its end ({@code L0/(n·l0)}
 *     in life-table terms)
 * @param sexRatioAtBirth boys per girl (≈ 1.05); births are split {@code B_f = B/(1+srb)}, {@code B_m = B·srb/(1+srb)}.
 *     Ignored for a female-only population
 * @param migration the migration model
 * @param timing when the migrants meet mortality
 */
public record Assumptions(double[] fertility, double[][] survival, double[] birthSurvival, double sexRatioAtBirth,
		Migration migration, Timing timing) {

	public Assumptions {
		fertility = fertility.clone();
		Checks.finiteNonNegative(fertility, "fertility");
		survival = Population.copy(survival);
		for (double[] s : survival) {
			Checks.proportions(s, "survival");
		}
		birthSurvival = birthSurvival.clone();
		Checks.proportions(birthSurvival, "birth survival");
		if (!(sexRatioAtBirth > 0) || Double.isInfinite(sexRatioAtBirth)) {
			throw new IllegalArgumentException("sex ratio at birth must be positive: " + sexRatioAtBirth);
		}
	}

	@Override
	public double[] fertility() {
		return fertility.clone();
	}

	@Override
	public double[][] survival() {
		return Population.copy(survival);
	}

	@Override
	public double[] birthSurvival() {
		return birthSurvival.clone();
	}

	/** The same rates with another migration model. */
	public Assumptions withMigration(Migration other) {
		return new Assumptions(fertility, survival, birthSurvival, sexRatioAtBirth, other, timing);
	}

	/** The same rates with fertility multiplied by {@code factor} (a fertility variant). */
	public Assumptions withFertilityScaled(double factor) {
		double[] f = fertility.clone();
		for (int i = 0; i < f.length; i++) {
			f[i] *= factor;
		}
		return new Assumptions(f, survival, birthSurvival, sexRatioAtBirth, migration, timing);
	}

	/** The arrays themselves, for the engine's inner loop (never handed out). */
	double[] fertilityArray() {
		return fertility;
	}

	double[][] survivalArray() {
		return survival;
	}

	double[] birthSurvivalArray() {
		return birthSurvival;
	}

	double fertilityAt(int group) {
		return group < fertility.length ? fertility[group] : 0;
	}

	double survivalAt(int sex, int group) {
		return survival[sex][group];
	}

	double birthSurvivalAt(int sex) {
		return birthSurvival[sex];
	}
}
