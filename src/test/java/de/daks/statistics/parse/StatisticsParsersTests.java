package de.daks.statistics.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every real file of {@code ../shared/data} that holds population counts parses to its known totals. */
@Tag("no-database")
class StatisticsParsersTests {

	private static final Predicate<Observation> TOTALS = o -> o.sex() == Sex.TOTAL && o.age().isTotal();

	private static ParsedFile parse(Path file) throws IOException {
		return StatisticsParsers.parse(StatisticsData.require(file), ParseOptions.NONE);
	}

	private static Set<String> codes(ParsedFile parsed) {
		return parsed.problems().stream().map(ParseProblem::code).collect(Collectors.toSet());
	}

	@Test
	void konstanzRegisterExtractsOfAll43YearsParseAndThe2025TotalIs87178() throws IOException {
		// given the 43 Konstanz pyramids with changing label forms and open top classes
		List<Path> files;
		try (Stream<Path> s = Files.list(StatisticsData.require(StatisticsData.KONSTANZ_PYRAMIDS))) {
			files = s.filter(p -> p.getFileName().toString().matches("pyramide_\\d{4}\\.csv")).sorted().toList();
		}
		assertThat(files).hasSize(43);
		for (Path file : files) {
			// when each is read for Konstanz
			List<Observation> observations = StatisticsParsers.konstanzPyramid(file);
			int year = Integer.parseInt(file.getFileName().toString().substring(9, 13));
			// then the date comes from the name, every age is there once per sex, the top class is open
			assertThat(observations).allMatch(o -> o.date().equals(LocalDate.of(year, 12, 31))
					&& o.area().equals("08335043"));
			assertThat(observations.stream().filter(o -> o.age().isOpen()).count()).isEqualTo(3);
			double male = observations.stream().filter(o -> o.sex() == Sex.MALE).mapToDouble(Observation::value).sum();
			double female = observations.stream().filter(o -> o.sex() == Sex.FEMALE).mapToDouble(Observation::value)
				.sum();
			double total = observations.stream().filter(o -> o.sex() == Sex.TOTAL).mapToDouble(Observation::value)
				.sum();
			assertThat(total).isEqualTo(male + female).isGreaterThan(60_000);
		}
		List<Observation> y2025 = StatisticsParsers.konstanzPyramid(StatisticsData.KONSTANZ_PYRAMIDS
			.resolve("pyramide_2025.csv"));
		assertThat(y2025.stream().filter(o -> o.sex() == Sex.TOTAL).mapToDouble(Observation::value).sum())
			.isEqualTo(87_178);
		// 0_bis_unter_1: 42 + 27 + 306 + 275
		assertThat(y2025).contains(Observation.population("08335043", LocalDate.of(2025, 12, 31), Sex.TOTAL,
				AgeBand.single(0), 650));
	}

	@Test
	void registerExtractWithoutAreaIsDetectedAndNeedsTheArea() throws IOException {
		// given Lübeck's single years (no area, no year in the name)
		Path file = StatisticsData.require(StatisticsData.ROOT.resolve("luebeck/alter.csv"));
		byte[] bytes = Files.readAllBytes(file);
		assertThat(StatisticsParsers.detect("alter.csv", bytes)).isEqualTo(FileFormat.REGISTER);
		// when read without and with area and date
		ParsedFile without = StatisticsParsers.parse("alter.csv", bytes, null, ParseOptions.NONE);
		ParsedFile with = StatisticsParsers.parse("alter.csv", bytes, null,
				new ParseOptions("01003000", LocalDate.of(2022, 12, 31), null));
		// then the first names what is missing, the second reads 0–99 and 100+
		assertThat(codes(without)).contains("no-area", "no-date");
		assertThat(with.hasErrors()).isFalse();
		assertThat(with.observations()).contains(Observation.population("01003000", LocalDate.of(2022, 12, 31),
				Sex.TOTAL, AgeBand.openFrom(100), 78), Observation.population("01003000", LocalDate.of(2022, 12, 31),
						Sex.MALE, AgeBand.single(0), 878));
	}

