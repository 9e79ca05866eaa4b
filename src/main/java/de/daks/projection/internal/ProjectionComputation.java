package de.daks.projection.internal;

import de.daks.projection.Backtest;
import de.daks.projection.ProjectionMethods;
import de.daks.projection.ProjectionResult.Row;
import de.daks.projection.ProjectionRun;
import de.daks.projection.ProjectionSettings;
import de.daks.projection.StockSeries;
import de.daks.projection.engine.Intervals;
import de.daks.projection.engine.Raking;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a stored run from its inputs: the Kommune's area with the chosen method, and – where quarters have
 * population by sex and age for the base period – every quarter by Hamilton–Perry (stock data only), raked at every
 * common date to the Kommune's projection ({@link Raking}); a quarter's interval is its own, scaled by the raking
 * factor of the cell. Pure computation: the same inputs and settings give the same numbers.
 */
public final class ProjectionComputation {

	static final int RAKING_ITERATIONS = 50;

	private ProjectionComputation() {
	}

	/** What a run produced. */
	public record Computed(List<Row> rows, List<String> notes, ProjectionRun kommune) {
	}

	/** The run's parameters. */
	public record Spec(String area, int baseYear, int horizon, String method, int historyYears,
			ProjectionSettings settings) {
	}

	public static Computed compute(Collection<Observation> inputs, List<String> quarters, Spec spec) {
		List<Observation> observations = List.copyOf(inputs);
		StockSeries series = StockSeries.of(observations, spec.area());
		ProjectionRun run = project(series, spec);
		List<Row> rows = new ArrayList<>(rows(run, spec.area()));
		List<String> notes = new ArrayList<>(run.notes());
		List<StockSeries> quarterSeries = new ArrayList<>();
		int split = 0;
		for (String quarter : quarters) {
			if (observations.stream().noneMatch(o -> o.area().equals(quarter))) {
				continue;
			}
			try {
				quarterSeries.add(StockSeries.of(observations, quarter));
			}
			catch (IllegalArgumentException regular) {
				// band data of uneven width or without sexes: split into single years with the Kommune's sex shares
				try {
					quarterSeries.add(StockSeries.split(observations, quarter, series));
					split++;
				}
				catch (IllegalArgumentException ex) {
					notes.add("quarter " + quarter + " left out: " + ex.getMessage());
				}
			}
		}
		if (split > 0) {
			notes.add(split + " quarter(s) in age bands: split into single years 0–100+ (monotone spline, band totals"
					+ " kept)" + (series.width() > 1 ? " and grouped to " + series.width() + "-year groups" : "")
					+ "; where they have no sexes, by the Kommune's share of women at each age");
		}
		if (!quarterSeries.isEmpty()) {
			try {
				rows.addAll(quarters(quarterSeries, run, spec));
				notes.add(quarterSeries.size() + " quarter(s): Hamilton–Perry per quarter, raked to the Kommune");
			}
			catch (IllegalArgumentException ex) {
				notes.add("quarters left out: " + ex.getMessage());
			}
		}
		return new Computed(rows, notes, run);
	}

	/** The chosen method on one area's series. */
	public static ProjectionRun project(StockSeries series, Spec spec) {
		return switch (spec.method()) {
			case "cohort-component" -> ProjectionMethods.cohortComponent(series, spec.baseYear(), spec.horizon(),
					spec.historyYears(), spec.settings().settings(), spec.settings().overrides());
			case "hamilton-perry" -> ProjectionMethods.hamiltonPerry(series, spec.baseYear(), spec.horizon(),
					spec.historyYears(), spec.settings().settings());
			default -> throw new IllegalArgumentException("unknown method " + spec.method());
		};
	}

	/** The rows of one area: f/m cells, the total and the five-year groups (sex t) at every date. */
	static List<Row> rows(ProjectionRun run, String area) {
		List<Row> rows = new ArrayList<>();
		int width = run.width();
		for (int t = 0; t < run.dates().size(); t++) {
			LocalDate date = run.dates().get(t);
			double[][] point = run.point()[t];
			for (int sex = 0; sex < point.length; sex++) {
				for (int g = 0; g < point[sex].length; g++) {
					rows.add(new Row(area, date, sex == 0 ? Sex.FEMALE : Sex.MALE, band(g, width, point[sex].length),
							point[sex][g], run.p10()[t][sex][g], run.p90()[t][sex][g]));
				}
			}
			List<double[][]> draws = t == 0 ? List.of() : Backtest.drawsAt(run, t);
			double[] groups = Backtest.fiveYearGroups(point, width);
			double[][] drawGroups = new double[draws.size()][];
			for (int d = 0; d < draws.size(); d++) {
				drawGroups[d] = Backtest.fiveYearGroups(draws.get(d), width);
			}
			double total = 0;
			for (int g = 0; g < groups.length; g++) {
				total += groups[g];
				double[] values = new double[draws.size()];
				for (int d = 0; d < values.length; d++) {
					values[d] = drawGroups[d][g];
				}
				AgeBand age = g == groups.length - 1 ? AgeBand.openFrom(g * 5) : AgeBand.of(g * 5, g * 5 + 5);
				rows.add(interval(area, date, age, groups[g], values));
			}
			double[] totals = new double[draws.size()];
			for (int d = 0; d < totals.length; d++) {
				for (double v : drawGroups[d]) {
					totals[d] += v;
				}
			}
			rows.add(interval(area, date, AgeBand.ALL, total, totals));
		}
		return rows;
	}

