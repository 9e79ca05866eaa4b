package de.daks.projection.engine;

import java.util.Arrays;

/** Small array helpers shared by the engine classes. */
final class CohortComponentSupport {

	private CohortComponentSupport() {
	}

	static double[] ones(int n) {
		double[] a = new double[n];
		Arrays.fill(a, 1);
		return a;
	}
}
