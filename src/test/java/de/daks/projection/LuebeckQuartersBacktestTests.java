package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.daks.projection.engine.AgeSplitting;
import de.daks.projection.engine.HamiltonPerry;
import de.daks.projection.engine.Population;
import de.daks.projection.engine.Raking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quarters of Lübeck ({@code ../shared/data/luebeck/data.csv}, CC BY 4.0 Hansestadt Lübeck, Kommunale
 * Statistikstelle): the city and its 10 Stadtteile 2010–2022 in three age bands (under 18, 18–64, 65+), split into
 * single years (monotone spline), projected with Hamilton–Perry (yearly ratios pooled over the base period) and
 * raked to the city's projection made the same way – as the Köln backtest.
 */
@Tag("no-database")
class LuebeckQuartersBacktestTests {

	static final Path FILE = Path.of("../shared/data/luebeck/data.csv");

	static final int[] BOUNDS = { 0, 18, 65 };

	/** Windows (base, horizon, history) fixed before the comparison: all that the 13 years allow. */
	static final List<int[]> WINDOWS = List.of(new int[] { 2011, 10, 1 }, new int[] { 2012, 10, 2 },
			new int[] { 2015, 5, 5 }, new int[] { 2016, 5, 5 }, new int[] { 2017, 5, 5 });

	record Result(int base, int horizon, int history, int quarters, double cityError, double totalIndependent,
			double totalRaked, double bandsIndependent, double bandsRaked) {
	}

	/** Stadtteil ("00" = city) → year → residents under 18, 18–64, 65+. */
	static Map<String, Map<Integer, double[]>> read() {
		Map<String, Map<Integer, double[]>> result = new TreeMap<>();
		try {
			List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.split(",", -1);
				String area = f[1].substring(0, 2);
				result.computeIfAbsent(area, a -> new TreeMap<>()).put(Integer.parseInt(f[0]),
						new double[] { Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]) });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}

	static Result run(Map<String, Map<Integer, double[]>> data, int base, int horizon, int history) {
		List<String> quarters = data.keySet().stream().filter(a -> !a.equals("00")).toList();
		double[][] city = project(data.get("00"), base, horizon, history);
		double[][][] independent = new double[quarters.size()][][];
		for (int q = 0; q < quarters.size(); q++) {
			independent[q] = project(data.get(quarters.get(q)), base, horizon, history);
		}
		double[][][] raked = Raking.rake(independent, city, 50);
		double ti = 0;
		double tr = 0;
		double bi = 0;
		double br = 0;
		for (int q = 0; q < quarters.size(); q++) {
			double[] actual = data.get(quarters.get(q)).get(base + horizon);
			double[] ind = bands(independent[q][0]);
			double[] rak = bands(raked[q][0]);
			ti += Math.abs(sum(ind) / sum(actual) - 1);
			tr += Math.abs(sum(rak) / sum(actual) - 1);
			bi += mape(ind, actual);
			br += mape(rak, actual);
		}
		int n = quarters.size();
		return new Result(base, horizon, history, n, sum(city[0]) / sum(data.get("00").get(base + horizon)) - 1,
				ti / n, tr / n, bi / n, br / n);
	}

	static double[][] project(Map<Integer, double[]> years, int base, int horizon, int history) {
		List<Population[]> pairs = new ArrayList<>();
		for (int y = base - history; y < base; y++) {
			pairs.add(new Population[] { single(years.get(y)), single(years.get(y + 1)) });
		}
		HamiltonPerry.Ratios ratios = HamiltonPerry.ratios(pairs, 1, 0);
		return HamiltonPerry.project(single(years.get(base)), ratios, horizon, null)[horizon];
	}

	static Population single(double[] bands) {
		return new Population(1, new double[][] { AgeSplitting.monotoneSpline(BOUNDS, bands, 100) });
	}

	static double[] bands(double[] single) {
		double[] result = new double[BOUNDS.length];
		for (int x = 0; x < single.length; x++) {
			result[x < 18 ? 0 : x < 65 ? 1 : 2] += single[x];
		}
		return result;
	}

	static String markdown() {
		Map<String, Map<Integer, double[]>> data = read();
		StringBuilder md = new StringBuilder("""
				| base → target (base period) | city total error | Stadtteile total, independent | raked | band MAPE, independent | raked |
				|---|---:|---:|---:|---:|---:|
				""");
		for (int[] w : WINDOWS) {
			Result r = run(data, w[0], w[1], w[2]);
			md.append(String.format(Locale.ROOT, "| %d → %d (%d–%d) | %+.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% |%n",
					w[0], w[0] + w[1], w[0] - w[2], w[0], 100 * r.cityError(), 100 * r.totalIndependent(),
					100 * r.totalRaked(), 100 * r.bandsIndependent(), 100 * r.bandsRaked()));
		}
		return md.toString();
	}

	@Test
	void lubeckQuartersAreBacktestedOverFiveAndTenYears() {
		// given
		assumeTrue(Files.isReadable(FILE), "../shared/data/luebeck is absent – skipped");
		Map<String, Map<Integer, double[]>> data = read();
		assertThat(data).hasSize(11);
		// when
		List<Result> results = WINDOWS.stream().map(w -> run(data, w[0], w[1], w[2])).toList();
		// then: the level measured when this was written (docs/backtests.md)
		for (Result r : results) {
			assertThat(r.quarters()).isEqualTo(10);
			assertThat(Math.abs(r.cityError())).isLessThan(0.05);
			assertThat(r.totalRaked()).isLessThan(0.08);
			assertThat(r.bandsRaked()).isLessThan(0.12);
		}
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