	@Test
	void classicKreisTableBySingleYearsReadsGermanyLaenderAndKreise() throws IOException {
		// when the 2.96 MB single-year Kreis table is read
		ParsedFile parsed = parse(StatisticsData.KREIS_SINGLE_YEARS);
		// then Germany 31.12.2020 has its official total, split by sex, and the age bands add up
		assertThat(parsed.format()).isEqualTo(FileFormat.CLASSIC);
		assertThat(parsed.hasErrors()).isFalse();
		assertThat(parsed.metadata().tableCode()).isEqualTo("12411-04-02-4");
		assertThat(parsed.metadata().licence()).isEqualTo("dl-de/by-2-0");
		assertThat(parsed.metadata().attribution()).startsWith("© Statistische Ämter des Bundes und der Länder");
		assertThat(parsed.dates()).containsExactly(LocalDate.of(2020, 12, 31));
		assertThat(parsed.sum(TOTALS.and(o -> o.area().equals("DG")))).isEqualTo(83_155_031);
		assertThat(parsed.sum(o -> o.area().equals("DG") && o.sex() == Sex.FEMALE && o.age().isTotal()))
			.isEqualTo(42_128_512);
		assertThat(parsed.observations()).contains(Observation.population("DG", LocalDate.of(2020, 12, 31),
				Sex.TOTAL, AgeBand.openFrom(90), 843_691), Observation.population("DG", LocalDate.of(2020, 12, 31),
						Sex.MALE, AgeBand.of(75, 80), 1_551_030));
		// the Kreise: Bremerhaven and Landkreis Rostock are there; secret values are no value and reported
		assertThat(parsed.observations()).anyMatch(o -> o.area().equals("04012"));
		assertThat(parsed.observations()).anyMatch(o -> o.area().equals("13072"));
		assertThat(parsed.warnings()).extracting(ParseProblem::code).containsExactly("special-value");
		assertThat(parsed.warnings().get(0).detail()).contains("'.'");
		assertThat(parsed.problems()).noneMatch(p -> p.code().endsWith("mismatch"));
	}

	@Test
	void classicRegionalLevelsFilesAndLaenderInColumns() throws IOException {
		// NRW fixture 2020, Länder 2019 (sum = the 401 Kreise of 2019), Länder as columns 2021
		ParsedFile nrw = parse(StatisticsData.GENESIS.resolve("gkalvelage-nrw-wahlanalyse-2022/12411-04-02-4-B.csv"));
		assertThat(nrw.problems()).isEmpty();
		assertThat(nrw.sum(TOTALS)).isEqualTo(17_925_570);
		ParsedFile laender = parse(StatisticsData.COVID.resolve("12411-04-02-4-B.csv"));
		assertThat(laender.hasErrors()).isFalse();
		assertThat(laender.sum(TOTALS)).isEqualTo(83_166_711);
		ParsedFile columns = parse(StatisticsData.COVID.resolve("12411-0012.csv"));
		assertThat(columns.hasErrors()).isFalse();
		assertThat(columns.sum(TOTALS.and(o -> o.area().equals("06")))).isEqualTo(6_295_017);
		assertThat(columns.observations()).contains(Observation.population("08", LocalDate.of(2021, 12, 31),
				Sex.TOTAL, AgeBand.single(1), 108_774));
	}

	@Test
	void classicKreiseOverDatesAndAgeGroupsWithDissolvedKreise() throws IOException {
		ParsedFile dates = parse(StatisticsData.COVID.resolve("12411-0015.csv"));
		assertThat(dates.hasErrors()).isFalse();
		assertThat(dates.dates()).hasSize(5).first().isEqualTo(LocalDate.of(2016, 12, 31));
		assertThat(dates.observations()).contains(Observation.population("01001", LocalDate.of(2016, 12, 31),
				Sex.TOTAL, AgeBand.ALL, 87_432));
		ParsedFile groups = parse(StatisticsData.COVID.resolve("12411-0017.csv"));
		assertThat(groups.hasErrors()).isFalse();
		assertThat(groups.observations()).contains(Observation.population("01001", LocalDate.of(2021, 12, 31),
				Sex.TOTAL, AgeBand.of(0, 3), 2709));
		// Göttingen (bis 2016) has only "-": no value, not zero
		assertThat(groups.observations()).noneMatch(o -> o.area().equals("03152"));
		assertThat(groups.sum(TOTALS)).isEqualTo(83_237_124);
	}

