package de.daks.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class CanonicalCsvTests {

	@Test
	void readsSingleYearsBandsAndOpenBands() {
		// given
		String csv = """
				area,date,sex,age_from,age_to,value
				08335043,2025-12-31,f,0,1,401
				08335043,2025-12-31,m,65,,9120.5
				""";
		// when
		CanonicalCsv.Result result = CanonicalCsv.read(new StringReader(csv));
		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.observations()).containsExactly(
				Observation.population("08335043", LocalDate.of(2025, 12, 31), Sex.FEMALE, AgeBand.single(0), 401),
				Observation.population("08335043", LocalDate.of(2025, 12, 31), Sex.MALE, AgeBand.openFrom(65), 9120.5));
	}

	@Test
	void namesLineAndColumnOfEveryBadValueAndKeepsNothingOfBadRows() {
		// given
		String csv = """
				area,date,sex,age_from,age_to,value
				08335043,2025-13-31,f,0,1,401
				08335043,2025-12-31,x,0,1,401
				08335043,2025-12-31,f,5,5,401
				08335043,2025-12-31,f,0,1,-3
				08335043,2025-12-31,f,0,1,zwölf
				08335043,2025-12-31,f,0,1,12
				08335043,2025-12-31,f,0,1,13
				""";
		// when
		CanonicalCsv.Result result = CanonicalCsv.read(new StringReader(csv));
		// then
		assertThat(result.problems()).extracting(ParseProblem::line, ParseProblem::column, ParseProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "date", "bad-date"),
					org.assertj.core.groups.Tuple.tuple(3, "sex", "bad-sex"),
					org.assertj.core.groups.Tuple.tuple(4, "age_to", "bad-age-band"),
					org.assertj.core.groups.Tuple.tuple(5, "value", "negative-value"),
					org.assertj.core.groups.Tuple.tuple(6, "value", "not-a-number"),
					org.assertj.core.groups.Tuple.tuple(8, "", "duplicate-cell"));
		assertThat(result.observations()).hasSize(1);
		assertThat(result.hasErrors()).isTrue();
	}

	@Test
	void refusesAFileWithoutTheCanonicalHeader() {
		// when
		CanonicalCsv.Result result = CanonicalCsv.read(new StringReader("area;date;value\n1;2;3\n"));
		// then
		assertThat(result.observations()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("missing-column");
			assertThat(p.line()).isEqualTo(1);
		});
	}

	@Test
	void writesWhatItReadsWithMeasureAndExtraColumns() {
		// given
		List<Observation> observations = List.of(
				Observation.population("DG", LocalDate.of(2040, 12, 31), Sex.TOTAL, AgeBand.openFrom(100), 1234.25),
				new Observation("13003000", LocalDate.of(2024, 12, 31), Measure.BIRTHS, Sex.MALE, AgeBand.ALL, 700));
		StringWriter out = new StringWriter();
		// when
		try (CanonicalCsv.Writer writer = CanonicalCsv.open(out, true, "p10", "p90")) {
			writer.write(observations.get(0), 1100, Double.NaN);
			writer.write(observations.get(1), 650.5, 760);
		}
		CanonicalCsv.Result back = CanonicalCsv.read(new StringReader(out.toString()));
		// then
		assertThat(out.toString()).startsWith("area,date,sex,age_from,age_to,value,p10,p90,measure\n"
				+ "DG,2040-12-31,t,100,,1234.25,1100,,population\n");
		assertThat(back.problems()).isEmpty();
		assertThat(back.observations()).isEqualTo(observations);
	}

	@Test
	void recognisesTheCanonicalHeaderWithBom() {
		assertThat(CanonicalCsv.looksCanonical("\uFEFFarea,date,sex,age_from,age_to,value")).isTrue();
		assertThat(CanonicalCsv.looksCanonical("Statistik_Code;Statistik_Label")).isFalse();
	}
}
