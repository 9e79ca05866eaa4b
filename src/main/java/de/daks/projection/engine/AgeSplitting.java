package de.daks.projection.engine;

/**
 * Splits five-year age groups into single years with the group totals preserved: Sprague's fifth-difference
 * osculatory multipliers (Sprague, 1880; the coefficient table as printed in Shryock and Siegel, The Methods and
 * Materials of Demography, 1976, table C-1, and in the UN / DemoTools {@code sprague}). Each single year is a weighted
 * sum of five neighbouring groups; every panel's weights sum to 1 per group, so each group's total is kept exactly.
 * The multipliers can give small negative values at steep edges; those are set to 0 and the group rescaled to its
 * total (documented deviation). The open group is passed through as one open single-year group.
 */
public final class AgeSplitting {

	/** Rows: the five single years of a group; columns: groups g−2 … g+2 (middle), g … g+4 (first), etc. */
	private static final double[][] FIRST = {
			{ 0.3616, -0.2768, 0.1488, -0.0336, 0.0000 },
			{ 0.2640, -0.0960, 0.0400, -0.0080, 0.0000 },
			{ 0.1840, 0.0400, -0.0320, 0.0080, 0.0000 },
			{ 0.1200, 0.1360, -0.0720, 0.0160, 0.0000 },
			{ 0.0704, 0.1968, -0.0848, 0.0176, 0.0000 } };

	private static final double[][] SECOND = {
			{ 0.0336, 0.2272, -0.0752, 0.0144, 0.0000 },
			{ 0.0080, 0.2320, -0.0480, 0.0080, 0.0000 },
			{ -0.0080, 0.2160, -0.0080, 0.0000, 0.0000 },
			{ -0.0160, 0.1840, 0.0400, -0.0080, 0.0000 },
			{ -0.0176, 0.1408, 0.0912, -0.0144, 0.0000 } };

	private static final double[][] MIDDLE = {
			{ -0.0128, 0.0848, 0.1504, -0.0240, 0.0016 },
			{ -0.0016, 0.0144, 0.2224, -0.0416, 0.0064 },
			{ 0.0064, -0.0336, 0.2544, -0.0336, 0.0064 },
			{ 0.0064, -0.0416, 0.2224, 0.0144, -0.0016 },
			{ 0.0016, -0.0240, 0.1504, 0.0848, -0.0128 } };

	private AgeSplitting() {
	}

	/**
	 * Splits closed five-year groups {@code groups[0..G−2]} (ages 0–4, 5–9, …) and the open group {@code groups[G−1]}
	 * into single years 0 … 5(G−1)−1 plus the open group. Needs at least five closed groups.
	 */
	public static double[] sprague(double[] groups) {
		Checks.finiteNonNegative(groups, "grouped counts");
		int closed = groups.length - 1;
		if (closed < 5) {
			throw new IllegalArgumentException("Sprague multipliers need at least five closed five-year groups: " + closed);
		}
		double[] single = new double[closed * 5 + 1];
		for (int g = 0; g < closed; g++) {
			double[][] panel;
			int firstColumn;
			boolean mirrored = false;
			if (g == 0) {
				panel = FIRST;
				firstColumn = 0;
			}
			else if (g == 1) {
				panel = SECOND;
				firstColumn = 0;
			}
			else if (g == closed - 2) {
				panel = SECOND;
				firstColumn = closed - 5;
				mirrored = true;
			}
			else if (g == closed - 1) {
				panel = FIRST;
				firstColumn = closed - 5;
				mirrored = true;
			}
			else {
				panel = MIDDLE;
				firstColumn = g - 2;
			}
			double sum = 0;
			for (int r = 0; r < 5; r++) {
				double v = 0;
				for (int c = 0; c < 5; c++) {
					double weight = mirrored ? panel[4 - r][4 - c] : panel[r][c];
					v += weight * groups[firstColumn + c];
				}
				single[g * 5 + r] = Math.max(0, v);
				sum += single[g * 5 + r];
			}
			for (int r = 0; r < 5; r++) {
				single[g * 5 + r] = sum > 0 ? single[g * 5 + r] * groups[g] / sum : groups[g] / 5;
			}
		}
		single[closed * 5] = groups[closed];
		return single;
	}

