package de.daks.projection.engine;

/**
 * Makes quarter projections consistent with the Kommune projection by iterative proportional fitting (raking; Deming
 * and Stephan, 1940). The table {@code q[quarter][cell]} (cell = sex × group flattened) is alternately scaled so that
 * (1) each cell summed over quarters equals the Kommune's cell and (2) each quarter's total equals its own projected
 * total scaled to the Kommune total. Only multiplications by non-negative factors: quarters never go negative, and a
 * cell that is 0 stays 0 (if a Kommune cell is positive where all quarters are 0, it is shared by the quarters' total
 * size).
 */
public final class Raking {

	private Raking() {
	}

	/**
	 * @param quarters {@code [quarter][sex][group]} independently projected quarters (one step)
	 * @param kommune {@code [sex][group]} the Kommune projection of the same step
	 * @return the raked quarters, {@code [quarter][sex][group]}
	 */
	public static double[][][] rake(double[][][] quarters, double[][] kommune, int iterations) {
		int q = quarters.length;
		int sexes = kommune.length;
		int groups = kommune[0].length;
		double[][][] r = new double[q][][];
		double[] targetTotals = new double[q];
		double quarterSum = 0;
		for (int i = 0; i < q; i++) {
			r[i] = Population.copy(quarters[i]);
			for (double[] s : r[i]) {
				Checks.finiteNonNegative(s, "quarter " + i);
			}
			targetTotals[i] = Projection.sum(r[i]);
			quarterSum += targetTotals[i];
		}
		double kommuneTotal = Projection.sum(kommune);
		for (int i = 0; i < q; i++) {
			targetTotals[i] = quarterSum > 0 ? targetTotals[i] * kommuneTotal / quarterSum : kommuneTotal / q;
		}
		for (int iteration = 0; iteration < iterations; iteration++) {
			for (int s = 0; s < sexes; s++) {
				for (int x = 0; x < groups; x++) {
					double sum = 0;
					for (int i = 0; i < q; i++) {
						sum += r[i][s][x];
					}
					for (int i = 0; i < q; i++) {
						r[i][s][x] = sum > 0 ? r[i][s][x] * kommune[s][x] / sum
								: kommuneTotal > 0 ? kommune[s][x] * targetTotals[i] / kommuneTotal : 0;
					}
				}
			}
			if (iteration == iterations - 1) {
				break; // end on the cell margins: those are the Kommune's numbers and must match exactly
			}
			for (int i = 0; i < q; i++) {
				double sum = Projection.sum(r[i]);
				double factor = sum > 0 ? targetTotals[i] / sum : 0;
				for (double[] s : r[i]) {
					for (int x = 0; x < groups; x++) {
						s[x] *= factor;
					}
				}
			}
		}
		return r;
	}
}
