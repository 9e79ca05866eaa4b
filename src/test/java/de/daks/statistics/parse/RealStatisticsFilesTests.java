package de.daks.statistics.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statistics file in the directories the Kommunalprofil names ({@code genesis}, {@code konstanz}, {@code koeln},
 * {@code berlin-lor/population}, {@code luebeck}, {@code kreise} of {@code ../shared/data}) is read: it parses without
 * errors (with what the importing user gives for files that name no area or date), or it is refused for the reason
 * listed here. A new file in those directories makes this test fail until it is placed.
 */
@Tag("no-database")
class RealStatisticsFilesTests {

	static final List<String> DIRECTORIES = List.of("genesis", "konstanz", "koeln", "berlin-lor/population", "luebeck",
			"kreise");

	private static final String KONSTANZ = "08335043";

	private static final Predicate<Observation> TOTALS = o -> o.sex() == Sex.TOTAL && o.age().isTotal();

	/**
	 * Files in those directories that are no statistics tables: Markdown descriptions of the tables (Konstanz's
	 * {@code *.md}, the repositories' READMEs), the Berlin data product's manifest and licence (YAML, Markdown), the
	 * licence text of the Kreis file, GENESIS table metadata without values ({@code *_metadata_de.json}) and the Köln
	 * Stadtteil boundaries (GeoJSON, imported with {@code daks import-boundaries}, not as statistics).
	 */
	static boolean notStatistics(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".md") || name.endsWith(".yml") || name.endsWith(".geojson") || name.equals("LICENSE.txt")
				|| name.endsWith("_metadata_de.json");
	}

	/** Files refused on purpose, each with the code of its error (the reason is in the comment). */
	static String refusal(String relative) {
		if (relative.contains("Altenquotient")) {
			return "no-count-columns"; // old-age ratios, not counts
		}
		if (relative.endsWith("11111-02-01-4_de_flat.csv")) {
			return "no-count-values"; // areas in km², no population
		}
		if (relative.endsWith("jugend_altenquote.csv")) {
			return "no-mapping"; // youth and old-age ratios
		}
		if (relative.endsWith("nach_stadtteilen.csv")) {
			return "no-mapping"; // Stadtteile as columns: DAKS reads one row per quarter
		}
		if (relative.matches(".*berlin-lor-population-\\d{4}-0[12]-t[34]-.*")) {
			return "no-mapping"; // residents with a migration background by age (t3) and by origin (t4)
		}
		return null;
	}

	/** What the importing user gives for a file that names no area or date, or whose columns need a mapping. */
	static ParseOptions options(String relative) {
		if (relative.equals("luebeck/alter.csv")) {
			return new ParseOptions("01003000", LocalDate.of(2022, 12, 31), null);
		}
		if (relative.endsWith("he-altersgruppen-2020.csv")) {
			return new ParseOptions("06", LocalDate.of(2020, 12, 31), null);
		}
		if (relative.endsWith("meldestatus.csv")) {
			return new ParseOptions(KONSTANZ, null, yearlyTotal("wohnbevoelkerung_hauptwohnsitz"));
		}
		if (relative.endsWith("nach_staatsangehoerigkeit.csv")) {
			return new ParseOptions(KONSTANZ, null, yearlyTotal("gesamt"));
		}
		if (relative.startsWith("konstanz/")) {
			return ParseOptions.area(KONSTANZ);
		}
		return ParseOptions.NONE;
	}

	/** A mapping as the importing user confirms it: one column of a yearly table is the total population. */
	static QuarterMapping yearlyTotal(String column) {
		return new QuarterMapping("confirmed", QuarterMapping.Layout.WIDE, null, "{id}", Map.of(), "jahr", false, null,
				null, null, Set.of(), Map.of(column, QuarterMapping.Target.population(Sex.TOTAL, AgeBand.ALL)));
	}

	static Stream<String> statisticsFiles() throws IOException {
		Path root = StatisticsData.require(StatisticsData.ROOT);
		return DIRECTORIES.stream().flatMap(dir -> {
			try (Stream<Path> files = Files.walk(root.resolve(dir))) {
				return files.filter(Files::isRegularFile).filter(f -> !notStatistics(f))
					.map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList().stream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	static ParsedFile parse(String relative) throws IOException {
		Path file = StatisticsData.require(StatisticsData.ROOT.resolve(relative));
		return StatisticsParsers.parse(file.getFileName().toString(), Files.readAllBytes(file), null, options(relative));
	}

	private static Set<String> errorCodes(ParsedFile parsed) {
		return parsed.errors().stream().map(ParseProblem::code).collect(Collectors.toSet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statisticsFiles")
	void everyStatisticsFileParsesWithoutErrorsOrIsRefusedForItsReason(String relative) throws IOException {
		// when the file is read as it comes (format detected)
		ParsedFile parsed = parse(relative);
		// then no parser failed, and it has values or is refused for its listed reason
		assertThat(parsed.problems()).extracting(ParseProblem::code).doesNotContain("unreadable", "unknown-format");
		String refusal = refusal(relative);
		if (refusal != null) {
			assertThat(errorCodes(parsed)).containsExactly(refusal);
			assertThat(parsed.errors()).allMatch(p -> p.line() > 0 || p.code().equals("no-count-values"));
			return;
		}
		assertThat(parsed.errors()).as(relative).isEmpty();
		assertThat(parsed.observations()).isNotEmpty()
			.allMatch(o -> o.value() >= 0 && Double.isFinite(o.value()) && !o.area().isBlank());
		assertThat(parsed.areaLines()).allSatisfy((area, line) -> assertThat(line).isPositive());
	}

	@Test
	void theDirectoriesHoldTheExpectedNumberOfStatisticsFiles() throws IOException {
		List<String> files = statisticsFiles().toList();
		// 19 genesis tables (4 refused), 52 Konstanz (43 pyramids, 3 refused), Köln, 240 Berlin (20 half-years × 4 tables × 3
		// levels), 2 Lübeck, 1 Kreis JSON
		assertThat(files.stream().filter(f -> f.startsWith("genesis/"))).hasSize(19);
		assertThat(files.stream().filter(f -> f.startsWith("konstanz/"))).hasSize(52);
		assertThat(files.stream().filter(f -> f.startsWith("berlin-lor/"))).hasSize(240);
		assertThat(files.stream().filter(f -> f.startsWith("koeln/") || f.startsWith("luebeck/")
				|| f.startsWith("kreise/"))).containsExactly("koeln/bevoelkerung.csv", "luebeck/alter.csv",
						"luebeck/data.csv", "kreise/county_current_population.json");
	}

	@Test
	void berlinResidentsAgreeOverTablesAndLevelsInEveryHalfYear() throws IOException {
		Path gold = StatisticsData.require(StatisticsData.ROOT.resolve("berlin-lor/population/data/03-gold"));
		List<String> periods;
		try (Stream<Path> dirs = Files.list(gold)) {
			periods = dirs.map(d -> d.getFileName().toString().replaceAll("berlin-lor-population-(.*)-csv", "$1"))
				.sorted().toList();
		}
		assertThat(periods).hasSize(20).startsWith("2015-01").endsWith("2024-02");
		for (String period : periods) {
			String base = "berlin-lor/population/data/03-gold/berlin-lor-population-" + period
					+ "-csv/berlin-lor-population-" + period;
			LocalDate date = period.endsWith("-01") ? LocalDate.of(Integer.parseInt(period.substring(0, 4)), 6, 30)
					: LocalDate.of(Integer.parseInt(period.substring(0, 4)), 12, 31);
			ParsedFile t1City = parse(base + "-t1-city.csv");
			assertThat(t1City.dates()).containsExactly(date);
			double city = t1City.sum(TOTALS.and(o -> o.area().equals("11000000")));
			assertThat(city).as(period).isGreaterThan(3_400_000);
			for (String table : List.of("t1", "t2")) {
				for (String level : List.of("city", "districts", "planning-areas")) {
					assertThat(parse(base + "-" + table + "-" + level + ".csv").sum(TOTALS)).as(period + table + level)
						.isEqualTo(city);
				}
			}
			// the t2 age bands and the female residents of the city
			ParsedFile t2 = parse(base + "-t2-city.csv");
			assertThat(t2.sum(o -> o.sex() == Sex.TOTAL && !o.age().isTotal())).isEqualTo(city);
		}
		ParsedFile latest = parse("berlin-lor/population/data/03-gold/berlin-lor-population-2024-02-csv/"
				+ "berlin-lor-population-2024-02-t1-planning-areas.csv");
		assertThat(latest.sum(TOTALS)).isEqualTo(3_897_145);
		assertThat(latest.observations()).hasSize(542).allMatch(o -> o.area().matches("110000000000-Q-\\d{8}"));
	}

	@Test
	void konstanzTablesOf2025AgreeWithTheRegisterTotal87178() throws IOException {
		LocalDate end2025 = LocalDate.of(2025, 12, 31);
		Predicate<Observation> y2025 = o -> o.date().equals(end2025) && o.area().equals(KONSTANZ);
		ParsedFile residents = parse("konstanz/bevoelkerung/wohnbevoelkerung.csv");
		assertThat(residents.metadata().title()).isEqualTo("mapping konstanz-yearly");
		assertThat(residents.sum(y2025.and(TOTALS))).isEqualTo(87_178);
		assertThat(residents.sum(y2025.and(o -> o.sex() == Sex.FEMALE))).isEqualTo(45_656);
		assertThat(residents.sum(y2025.and(o -> o.sex() == Sex.MALE))).isEqualTo(41_522);
		ParsedFile groups = parse("konstanz/bevoelkerung/nach_altersgruppe.csv");
		assertThat(groups.sum(y2025.and(o -> !o.age().isTotal()))).isEqualTo(87_178);
		assertThat(groups.observations()).contains(Observation.population(KONSTANZ, end2025, Sex.TOTAL,
				AgeBand.openFrom(60), 23_569));
		assertThat(parse("konstanz/bevoelkerung/meldestatus.csv").sum(y2025)).isEqualTo(87_178);
		assertThat(parse("konstanz/bevoelkerung/nach_staatsangehoerigkeit.csv").sum(y2025)).isEqualTo(87_178);
		assertThat(parse("konstanz/bevoelkerung/pyramiden/pyramide_2025.csv").sum(TOTALS.negate()
			.and(o -> o.sex() == Sex.TOTAL))).isEqualTo(87_178);
	}

	@Test
	void theKreiseOfTheSingleYearTableAddUpToGermany() throws IOException {
		ParsedFile parsed = parse("genesis/untergeekDE-scrape-covid19/12411-04-02-4.csv");
		double germany = parsed.sum(TOTALS.and(o -> o.area().equals("DG")));
		assertThat(germany).isEqualTo(83_155_031);
		// the 401 Kreise of 2020 (Eisenach still one): 399 with a five-digit key and the city states Hamburg and Berlin (Länder keys 02 and 11);
		// Hannover, Aachen and Saarbrücken appear once more as Gemeinden (eight digits) inside their Kreis
		Predicate<Observation> kreis = o -> o.area().length() == 5 || o.area().equals("02") || o.area().equals("11");
		assertThat(parsed.observations().stream().map(Observation::area).filter(a -> a.length() == 5).distinct())
			.hasSize(399);
		assertThat(parsed.sum(TOTALS.and(kreis))).isEqualTo(germany);
	}

	@Test
	void hessianAgeGroupsWithAgeBoundColumnReadForTheGivenArea() throws IOException {
		ParsedFile parsed = parse("genesis/untergeekDE-scrape-covid19/he-altersgruppen-2020.csv");
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.warnings()).extracting(ParseProblem::code).containsExactly("column-skipped");
		assertThat(parsed.observations()).contains(Observation.population("06", LocalDate.of(2020, 12, 31), Sex.MALE,
				AgeBand.single(0), 30_848), Observation.population("06", LocalDate.of(2020, 12, 31), Sex.TOTAL,
						AgeBand.openFrom(90), 61_826));
		assertThat(parsed.sum(o -> o.sex() == Sex.TOTAL)).isEqualTo(
				parsed.sum(o -> o.sex() == Sex.MALE) + parsed.sum(o -> o.sex() == Sex.FEMALE));
	}

	@Test
	void luebeckSingleYearsAgreeWithTheStadtteilTable() throws IOException {
		ParsedFile ages = parse("luebeck/alter.csv");
		ParsedFile stadtteile = parse("luebeck/data.csv");
		LocalDate date = LocalDate.of(2022, 12, 31);
		double city = stadtteile.sum(TOTALS.and(o -> o.area().equals("01003000") && o.date().equals(date)
				&& o.measure() == de.daks.statistics.Measure.POPULATION));
		assertThat(ages.sum(o -> o.sex() == Sex.TOTAL)).isEqualTo(city);
	}
}
