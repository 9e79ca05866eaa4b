package de.daks.indicators;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A small test-scope reader of the real Konstanz register files in {@code ../shared/data/konstanz/bevoelkerung}
 * (CC0, Stadt Konstanz) – enough for indicator tests until the statistics module's parser is merged. Pyramids: single
 * years × male/female (German and non-German added), the last row is the open top class; empty cell = 0. Births,
 * deaths, in- and out-moves: totals per year.
 */
public final class KonstanzRegister {

	/** The AGS of Konstanz. */
	public static final String AREA = "08335043";

	public static final Path FOLDER = Path.of("../shared/data/konstanz/bevoelkerung");

	private KonstanzRegister() {
	}

	public static void assumeAvailable() {
		Assumptions.assumeTrue(Files.isDirectory(FOLDER), "real data not available: " + FOLDER);
	}

	/** Residents by single year and sex at 31.12. of the year. */
	public static List<Observation> pyramid(int year) {
		List<String> lines = lines(FOLDER.resolve("pyramiden/pyramide_" + year + ".csv"));
		LocalDate date = LocalDate.of(year, 12, 31);
		List<Observation> result = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = lines.get(i).split(",", -1);
			int age = Integer.parseInt(cells[0].split("_")[0].trim());
			AgeBand band = i == lines.size() - 1 ? AgeBand.openFrom(age) : AgeBand.single(age);
			double male = number(cells[1]) + number(cells[3]);
			double female = number(cells[2]) + number(cells[4]);
			result.add(Observation.population(AREA, date, Sex.MALE, band, male));
			result.add(Observation.population(AREA, date, Sex.FEMALE, band, female));
		}
		return result;
	}

	/** Births and deaths (natuerliche_entwicklung.csv), in- and out-moves (zu_und_wegzug.csv) of every year. */
	public static List<Observation> flows() {
		List<Observation> result = new ArrayList<>();
		totals("natuerliche_entwicklung.csv", Measure.BIRTHS, Measure.DEATHS, result);
		totals("zu_und_wegzug.csv", Measure.IN_MOVES, Measure.OUT_MOVES, result);
		return result;
	}

	private static void totals(String file, Measure first, Measure second, List<Observation> result) {
		List<String> lines = lines(FOLDER.resolve(file));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			LocalDate date = LocalDate.of(Integer.parseInt(cells[0].trim()), 12, 31);
			result.add(new Observation(AREA, date, first, Sex.TOTAL, AgeBand.ALL, number(cells[1])));
			result.add(new Observation(AREA, date, second, Sex.TOTAL, AgeBand.ALL, number(cells[2])));
		}
	}

	private static double number(String cell) {
		return cell.isBlank() ? 0 : Double.parseDouble(cell.trim());
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
				.filter(l -> !l.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