	@Test
	void messyHessianExportWithKeysWithoutLandAndSubsetColumns() throws IOException {
		ParsedFile parsed = parse(StatisticsData.COVID.resolve("he_Altersstruktur_Bevoelkerung_Kreise_2021.csv"));
		assertThat(parsed.hasErrors()).isFalse();
		assertThat(codes(parsed)).contains("key-without-land", "column-skipped");
		assertThat(parsed.sum(TOTALS.and(o -> o.area().equals("06411")))).isEqualTo(159_631);
		assertThat(parsed.sum(TOTALS.and(o -> o.area().equals("06535")))).isPositive();
		assertThat(parsed.sum(TOTALS)).isEqualTo(6_295_017);
		assertThat(parsed.observations()).contains(Observation.population("06411", LocalDate.of(2021, 12, 31),
				Sex.MALE, AgeBand.single(1), 820), Observation.population("06411", LocalDate.of(2021, 12, 31),
						Sex.TOTAL, AgeBand.single(0), 1643));
	}

	@Test
	void zivalisAgeGroupsWithSpecialValuesAndRatiosRefusedCleanly() throws IOException {
		ParsedFile kreise = parse(StatisticsData.GENESIS.resolve(
				"zivalis-InfoVis/Altersstruktur 2018 Kreisebene 12411-02-03-5-B.csv"));
		assertThat(kreise.hasErrors()).isFalse();
		assertThat(codes(kreise)).contains("special-value");
		ParsedFile germany = parse(StatisticsData.GENESIS.resolve(
				"zivalis-InfoVis/Altersstruktur 2018 Deutschland 12411-02-03-5-B.csv"));
		assertThat(germany.sum(TOTALS)).isEqualTo(83_019_213);
		ParsedFile ratio = parse(StatisticsData.GENESIS.resolve(
				"zivalis-InfoVis/Altenquotient 2018 Länderebene 12411-08-01-4-B.csv"));
		assertThat(ratio.observations()).isEmpty();
		assertThat(ratio.errors()).extracting(ParseProblem::code).containsExactly("no-count-columns");
	}

	@Test
	void flatFilesGermanAndEnglishAgreeAndNonPopulationTablesAreRefused() throws IOException {
		ParsedFile de = parse(StatisticsData.GENESIS.resolve("pystatis-ffcsv/12411-01-01-4_de_flat.csv"));
		ParsedFile en = parse(StatisticsData.GENESIS.resolve("pystatis-ffcsv/12411-01-01-4_en_flat.csv"));
		assertThat(de.format()).isEqualTo(FileFormat.FFCSV);
		assertThat(de.hasErrors()).isFalse();
		assertThat(de.observations()).containsExactlyInAnyOrderElementsOf(en.observations());
		assertThat(de.observations()).contains(Observation.population("08222", LocalDate.of(2024, 12, 31),
				Sex.FEMALE, AgeBand.ALL, 158_789));
		ParsedFile quality = parse(StatisticsData.GENESIS.resolve("pystatis-ffcsv/1000A-2022_de_flat_quality-on.csv"));
		assertThat(quality.hasErrors()).isFalse();
		assertThat(quality.observations()).contains(Observation.population("DG", LocalDate.of(2022, 5, 15),
				Sex.TOTAL, AgeBand.of(60, 70), 11_059_795));
		ParsedFile municipalities = parse(StatisticsData.GENESIS.resolve("pystatis-ffcsv/11111-02-01-4_de_flat.csv"));
		assertThat(municipalities.errors()).extracting(ParseProblem::code).containsExactly("no-count-values");
	}

