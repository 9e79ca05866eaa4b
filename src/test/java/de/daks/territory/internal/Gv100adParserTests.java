package de.daks.territory.internal;

import static de.daks.territory.internal.Gv100adLines.gemeinde;
import static de.daks.territory.internal.Gv100adLines.kreis;
import static de.daks.territory.internal.Gv100adLines.land;
import static de.daks.territory.internal.Gv100adLines.verband;
import static org.assertj.core.api.Assertions.assertThat;

import de.daks.territory.AreaLevel;
import de.daks.territory.ImportProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class Gv100adParserTests {

	private static final List<String> VALID = List.of(
			land("01", "Schleswig-Holstein"),
			kreis("01001", "Flensburg, Stadt", "41"),
			verband("01001", "0000", "Flensburg, Stadt", "50"),
			gemeinde("01001", "000", "0000", "Flensburg, Stadt", "61", 5673, 92550, 45874, "24937"),
			kreis("01051", "Dithmarschen", "44"),
			verband("01051", "5175", "Mitteldithmarschen", "51"),
			gemeinde("01051", "001", "5175", "Albersdorf", "64", 1712, 3774, 1819, "25767"));

	@Test
	void readsEveryLevelByTheOfficialColumns() throws IOException {
		// when
		Gv100adParser.Result result = parse(VALID);
		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.gebietsstand()).isEqualTo(LocalDate.of(2023, 11, 30));
		assertThat(result.counts()).containsEntry(AreaLevel.LAND, 1).containsEntry(AreaLevel.KREIS, 2)
			.containsEntry(AreaLevel.GEMEINDEVERBAND, 2).containsEntry(AreaLevel.GEMEINDE, 2);
		Gv100adRecord albersdorf = result.records().get(6);
		assertThat(albersdorf.key()).isEqualTo("010515175001");
		assertThat(albersdorf.ags()).isEqualTo("01051001");
		assertThat(albersdorf.parentKey()).isEqualTo("010515175");
		assertThat(albersdorf.designation()).isEqualTo("Kreisangehörige Gemeinde");
		assertThat(albersdorf.areaHa()).isEqualTo(1712);
		assertThat(albersdorf.population()).isEqualTo(3774);
		assertThat(albersdorf.populationFemale()).isEqualTo(3774 - 1819);
		assertThat(albersdorf.postcode()).isEqualTo("25767");
		assertThat(result.records().get(1).parentKey()).as("Kreis in a Land without RB").isEqualTo("01");
		assertThat(result.records().get(4).designation()).isEqualTo("Landkreis");
		assertThat(result.records().get(5).designation()).isEqualTo("Amt");
	}

	@Test
	void aKreisWithRegierungsbezirkHangsUnderIt() throws IOException {
		// given
		List<String> lines = List.of(land("05", "Nordrhein-Westfalen"),
				Gv100adLines.record("20").put(11, "053").put(23, "Reg.-Bez. Köln").toString(),
				kreis("05358", "Düren", "43"));
		// when
		Gv100adParser.Result result = parse(lines);
		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.records().get(2).parentKey()).isEqualTo("053");
		assertThat(result.records().get(1).parentKey()).isEqualTo("05");
	}

	@Test
	void regionRecordsAreCountedButNotStored() throws IOException {
		// given
		List<String> lines = List.of(land("08", "Baden-Württemberg"),
				Gv100adLines.record("30").put(11, "0811").put(23, "Region Stuttgart").toString());
		// when
		Gv100adParser.Result result = parse(lines);
		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.regions()).isEqualTo(1);
		assertThat(result.records()).hasSize(1);
	}

	@Test
	void aLineOfWrongLengthIsReportedWithItsNumber() throws IOException {
		// given
		List<String> lines = new ArrayList<>(VALID);
		lines.set(2, lines.get(2).substring(0, 200));
		// when
		List<ImportProblem> problems = parse(lines).problems();
		// then
		assertThat(problems).extracting(ImportProblem::position, ImportProblem::code)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "wrong-length"));
	}

	@Test
	void anUnknownRecordTypeIsReported() throws IOException {
		// given
		List<String> lines = new ArrayList<>(VALID);
		lines.add(Gv100adLines.record("70").put(11, "01001").put(23, "Irgendwas").toString());
		// when
		List<ImportProblem> problems = parse(lines).problems();
		// then
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.position()).isEqualTo(8);
			assertThat(p.field()).contains("Satzart");
			assertThat(p.code()).isEqualTo("unknown-record-type");
			assertThat(p.detail()).isEqualTo("70");
		});
	}

	@Test
	void aNonNumericKeyNamesTheColumns() throws IOException {
		// given
		List<String> lines = new ArrayList<>(VALID);
		lines.set(4, kreis("01O51", "Dithmarschen", "44"));
		// when
		List<ImportProblem> problems = parse(lines).problems();
		// then
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.position()).isEqualTo(5);
			assertThat(p.field()).isEqualTo("Kreis (Spalten 11–15)");
			assertThat(p.code()).isEqualTo("not-numeric");
		});
	}

	@Test
	void aNonNumericPopulationIsReported() throws IOException {
		// given
		List<String> lines = new ArrayList<>(VALID);
		lines.set(6, Gv100adLines.record("60").put(11, "01051").put(16, "001").put(19, "5175").put(23, "Albersdorf")
			.put(123, "64").put(129, "00000001712").put(140, "0000000377x").put(151, "00000001819").toString());
		// when
		List<ImportProblem> problems = parse(lines).problems();
		// then
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.position()).isEqualTo(7);
			assertThat(p.field()).isEqualTo("Bevölkerung insgesamt (Spalten 140–150)");
		});
	}

	@Test
	void anUnknownParentAndADuplicateKeyAreReported() throws IOException {
		// given
		List<String> lines = new ArrayList<>(VALID);
		lines.add(gemeinde("01051", "002", "9999", "Nirgendwo", "64", 1, 1, 1, "25767"));
		lines.add(gemeinde("01051", "001", "5175", "Albersdorf", "64", 1712, 3774, 1819, "25767"));
		// when
		List<ImportProblem> problems = parse(lines).problems();
		// then
		assertThat(problems).extracting(ImportProblem::position, ImportProblem::code).containsExactly(
				org.assertj.core.groups.Tuple.tuple(8, "unknown-parent"),
				org.assertj.core.groups.Tuple.tuple(9, "duplicate-key"));
	}

	@Test
	void anUnknownTypeCodeAndABadDateAreReported() throws IOException {
		// given
		List<String> lines = new ArrayList<>(VALID);
		lines.set(4, kreis("01051", "Dithmarschen", "49"));
		lines.set(5, Gv100adLines.record("50").put(3, "20231331").put(11, "01051").put(19, "5175")
			.put(23, "Mitteldithmarschen").put(123, "51").toString());
		// when
		List<ImportProblem> problems = parse(lines).problems();
		// then
		assertThat(problems).extracting(ImportProblem::position, ImportProblem::code).contains(
				org.assertj.core.groups.Tuple.tuple(5, "unknown-type-code"),
				org.assertj.core.groups.Tuple.tuple(6, "invalid-date"));
	}

	@Test
	void anEmptyFileIsAnError() throws IOException {
		// when
		List<ImportProblem> problems = parse(List.of()).problems();
		// then
		assertThat(problems).extracting(ImportProblem::code).containsExactly("empty-file");
	}

	private static Gv100adParser.Result parse(List<String> lines) throws IOException {
		return Gv100adParser.parse(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
	}
}
