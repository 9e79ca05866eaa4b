package de.daks.projection.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Prediction intervals from simulated projections: every cell's empirical quantile over the draws (type 7 of Hyndman
 * and Fan, 1996 – linear interpolation between order statistics, as numpy's default). The draws come from projections
 * whose assumptions were resampled (see {@code Resampling} in the projection module, or any caller).
 */
public final class Intervals {

	private Intervals() {
	}

	/** The {@code p}-quantile ({@code 0 ≤ p ≤ 1}) of every cell over {@code draws}, all of the same shape. */
	public static double[][][] quantile(List<double[][][]> draws, double p) {
		if (draws.isEmpty()) {
			throw new IllegalArgumentException("no draws");
		}
		if (!(p >= 0 && p <= 1)) {
			throw new IllegalArgumentException("quantile must be in [0, 1]: " + p);
		}
		double[][][] shape = draws.get(0);
		double[][][] result = new double[shape.length][][];
		double[] values = new double[draws.size()];
		for (int t = 0; t < shape.length; t++) {
			result[t] = new double[shape[t].length][];
			for (int s = 0; s < shape[t].length; s++) {
				result[t][s] = new double[shape[t][s].length];
				for (int x = 0; x < shape[t][s].length; x++) {
					for (int d = 0; d < values.length; d++) {
						values[d] = draws.get(d)[t][s][x];
					}
					result[t][s][x] = quantile(values, p);
				}
			}
		}
		return result;
	}

	/** The {@code p}-quantile of values (sorted in place). */
	public static double quantile(double[] values, double p) {
		Arrays.sort(values);
		double position = p * (values.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(values.length - 1, below + 1);
		return values[below] + (position - below) * (values[above] - values[below]);
	}
}
