package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quarters of Lübeck ({@code ../shared/data/luebeck/data.csv}, CC BY 4.0 Hansestadt Lübeck, Kommunale
 * Statistikstelle): the city and its 10 Stadtteile 2010–2022 in three age bands (under 18, 18–64, 65+), backtested
 * as {@link BandedQuarters} does it.
 */
@Tag("no-database")
class LuebeckQuartersBacktestTests {

	static final Path FILE = Path.of("../shared/data/luebeck/data.csv");

	/** Windows (base, horizon, history) fixed before the comparison: all that the 13 years allow. */
	static final List<int[]> WINDOWS = List.of(new int[] { 2011, 10, 1 }, new int[] { 2012, 10, 2 },
			new int[] { 2015, 5, 5 }, new int[] { 2016, 5, 5 }, new int[] { 2017, 5, 5 });

	/** Stadtteil ("00" = city) → year → residents under 18, 18–64, 65+. */
	static BandedQuarters read() {
		Map<String, Map<Integer, double[]>> result = new TreeMap<>();
		try {
			List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.split(",", -1);
				result.computeIfAbsent(f[1].substring(0, 2), a -> new TreeMap<>()).put(Integer.parseInt(f[0]),
						new double[] { Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]) });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BandedQuarters(new int[] { 0, 18, 65 }, result, "00");
	}

	static String markdown() {
		return read().markdown(WINDOWS);
	}

	@Test
	void luebeckQuartersAreBacktestedOverFiveAndTenYears() {
		// given
		assumeTrue(Files.isReadable(FILE), "../shared/data/luebeck is absent – skipped");
		BandedQuarters data = read();
		assertThat(data.data()).hasSize(11);
		// when
		List<BandedQuarters.Result> results = WINDOWS.stream().map(w -> data.run(w[0], w[1], w[2])).toList();
		// then: the level measured when this was written (docs/backtests.md)
		for (BandedQuarters.Result r : results) {
			assertThat(r.quarters()).isEqualTo(10);
			assertThat(Math.abs(r.cityError())).isLessThan(0.05);
			assertThat(r.totalRaked()).isLessThan(0.08);
			assertThat(r.bandsRaked()).isLessThan(0.12);
		}
	}
}
