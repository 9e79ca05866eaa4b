package de.daks.projection;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-scope reader of the Konstanz open data in {@code ../shared/data/konstanz/bevoelkerung} (CC0 1.0, Stadt
 * Konstanz): the single-year pyramids 1983–2025 (collapsed to 0 … 100+), births and deaths 1995–2025, and the
 * residents with main residence 1995–2025. Small on purpose; the statistics module owns the real importers.
 *
 * <p>Data finding: the pyramids of 1996–1999 and 2001–2008 count the "wohnberechtigte Bevölkerung" (main AND secondary
 * residence, e.g. 2005: 81,919 = meldestatus.csv column 3) while 1995, 2000 and 2009 onwards count main residences
 * only (2005: 76,117). {@link #harmonised()} scales every pyramid to the main-residence total of its year.
 */
final class KonstanzHistory {

	static final Path FOLDER = Path.of("../shared/data/konstanz/bevoelkerung");

	private KonstanzHistory() {
	}

	static void assumeAvailable() {
		assumeTrue(Files.isDirectory(FOLDER.resolve("pyramiden")), "../shared/data/konstanz is absent – skipped");
	}

	/** The pyramids as published. */
	static StockSeries raw() {
		Map<Integer, double[][]> stocks = new TreeMap<>();
		Map<Integer, LocalDate> dates = new TreeMap<>();
		for (int year = 1983; year <= 2025; year++) {
			stocks.put(year, pyramid(year));
			dates.put(year, LocalDate.of(year, 12, 31));
		}
		Map<Integer, Double> births = new TreeMap<>();
		Map<Integer, Double> deaths = new TreeMap<>();
		for (String[] row : rows(FOLDER.resolve("natuerliche_entwicklung.csv"))) {
			births.put(Integer.parseInt(row[0]), Double.parseDouble(row[1]));
			deaths.put(Integer.parseInt(row[0]), Double.parseDouble(row[2]));
		}
		Map<Integer, Double> outMoves = new TreeMap<>();
		for (String[] row : rows(FOLDER.resolve("zu_und_wegzug.csv"))) {
			if (row.length > 2 && !row[2].isBlank()) {
				outMoves.put(Integer.parseInt(row[0]), Double.parseDouble(row[2]));
			}
		}
		return new StockSeries("08335043", 1, stocks, dates, births, deaths, outMoves);
	}

	/**
	 * The pyramids with the secondary residences taken out where they were included: the age-sex profile of the
	 * secondary residents is estimated at 2000 (a main-residence year between two main+secondary years) as
	 * {@code D(x) = ½[P(1999, x) + P(2001, x)] − P(2000, x)} (negative entries 0), scaled to the year's number of
	 * secondary residences (meldestatus.csv column 4) and subtracted; then every year is scaled to its main-residence
	 * total (1995–2025; earlier years dropped).
	 */
	static StockSeries harmonised() {
		StockSeries raw = raw();
		double[][] before = raw.stocks().get(1999);
		double[][] at = raw.stocks().get(2000);
		double[][] after = raw.stocks().get(2001);
		double[][] profile = new double[2][before[0].length];
		double profileSum = 0;
		for (int s = 0; s < 2; s++) {
			for (int x = 0; x < profile[s].length; x++) {
				profile[s][x] = Math.max(0, (before[s][x] + after[s][x]) / 2 - at[s][x]);
				profileSum += profile[s][x];
			}
		}
		Map<Integer, double[][]> stocks = new TreeMap<>();
		for (String[] row : rows(FOLDER.resolve("meldestatus.csv"))) {
			int year = Integer.parseInt(row[0]);
			double main = Double.parseDouble(row[1]);
			double secondary = Double.parseDouble(row[3]);
			double[][] p = raw.stocks().get(year);
			boolean includesSecondary = Math.abs(raw.total(year) - main) > Math.abs(raw.total(year) - main - secondary);
			double[][] c = new double[2][p[0].length];
			double sum = 0;
			for (int s = 0; s < 2; s++) {
				for (int x = 0; x < p[s].length; x++) {
					c[s][x] = includesSecondary ? Math.max(0, p[s][x] - profile[s][x] * secondary / profileSum) : p[s][x];
					sum += c[s][x];
				}
			}
			for (int s = 0; s < 2; s++) {
				for (int x = 0; x < p[s].length; x++) {
					c[s][x] *= main / sum;
				}
			}
			stocks.put(year, c);
		}
		return new StockSeries(raw.area(), 1, stocks, raw.dates(), raw.births(), raw.deaths(), raw.outMoves());
	}

	/** The pyramids scaled to the main-residence totals of meldestatus.csv (1995–2025; earlier years dropped). */
	static StockSeries scaled() {
		StockSeries raw = raw();
		Map<Integer, double[][]> stocks = new TreeMap<>();
		for (String[] row : rows(FOLDER.resolve("meldestatus.csv"))) {
			int year = Integer.parseInt(row[0]);
			double target = Double.parseDouble(row[1]);
			double[][] p = raw.stocks().get(year);
			double factor = target / raw.total(year);
			double[][] scaled = new double[2][p[0].length];
			for (int s = 0; s < 2; s++) {
				for (int x = 0; x < p[s].length; x++) {
					scaled[s][x] = p[s][x] * factor;
				}
			}
			stocks.put(year, scaled);
		}
		return new StockSeries(raw.area(), 1, stocks, raw.dates(), raw.births(), raw.deaths(), raw.outMoves());
	}

	private static double[][] pyramid(int year) {
		double[][] counts = new double[2][101];
		for (String[] row : rows(FOLDER.resolve("pyramiden/pyramide_" + year + ".csv"))) {
			int age = Math.min(100, Integer.parseInt(row[0].split("_")[0]));
			// columns: alter, maenner_nichtdeutsch, frauen_nichtdeutsch, maenner_deutsch, frauen_deutsch
			counts[1][age] += number(row, 1) + number(row, 3);
			counts[0][age] += number(row, 2) + number(row, 4);
		}
		return counts;
	}

	private static double number(String[] row, int column) {
		return column < row.length && !row[column].isBlank() ? Double.parseDouble(row[column].trim()) : 0;
	}

	private static List<String[]> rows(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return lines.stream().skip(1).map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split(",", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
