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
 * Berlin's 12 Bezirke from the LOR population tables ({@code ../shared/data/berlin-lor/population}, table t2 at
 * 31.12. of 2015–2024, eight age bands, both sexes together; CC BY 4.0 data product on the CC BY 3.0 DE source
 * "Amt für Statistik Berlin-Brandenburg"). The LOR planning areas were redrawn in 2021, so only the Bezirke – unchanged – can be followed
 * over the decade. Backtested as {@link BandedQuarters} does it.
 */
@Tag("no-database")
class BerlinDistrictsBacktestTests {

	static final Path FOLDER = Path.of("../shared/data/berlin-lor/population/data/03-gold");

	/** 0–5, 6–14, 15–17, 18–26, 27–44, 45–54, 55–64, 65+. */
	static final int[] BOUNDS = { 0, 6, 15, 18, 27, 45, 55, 65 };

	/** Windows (base, horizon, history) fixed before the comparison: the four that end in the data. */
	static final List<int[]> WINDOWS = List.of(new int[] { 2016, 8, 1 }, new int[] { 2017, 5, 2 },
			new int[] { 2018, 5, 3 }, new int[] { 2019, 5, 4 });

	static BandedQuarters read() {
		Map<String, Map<Integer, double[]>> result = new TreeMap<>();
		for (int year = 2015; year <= 2024; year++) {
			String name = "berlin-lor-population-" + year + "-02";
			read(FOLDER.resolve(name + "-csv/" + name + "-t2-districts.csv"), year, result, false);
			read(FOLDER.resolve(name + "-csv/" + name + "-t2-city.csv"), year, result, true);
		}
		return new BandedQuarters(BOUNDS, result, "city");
	}

	private static void read(Path file, int year, Map<String, Map<Integer, double[]>> result, boolean city) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.split(",", -1);
				double[] bands = new double[BOUNDS.length];
				for (int b = 0; b < bands.length; b++) {
					bands[b] = Double.parseDouble(f[2 + b]);
				}
				result.computeIfAbsent(city ? "city" : f[0], a -> new TreeMap<>()).put(year, bands);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String markdown() {
		return read().markdown(WINDOWS);
	}

	@Test
	void berlinDistrictsAreBacktestedOverFiveAndEightYears() {
		// given
		assumeTrue(Files.isDirectory(FOLDER), "../shared/data/berlin-lor is absent – skipped");
		BandedQuarters data = read();
		assertThat(data.data()).hasSize(13);
		// when
		List<BandedQuarters.Result> results = WINDOWS.stream().map(w -> data.run(w[0], w[1], w[2])).toList();
		// then
		for (BandedQuarters.Result r : results) {
			assertThat(r.quarters()).isEqualTo(12);
			assertThat(Math.abs(r.cityError())).isLessThan(0.1);
			assertThat(r.totalRaked()).isLessThan(0.1);
			assertThat(r.bandsRaked()).isLessThan(0.15);
		}
	}
}