	@Test
	void oldGermanFlatHeaderWithValueColumnsPerVariable() {
		String file = "\uFEFFStatistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
				+ "1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;"
				+ "2_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl\n"
				+ "12411;Fortschreibung;STAG;Stichtag;31.12.2022;KREISE;Kreise;04012;Bremerhaven;GES;Geschlecht;;"
				+ "Insgesamt;115025\n"
				+ "12411;Fortschreibung;STAG;Stichtag;31.12.2022;KREISE;Kreise;04012;Bremerhaven;GES;Geschlecht;GESW;"
				+ "weiblich;57000\n";
		ParsedFile parsed = StatisticsParsers.parse("x_flat.csv", file.getBytes(StandardCharsets.UTF_8), null,
				ParseOptions.NONE);
		assertThat(parsed.format()).isEqualTo(FileFormat.FFCSV);
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.observations()).containsExactly(
				Observation.population("04012", LocalDate.of(2022, 12, 31), Sex.TOTAL, AgeBand.ALL, 115_025),
				Observation.population("04012", LocalDate.of(2022, 12, 31), Sex.FEMALE, AgeBand.ALL, 57_000));
	}

	@Test
	void kreiseJsonSumsTo83166711Over401Kreise() throws IOException {
		ParsedFile parsed = parse(StatisticsData.ROOT.resolve("kreise/county_current_population.json"));
		assertThat(parsed.format()).isEqualTo(FileFormat.KREISE_JSON);
		assertThat(parsed.hasErrors()).isFalse();
		assertThat(parsed.observations().stream().map(Observation::area).distinct()).hasSize(401);
		assertThat(parsed.sum(TOTALS)).isEqualTo(83_166_711);
		assertThat(parsed.observations()).contains(Observation.population("01001", LocalDate.of(2019, 12, 31),
				Sex.TOTAL, AgeBand.of(3, 6), 1974), Observation.population("01001", LocalDate.of(2019, 12, 31),
						Sex.TOTAL, AgeBand.openFrom(75), 8319));
		assertThat(codes(parsed)).contains("date-assumed");
	}

	@Test
	void quarterTablesOfBerlinKoelnAndLuebeckThroughTheirPresets() throws IOException {
		Path berlin = StatisticsData.ROOT.resolve("berlin-lor/population/data/03-gold/"
				+ "berlin-lor-population-2024-02-csv/berlin-lor-population-2024-02-t2-city.csv");
		ParsedFile city = parse(berlin);
		assertThat(city.format()).isEqualTo(FileFormat.QUARTERS);
		assertThat(city.hasErrors()).isFalse();
		assertThat(city.observations()).contains(Observation.population("11000000", LocalDate.of(2024, 12, 31),
				Sex.TOTAL, AgeBand.ALL, 3_897_145));
		ParsedFile areas = parse(berlin.resolveSibling("berlin-lor-population-2024-02-t2-planning-areas.csv"));
		assertThat(areas.hasErrors()).isFalse();
		assertThat(areas.sum(TOTALS)).isEqualTo(3_897_145);
		assertThat(areas.observations()).allMatch(o -> o.area().startsWith("110000000000-Q-"));
		ParsedFile koeln = parse(StatisticsData.ROOT.resolve("koeln/bevoelkerung.csv"));
		assertThat(koeln.hasErrors()).isFalse();
		assertThat(koeln.observations()).contains(Observation.population("05315000", LocalDate.of(2005, 12, 31),
				Sex.TOTAL, AgeBand.ALL, 1_023_101), Observation.population("053150000000-Q-001",
						LocalDate.of(2005, 12, 31), Sex.TOTAL, AgeBand.ALL, 129_496));
		ParsedFile luebeck = parse(StatisticsData.ROOT.resolve("luebeck/data.csv"));
		assertThat(luebeck.hasErrors()).isFalse();
		assertThat(luebeck.observations()).contains(new Observation("01003000", LocalDate.of(2022, 12, 31),
				Measure.BIRTHS, Sex.TOTAL, AgeBand.ALL, 1750), new Observation("010030000000-Q-01",
						LocalDate.of(2022, 12, 31), Measure.OUT_MOVES, Sex.TOTAL, AgeBand.ALL, 2245));
	}

	@Test
	void konstanzYearlyEventsThroughTheYearlyPreset() throws IOException {
		Path file = StatisticsData.require(StatisticsData.ROOT.resolve("konstanz/bevoelkerung/natuerliche_entwicklung.csv"));
		ParsedFile parsed = StatisticsParsers.parse("natuerliche_entwicklung.csv", Files.readAllBytes(file), null,
				ParseOptions.area("08335043"));
		assertThat(parsed.hasErrors()).isFalse();
		assertThat(parsed.observations()).contains(new Observation("08335043", LocalDate.of(1995, 12, 31),
				Measure.BIRTHS, Sex.TOTAL, AgeBand.ALL, 703), new Observation("08335043", LocalDate.of(1995, 12, 31),
						Measure.DEATHS, Sex.TOTAL, AgeBand.ALL, 766));
	}

	@Test
	void canonicalCsvRoundTripsWithEvents() {
		List<Observation> observations = List.of(
				Observation.population("04012", LocalDate.of(2020, 12, 31), Sex.MALE, AgeBand.single(5), 512),
				new Observation("04012", LocalDate.of(2020, 12, 31), Measure.BIRTHS, Sex.TOTAL, AgeBand.ALL, 1000.5));
		StringWriter out = new StringWriter();
		try (var writer = de.daks.statistics.CanonicalCsv.open(out, true)) {
			observations.forEach(writer::write);
		}
		byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(StatisticsParsers.detect("x.csv", bytes)).isEqualTo(FileFormat.CANONICAL);
		ParsedFile parsed = StatisticsParsers.parse("x.csv", bytes, null, ParseOptions.NONE);
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.observations()).containsExactlyElementsOf(observations);
	}
}
