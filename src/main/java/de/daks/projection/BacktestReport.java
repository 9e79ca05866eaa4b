package de.daks.projection;

import de.daks.projection.engine.Intervals;
import java.util.ArrayList;
import java.util.List;

/**
 * A backtest of a Kommune: a projection from a past base year compared with the population that was counted at
 * base + horizon, by five-year group (both sexes) and for the total, with {@link Backtest#score}.
 *
 * @param rows the five-year groups 0–4 … 85+ and, last, the total
 */
public record BacktestReport(String area, int baseYear, int horizon, String method, int historyYears,
		List<Line> rows, Backtest.Score score) {

	/** One compared number: projected (with its 80 % interval) and counted. */
	public record Line(String label, boolean total, double projected, double p10, double p90, double actual) {

		/** Signed relative error of the projection. */
		public double error() {
			return actual > 0 ? projected / actual - 1 : 0;
		}

		public boolean inside() {
			return actual >= p10 && actual <= p90;
		}
	}

	public int targetYear() {
		return baseYear + horizon;
	}

	/** Share of the numbers (groups and total) inside their 80 % interval, or -1 without intervals. */
	public double coverage() {
		return score.numbers() == 0 ? -1 : (double) score.covered() / score.numbers();
	}

	static BacktestReport of(String area, int baseYear, int horizon, String method, int historyYears,
			ProjectionRun run, int step, double[][] actual) {
		List<double[][]> draws = Backtest.drawsAt(run, step);
		Backtest.Score score = Backtest.score(run.point()[step], draws, actual, run.width());
		double[] p = Backtest.fiveYearGroups(run.point()[step], run.width());
		double[] a = Backtest.fiveYearGroups(actual, run.width());
		double[][] d = new double[draws.size()][];
		for (int i = 0; i < d.length; i++) {
			d[i] = Backtest.fiveYearGroups(draws.get(i), run.width());
		}
		List<Line> rows = new ArrayList<>();
		double sumP = 0;
		double sumA = 0;
		for (int g = 0; g <= p.length; g++) {
			boolean total = g == p.length;
			double[] values = new double[d.length];
			for (int i = 0; i < d.length; i++) {
				if (total) {
					for (double v : d[i]) {
						values[i] += v;
					}
				}
				else {
					values[i] = d[i][g];
				}
			}
			double projected = total ? sumP : p[g];
			double counted = total ? sumA : a[g];
			double low = values.length == 0 ? projected : Intervals.quantile(values, 0.1);
			double high = values.length == 0 ? projected : Intervals.quantile(values, 0.9);
			String label = total ? "" : g == p.length - 1 ? (g * 5) + "+" : (g * 5) + "–" + (g * 5 + 4);
			rows.add(new Line(label, total, projected, low, high, counted));
			if (!total) {
				sumP += p[g];
				sumA += a[g];
			}
		}
		return new BacktestReport(area, baseYear, horizon, method, historyYears, rows, score);
	}
}
