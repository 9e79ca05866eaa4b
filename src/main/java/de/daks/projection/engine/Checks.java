package de.daks.projection.engine;

/** Up-front checks of numeric inputs (the Guava way: fail early, name the input). */
final class Checks {

	private Checks() {
	}

	static void finiteNonNegative(double[] values, String what) {
		for (int i = 0; i < values.length; i++) {
			if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
				throw new IllegalArgumentException(what + "[" + i + "] must be finite and non-negative: " + values[i]);
			}
		}
	}

	static void finite(double[] values, String what) {
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				throw new IllegalArgumentException(what + "[" + i + "] must be finite: " + values[i]);
			}
		}
	}

	static void proportions(double[] values, String what) {
		for (int i = 0; i < values.length; i++) {
			if (!(values[i] >= 0 && values[i] <= 1)) {
				throw new IllegalArgumentException(what + "[" + i + "] must be a proportion in [0, 1]: " + values[i]);
			}
		}
	}

	static void length(double[] values, int expected, String what) {
		if (values.length != expected) {
			throw new IllegalArgumentException(what + " has " + values.length + " entries, expected " + expected);
		}
	}
}
