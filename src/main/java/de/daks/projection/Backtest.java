package de.daks.projection;

import de.daks.projection.engine.Intervals;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a projection with what happened: error of the total, mean absolute percentage error (MAPE) over five-year
 * age groups (both sexes together, 0–4 … 80–84, 85+) and whether the 80 % intervals of those groups and of the total
 * contained the actual value.
 *
 * <pre>
 * total error  = P̂ / P − 1                         (signed; tables show |·|)
 * MAPE         = mean over groups g of |P̂(g) / P(g) − 1|
 * coverage     = share of the 19 numbers (18 groups + total) with p10 ≤ P ≤ p90, quantiles of the simulated sums
 * </pre>
 */
public final class Backtest {

	/** The open group of the evaluation starts at 85. */
	public static final int TOP = 85;

	private Backtest() {
	}

	/**
	 * One window's result.
	 *
	 * @param totalError signed relative error of the total
	 * @param mape MAPE over the five-year groups
	 * @param covered numbers (groups + total) inside the 80 % interval
	 * @param numbers numbers checked for coverage (0 if the projection has no draws)
	 */
	public record Score(double totalError, double mape, int covered, int numbers) {
	}

	/**
	 * Scores a projection in single years or five-year groups ({@code [sex][group]}, last open) against the actual
	 * population of the same shape.
	 */
	public static Score score(double[][] projected, List<double[][]> draws, double[][] actual, int width) {
		double[] p = fiveYearGroups(projected, width);
		double[] a = fiveYearGroups(actual, width);
		double sumP = 0;
		double sumA = 0;
		double ape = 0;
		for (int g = 0; g < p.length; g++) {
			sumP += p[g];
			sumA += a[g];
			ape += Math.abs(p[g] / a[g] - 1);
		}
		int covered = 0;
		int numbers = 0;
		if (!draws.isEmpty()) {
			double[][] grouped = new double[draws.size()][];
			for (int d = 0; d < draws.size(); d++) {
				grouped[d] = fiveYearGroups(draws.get(d), width);
			}
			for (int g = 0; g <= p.length; g++) {
				double[] values = new double[draws.size()];
				for (int d = 0; d < values.length; d++) {
					values[d] = g < p.length ? grouped[d][g] : sum(grouped[d]);
				}
				double low = Intervals.quantile(values, 0.1);
				double high = Intervals.quantile(values, 0.9);
				double actualValue = g < p.length ? a[g] : sumA;
				numbers++;
				if (actualValue >= low && actualValue <= high) {
					covered++;
				}
			}
		}
		return new Score(sumP / sumA - 1, ape / p.length, covered, numbers);
	}

	/** Both sexes summed into 0–4 … 80–84 and 85+. */
	public static double[] fiveYearGroups(double[][] bySexAndGroup, int width) {
		double[] g = new double[TOP / 5 + 1];
		for (double[] sex : bySexAndGroup) {
			for (int x = 0; x < sex.length; x++) {
				int age = x * width;
				g[Math.min(TOP / 5, age / 5)] += sex[x];
			}
		}
		return g;
	}

	/** The five-year group (0 = 0–4 … 17 = 85+) of group {@code x} of width {@code width}. */
	public static int fiveYearGroup(int x, int width) {
		return Math.min(TOP / 5, x * width / 5);
	}

	/** {@link #fiveYearGroups} for values that may be negative (e.g. net migrants). */
	public static double[] fiveYearGroupsSigned(double[][] bySexAndGroup, int width) {
		double[] g = new double[TOP / 5 + 1];
		for (double[] sex : bySexAndGroup) {
			for (int x = 0; x < sex.length; x++) {
				g[fiveYearGroup(x, width)] += sex[x];
			}
		}
		return g;
	}

	/** The draws of one date of a run. */
	public static List<double[][]> drawsAt(ProjectionRun run, int dateIndex) {
		List<double[][]> result = new ArrayList<>();
		for (double[][][] d : run.draws()) {
			result.add(d[dateIndex]);
		}
		return result;
	}

	private static double sum(double[] a) {
		double s = 0;
		for (double v : a) {
			s += v;
		}
		return s;
	}
}