	/**
	 * Splits bands of any widths into single years 0 … {@code lastAge} with every band's total kept exactly and no
	 * negative value: the cumulative count {@code C(a)} (persons younger than {@code a}) is known at the band bounds
	 * and interpolated at every whole age by a monotone cubic Hermite spline (Fritsch and Carlson, "Monotone Piecewise
	 * Cubic Interpolation", SIAM J. Numer. Anal. 17, 1980); single year {@code x} gets {@code C(x+1) − C(x)}. The open
	 * band (from the last bound) is spread over the ages up to {@code lastAge}, i.e. {@code C(lastAge+1)} = total – an
	 * assumption (nobody older than {@code lastAge}) that only shapes the open band.
	 *
	 * @param bounds lower bounds of the bands, starting at 0, increasing; the last band is open
	 * @param counts persons per band
	 * @param lastAge the highest single age (e.g. 100); must exceed the last bound
	 */
	public static double[] monotoneSpline(int[] bounds, double[] counts, int lastAge) {
		Checks.finiteNonNegative(counts, "band counts");
		int k = bounds.length;
		if (k != counts.length || k < 2 || bounds[0] != 0 || bounds[k - 1] >= lastAge) {
			throw new IllegalArgumentException("bands must start at 0, match the counts and end below the last age");
		}
		double[] x = new double[k + 1];
		double[] y = new double[k + 1];
		for (int i = 0; i < k; i++) {
			if (i > 0 && bounds[i] <= bounds[i - 1]) {
				throw new IllegalArgumentException("band bounds must increase: " + bounds[i - 1] + ", " + bounds[i]);
			}
			x[i] = bounds[i];
			y[i + 1] = y[i] + counts[i];
		}
		x[k] = lastAge + 1;
		double[] m = monotoneTangents(x, y);
		double[] single = new double[lastAge + 1];
		double previous = 0;
		int segment = 0;
		for (int age = 1; age <= lastAge + 1; age++) {
			while (segment < k - 1 && age > x[segment + 1]) {
				segment++;
			}
			double c = hermite(x, y, m, segment, age);
			single[age - 1] = Math.max(0, c - previous);
			previous = Math.max(previous, c);
		}
		return single;
	}

	private static double[] monotoneTangents(double[] x, double[] y) {
		int n = x.length;
		double[] delta = new double[n - 1];
		for (int i = 0; i < n - 1; i++) {
			delta[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
		}
		double[] m = new double[n];
		m[0] = delta[0];
		m[n - 1] = delta[n - 2];
		for (int i = 1; i < n - 1; i++) {
			m[i] = delta[i - 1] == 0 || delta[i] == 0 ? 0 : (delta[i - 1] + delta[i]) / 2;
		}
		for (int i = 0; i < n - 1; i++) {
			if (delta[i] == 0) {
				m[i] = 0;
				m[i + 1] = 0;
				continue;
			}
			double a = m[i] / delta[i];
			double b = m[i + 1] / delta[i];
			double h = a * a + b * b;
			if (h > 9) {
				double t = 3 / Math.sqrt(h);
				m[i] = t * a * delta[i];
				m[i + 1] = t * b * delta[i];
			}
		}
		return m;
	}

	private static double hermite(double[] x, double[] y, double[] m, int i, double at) {
		double h = x[i + 1] - x[i];
		double t = (at - x[i]) / h;
		double t2 = t * t;
		double t3 = t2 * t;
		return (2 * t3 - 3 * t2 + 1) * y[i] + (t3 - 2 * t2 + t) * h * m[i] + (-2 * t3 + 3 * t2) * y[i + 1]
				+ (t3 - t2) * h * m[i + 1];
	}

	/** Sums single years into groups of {@code width} (the last group open), the inverse of splitting. */
	public static double[] group(double[] single, int width) {
		int closedSingles = single.length - 1;
		int groups = (closedSingles + width - 1) / width + 1;
		double[] g = new double[groups];
		for (int x = 0; x < single.length; x++) {
			g[Math.min(groups - 1, x / width)] += single[x];
		}
		return g;
	}
}
