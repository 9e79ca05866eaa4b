package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.daks.projection.engine.AgeSplitting;
import de.daks.projection.engine.HamiltonPerry;
import de.daks.projection.engine.Population;
import de.daks.projection.engine.Raking;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quarters of Köln: each Stadtteil's thirteen bands split into single years (monotone spline), projected with
 * Hamilton–Perry (yearly ratios pooled over the base period), and raked to the city's own projection.
 */
@Tag("no-database")
class KoelnQuartersBacktestTests {

	static final int BASE = 2007;

	static final int HORIZON = 5;

	/** Result: mean absolute error of quarter totals and mean band MAPE, independent and raked. */
	record Result(int quarters, double totalIndependent, double totalRaked, double bandsIndependent, double bandsRaked,
			double cityError) {
	}

	static Result run(int base, int horizon, int history) {
		Map<String, Map<Integer, double[]>> data = KoelnQuarters.read();
		List<String> quarters = data.keySet().stream().filter(a -> !a.equals("000")).toList();
		double[][] city = projectArea(data.get("000"), base, horizon, history);
		double[][][] independent = new double[quarters.size()][][];
		for (int q = 0; q < quarters.size(); q++) {
			independent[q] = projectArea(data.get(quarters.get(q)), base, horizon, history);
		}
		double[][][] raked = Raking.rake(independent, city, 50);
		double totalIndependent = 0;
		double totalRaked = 0;
		double bandsIndependent = 0;
		double bandsRaked = 0;
		for (int q = 0; q < quarters.size(); q++) {
			double[] actual = data.get(quarters.get(q)).get(base + horizon);
			double[] ind = bands(independent[q][0]);
			double[] rak = bands(raked[q][0]);
			totalIndependent += Math.abs(sum(ind) / sum(actual) - 1);
			totalRaked += Math.abs(sum(rak) / sum(actual) - 1);
			bandsIndependent += mape(ind, actual);
			bandsRaked += mape(rak, actual);
		}
		int n = quarters.size();
		double cityError = sum(city[0]) / sum(data.get("000").get(base + horizon)) - 1;
		return new Result(n, totalIndependent / n, totalRaked / n, bandsIndependent / n, bandsRaked / n, cityError);
	}

	/** Single years 0..100+ of one area (one "sex": both together), HP with yearly ratios pooled over the history. */
	static double[][] projectArea(Map<Integer, double[]> years, int base, int horizon, int history) {
		List<Population[]> pairs = new ArrayList<>();
		for (int y = base - history; y < base; y++) {
			pairs.add(new Population[] { single(years.get(y)), single(years.get(y + 1)) });
		}
		HamiltonPerry.Ratios ratios = HamiltonPerry.ratios(pairs, 1, 0);
		return HamiltonPerry.project(single(years.get(base)), ratios, horizon, null)[horizon];
	}

	static Population single(double[] bands) {
		return new Population(1, new double[][] { AgeSplitting.monotoneSpline(KoelnQuarters.BOUNDS, bands, 100) });
	}

	static double[] bands(double[] single) {
		int[] b = KoelnQuarters.BOUNDS;
		double[] result = new double[b.length];
		for (int x = 0; x < single.length; x++) {
			int band = b.length - 1;
			while (b[band] > x) {
				band--;
			}
			result[band] += single[x];
		}
		return result;
	}

	private static double mape(double[] projected, double[] actual) {
		double s = 0;
		int n = 0;
		for (int i = 0; i < actual.length; i++) {
			if (actual[i] > 0) {
				s += Math.abs(projected[i] / actual[i] - 1);
				n++;
			}
		}
		return s / n;
	}

	private static double sum(double[] a) {
		double s = 0;
		for (double v : a) {
			s += v;
		}
		return s;
	}

	@Test
	void quarterProjectionsMissTheirTotalsByAboutFivePercentAfterFiveYears() {
		// given
		assumeTrue(Files.isReadable(KoelnQuarters.FILE), "../shared/data/koeln is absent – skipped");

		// when: 2007 → 2012 from the base period 2005–2007
		Result r = run(BASE, HORIZON, 2);

		// then: the level measured when this was written (docs/backtests.md); raking changes little here
		assertThat(r.quarters()).isEqualTo(86);
		assertThat(r.totalIndependent()).isBetween(0.03, 0.06);
		assertThat(r.totalRaked()).isBetween(0.03, 0.06);
		assertThat(r.bandsRaked()).isBetween(0.03, 0.15);
		for (int[] v : new int[][] { { 2007, 5, 2 }, { 2007, 5, 1 }, { 2008, 4, 3 }, { 2010, 2, 5 } }) {
			System.out.println(String.format(Locale.ROOT, "KOELN base %d horizon %d history %d %s", v[0], v[1], v[2],
					run(v[0], v[1], v[2])));
		}
	}

	@Test
	void rakingKeepsEveryQuarterNonNegativeAndMatchesTheCityPerAge() {
		// given
		assumeTrue(Files.isReadable(KoelnQuarters.FILE), "../shared/data/koeln is absent – skipped");
		Map<String, Map<Integer, double[]>> data = KoelnQuarters.read();
		List<String> quarters = data.keySet().stream().filter(a -> !a.equals("000")).toList();
		double[][] city = projectArea(data.get("000"), BASE, HORIZON, 2);
		double[][][] independent = quarters.stream().map(q -> projectArea(data.get(q), BASE, HORIZON, 2))
			.toArray(double[][][]::new);

		// when
		double[][][] raked = Raking.rake(independent, city, 50);

		// then
		for (int x = 0; x <= 100; x++) {
			double sum = 0;
			for (double[][] q : raked) {
				assertThat(q[0][x]).isGreaterThanOrEqualTo(0);
				sum += q[0][x];
			}
			assertThat(sum).as("age %d", x).isCloseTo(city[0][x], within(1e-6 * Math.max(1, city[0][x])));
		}
	}
}