	private static Row interval(String area, LocalDate date, AgeBand age, double value, double[] draws) {
		if (draws.length == 0) {
			return new Row(area, date, Sex.TOTAL, age, value, value, value);
		}
		return new Row(area, date, Sex.TOTAL, age, value, Intervals.quantile(draws.clone(), 0.1),
				Intervals.quantile(draws.clone(), 0.9));
	}

	private static List<Row> quarters(List<StockSeries> quarters, ProjectionRun kommune, Spec spec) {
		int width = quarters.get(0).width();
		for (StockSeries q : quarters) {
			if (q.width() != width) {
				throw new IllegalArgumentException("quarters have age groups of different widths");
			}
		}
		if (spec.horizon() % width != 0 || spec.historyYears() % width != 0) {
			throw new IllegalArgumentException("horizon and history must be multiples of the quarters' group width "
					+ width);
		}
		ProjectionSettings hp = spec.settings();
		Spec quarterSpec = new Spec("", spec.baseYear(), spec.horizon(), "hamilton-perry", spec.historyYears(), hp);
		List<ProjectionRun> runs = new ArrayList<>();
		int groups = (kommune.point()[0][0].length - 1) * kommune.width() / width + 1;
		for (StockSeries q : quarters) {
			ProjectionRun r = project(q, quarterSpec);
			runs.add(r);
			groups = Math.min(groups, r.point()[0][0].length);
		}
		Map<LocalDate, Integer> kommuneIndex = new HashMap<>();
		for (int t = 0; t < kommune.dates().size(); t++) {
			kommuneIndex.put(kommune.dates().get(t), t);
		}
		List<Row> rows = new ArrayList<>();
		ProjectionRun first = runs.get(0);
		for (int t = 0; t < first.dates().size(); t++) {
			LocalDate date = first.dates().get(t);
			Integer k = kommuneIndex.get(date);
			if (k == null) {
				continue;
			}
			double[][][] point = new double[runs.size()][][];
			for (int i = 0; i < runs.size(); i++) {
				point[i] = collapse(runs.get(i).point()[t], groups);
			}
			double[][] target = regroup(kommune.point()[k], kommune.width(), width, groups);
			double[][][] raked = Raking.rake(point, target, RAKING_ITERATIONS);
			for (int i = 0; i < runs.size(); i++) {
				ProjectionRun r = runs.get(i);
				double[][] low = collapse(r.p10()[t], groups);
				double[][] high = collapse(r.p90()[t], groups);
				double before = 0;
				double after = 0;
				for (int sex = 0; sex < 2; sex++) {
					for (int g = 0; g < groups; g++) {
						double factor = point[i][sex][g] > 0 ? raked[i][sex][g] / point[i][sex][g] : 1;
						before += point[i][sex][g];
						after += raked[i][sex][g];
						rows.add(new Row(quarters.get(i).area(), date, sex == 0 ? Sex.FEMALE : Sex.MALE,
								band(g, width, groups), raked[i][sex][g], low[sex][g] * factor, high[sex][g] * factor));
					}
				}
				double factor = before > 0 ? after / before : 1;
				double[] totals = new double[r.draws().size()];
				for (int d = 0; d < totals.length; d++) {
					totals[d] = sum(r.draws().get(d)[t]) * factor;
				}
				rows.add(interval(quarters.get(i).area(), date, AgeBand.ALL, after, totals));
			}
		}
		return rows;
	}

	private static double[][] collapse(double[][] counts, int groups) {
		double[][] c = new double[counts.length][groups];
		for (int s = 0; s < counts.length; s++) {
			for (int x = 0; x < counts[s].length; x++) {
				c[s][Math.min(x, groups - 1)] += counts[s][x];
			}
		}
		return c;
	}

	private static double[][] regroup(double[][] counts, int from, int to, int groups) {
		double[][] c = new double[counts.length][groups];
		for (int s = 0; s < counts.length; s++) {
			for (int x = 0; x < counts[s].length; x++) {
				c[s][Math.min(x * from / to, groups - 1)] += counts[s][x];
			}
		}
		return c;
	}

	private static double sum(double[][] a) {
		double s = 0;
		for (double[] r : a) {
			for (double v : r) {
				s += v;
			}
		}
		return s;
	}

	static AgeBand band(int group, int width, int groups) {
		return group == groups - 1 ? AgeBand.openFrom(group * width) : AgeBand.of(group * width, (group + 1) * width);
	}
}
