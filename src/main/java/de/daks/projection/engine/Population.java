package de.daks.projection.engine;

import java.util.Arrays;

/**
 * A population by sex and age group at one point in time.
 *
 * <p>{@code counts[sex][group]}: sex {@link #FEMALE} (always present) and optionally {@link #MALE}; group {@code g}
 * covers ages {@code [g·width, (g+1)·width)}, the last group is open-ended ({@code (G−1)·width} and older). With
 * {@code width = 1} the groups are single years (typically 0 … 100+), with {@code width = 5} five-year groups.
 * Counts are finite and non-negative; the arrays are copied on the way in and out.
 *
 * @param width the width of an age group in years (= the step of a projection on this population)
 * @param counts persons by {@code [sex][group]}, one or two sexes, at least two groups, all sexes the same length
 */
public record Population(int width, double[][] counts) {

	/** Index of women in every {@code [sex]} array. */
	public static final int FEMALE = 0;

	/** Index of men in every {@code [sex]} array. */
	public static final int MALE = 1;

	public Population {
		if (width < 1) {
			throw new IllegalArgumentException("group width must be at least 1 year: " + width);
		}
		if (counts.length < 1 || counts.length > 2) {
			throw new IllegalArgumentException("one sex (female) or two sexes (female, male) expected: " + counts.length);
		}
		counts = copy(counts);
		int groups = counts[0].length;
		if (groups < 2) {
			throw new IllegalArgumentException("at least two age groups expected: " + groups);
		}
		for (int s = 0; s < counts.length; s++) {
			if (counts[s].length != groups) {
				throw new IllegalArgumentException("sex " + s + " has " + counts[s].length + " groups, expected " + groups);
			}
			Checks.finiteNonNegative(counts[s], "population of sex " + s);
		}
	}

	/** The number of sexes (1 = female only, 2 = female and male). */
	public int sexes() {
		return counts.length;
	}

	/** The number of age groups including the open one. */
	public int groups() {
		return counts[0].length;
	}

	/** Persons of one sex in one group. */
	public double count(int sex, int group) {
		return counts[sex][group];
	}

	/** A copy of the counts, {@code [sex][group]}. */
	@Override
	public double[][] counts() {
		return copy(counts);
	}

	/** The array itself, for the engine's loops (never handed out of the package). */
	double[][] raw() {
		return counts;
	}

	/** Persons of all sexes and ages. */
	public double total() {
		double sum = 0;
		for (double[] sex : counts) {
			for (double v : sex) {
				sum += v;
			}
		}
		return sum;
	}

	/** The lower age bound of a group in years. */
	public int ageFrom(int group) {
		return group * width;
	}

	static double[][] copy(double[][] a) {
		double[][] c = new double[a.length][];
		for (int i = 0; i < a.length; i++) {
			c[i] = a[i].clone();
		}
		return c;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Population p && p.width == width && Arrays.deepEquals(p.counts, counts);
	}

	@Override
	public int hashCode() {
		return 31 * width + Arrays.deepHashCode(counts);
	}

	@Override
	public String toString() {
		return "Population[width=" + width + ", total=" + total() + ", groups=" + groups() + ", sexes=" + sexes() + "]";
	}
}
