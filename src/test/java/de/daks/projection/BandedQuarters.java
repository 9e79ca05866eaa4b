package de.daks.projection;

import de.daks.projection.engine.AgeSplitting;
import de.daks.projection.engine.HamiltonPerry;
import de.daks.projection.engine.Population;
import de.daks.projection.engine.Raking;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quarter backtest of Lübeck and Berlin: areas with age bands of uneven width (both sexes together) split into
 * single years 0…100 (monotone spline), projected with Hamilton–Perry (yearly ratios pooled over the base period) and
 * raked to the city's projection made the same way; errors are means over the quarters.
 *
 * @param bounds lower bounds of the bands, the last one open
 * @param data area → year → counts by band; {@code city} is the whole
 */
record BandedQuarters(int[] bounds, Map<String, Map<Integer, double[]>> data, String city) {

	record Result(int base, int horizon, int history, int quarters, double cityError, double totalIndependent,
			double totalRaked, double bandsIndependent, double bandsRaked, int covered, int numbers) {

		String markdownRow() {
			return String.format(Locale.ROOT, "| %d → %d (%d–%d) | %+.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %d/%d |%n",
					base, base + horizon, base - history, base, 100 * cityError, 100 * totalIndependent,
					100 * totalRaked, 100 * bandsIndependent, 100 * bandsRaked, covered, numbers);
		}
	}

	static final String TABLE_HEADER = """
			| base → target (base period) | city total error | quarters' total, independent | raked | band MAPE, independent | raked | inside the 80 % interval |
			|---|---:|---:|---:|---:|---:|---:|
			""";

	/** Simulated paths per quarter for the intervals (as {@code ProjectionMethods.hamiltonPerry} draws them). */
	static final int DRAWS = 200;

	/** The table of docs/backtests.md for windows (base, horizon, history). */
	String markdown(List<int[]> windows) {
		StringBuilder md = new StringBuilder(TABLE_HEADER);
		windows.forEach(w -> md.append(run(w[0], w[1], w[2]).markdownRow()));
		return md.toString();
	}

	Result run(int base, int horizon, int history) {
		List<String> quarters = data.keySet().stream().filter(a -> !a.equals(city)).toList();
		double[][] whole = project(data.get(city), base, horizon, history);
		double[][][] independent = new double[quarters.size()][][];
		for (int q = 0; q < quarters.size(); q++) {
			independent[q] = project(data.get(quarters.get(q)), base, horizon, history);
		}
		double[][][] raked = Raking.rake(independent, whole, 50);
		double ti = 0;
		double tr = 0;
		double bi = 0;
		double br = 0;
		int covered = 0;
		int numbers = 0;
		for (int q = 0; q < quarters.size(); q++) {
			double[] actual = data.get(quarters.get(q)).get(base + horizon);
			// the 80 % interval of every band and of the total, from the quarter's own simulations
			double[][] simulated = simulate(data.get(quarters.get(q)), base, horizon, history, q);
			for (int i = 0; i <= actual.length; i++) {
				final int index = i;
				double[] values = java.util.Arrays.stream(simulated)
					.mapToDouble(b -> index < actual.length ? b[index] : sum(b)).sorted().toArray();
				double value = i < actual.length ? actual[i] : sum(actual);
				covered += value >= quantile(values, 0.1) && value <= quantile(values, 0.9) ? 1 : 0;
				numbers++;
			}
			double[] ind = bands(independent[q][0]);
			double[] rak = bands(raked[q][0]);
			ti += Math.abs(sum(ind) / sum(actual) - 1);
			tr += Math.abs(sum(rak) / sum(actual) - 1);
			bi += mape(ind, actual);
			br += mape(rak, actual);
		}
		int n = quarters.size();
		return new Result(base, horizon, history, n, sum(whole[0]) / sum(data.get(city).get(base + horizon)) - 1,
				ti / n, tr / n, bi / n, br / n, covered, numbers);
	}

	/**
	 * Bands of {@link #DRAWS} paths, each step with the ratios of one base year drawn at random and drifted as the
	 * product draws them ({@code ProjectionMethods.hamiltonPerry}, {@link HamiltonPerry.Ratios#drifted}).
	 */
	private double[][] simulate(Map<Integer, double[]> years, int base, int horizon, int history, long seed) {
		List<HamiltonPerry.Ratios> single = new ArrayList<>();
		for (int y = base - history; y < base; y++) {
			single.add(HamiltonPerry.ratios(List.<Population[]>of(new Population[] { single(years.get(y)),
					single(years.get(y + 1)) }), 1, 0));
		}
		java.util.Random random = new java.util.Random(20260101L + 7919L * seed);
		double[][] result = new double[DRAWS][];
		for (int d = 0; d < DRAWS; d++) {
			Population p = single(years.get(base));
			double z0 = random.nextGaussian();
			double[] classes = new double[21];
			for (int c = 0; c < classes.length; c++) {
				classes[c] = random.nextGaussian();
			}
			for (int t = 0; t < horizon; t++) {
				HamiltonPerry.Ratios r = single.get(random.nextInt(single.size())).drifted(HamiltonPerry.DRIFT, z0, classes);
				p = new Population(1, HamiltonPerry.project(p, r, 1, null)[1]);
			}
			result[d] = bands(p.counts()[0]);
		}
		return result;
	}

	/** Hyndman–Fan type 7 on sorted values. */
	private static double quantile(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int lo = (int) Math.floor(h);
		int hi = Math.min(lo + 1, sorted.length - 1);
		return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
	}

	private double[][] project(Map<Integer, double[]> years, int base, int horizon, int history) {
		List<Population[]> pairs = new ArrayList<>();
		for (int y = base - history; y < base; y++) {
			pairs.add(new Population[] { single(years.get(y)), single(years.get(y + 1)) });
		}
		HamiltonPerry.Ratios ratios = HamiltonPerry.ratios(pairs, 1, 0);
		return HamiltonPerry.project(single(years.get(base)), ratios, horizon, null)[horizon];
	}

	private Population single(double[] counts) {
		return new Population(1, new double[][] { AgeSplitting.monotoneSpline(bounds, counts, 100) });
	}

	private double[] bands(double[] single) {
		double[] result = new double[bounds.length];
		for (int x = 0; x < single.length; x++) {
			int band = bounds.length - 1;
			while (bounds[band] > x) {
				band--;
			}
			result[band] += single[x];
		}
		return result;
	}

	private static double mape(double[] projected, double[] actual) {
		double s = 0;
		for (int i = 0; i < actual.length; i++) {
			s += Math.abs(projected[i] / actual[i] - 1);
		}
		return s / actual.length;
	}

	private static double sum(double[] a) {
		double s = 0;
		for (double v : a) {
			s += v;
		}
		return s;
	}
}
