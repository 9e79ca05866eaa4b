package de.daks.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.daks.DaksIntegrationTest;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.shared.audit.AuditLog;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.parse.ParseOptions;
import de.daks.statistics.parse.StatisticsData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DaksIntegrationTest
@RecordApplicationEvents
class StatisticsImportIntegrationTests {

	@Autowired
	StatisticsImports imports;

	@Autowired
	StatisticsQueries queries;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void operator() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	/** A date no other test uses, so files differ and cells don't collide between runs on one database. */
	private static LocalDate uniqueDate() {
		return LocalDate.of(1800, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1, 70_000));
	}

	private static ImportRequest canonical(String body) {
		return ImportRequest.of("test.csv",
				("area,date,sex,age_from,age_to,value\n" + body).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void importsACanonicalFileOnceAndQueriesIt() {
		// given a file for Bremerhaven
		LocalDate date = uniqueDate();
		ImportRequest request = canonical("04012," + date + ",m,0,1,512\n04012," + date + ",f,0,1,488\n04012," + date
				+ ",t,0,,1000\n");
		// when it is imported twice
		ImportResult first = imports.importFile(request);
		ImportResult second = imports.importFile(request);
		// then the first writes, the second changes nothing, and the values can be read
		assertThat(first.problems()).isEmpty();
		assertThat(first.status()).isEqualTo(ImportResult.Status.IMPORTED);
		assertThat(first.rows()).isEqualTo(3);
		assertThat(second.status()).isEqualTo(ImportResult.Status.UNCHANGED);
		assertThat(second.dataset()).isEqualTo(first.dataset());
		assertThat(queries.at("04012", Measure.POPULATION, date)).extracting(StatisticsQueries.SourcedObservation::observation)
			.containsExactly(Observation.population("04012", date, Sex.MALE, AgeBand.single(0), 512),
					Observation.population("04012", date, Sex.FEMALE, AgeBand.single(0), 488),
					Observation.population("04012", date, Sex.TOTAL, AgeBand.ALL, 1000));
		assertThat(queries.dates("04012", Measure.POPULATION)).contains(date);
		assertThat(queries.areasWith(Measure.POPULATION, date)).containsExactly("04012");
		assertThat(events.stream(StatisticsImported.class).filter(e -> e.dataset().equals(first.dataset())))
			.singleElement().satisfies(e -> assertThat(e.areas()).containsExactly("04012"));
		assertThat(audit.search(null, null, "statistics.imported", 20))
			.anyMatch(e -> e.subjectId().equals(first.dataset().toString()));
		DatasetInfo info = imports.dataset(first.dataset()).orElseThrow();
		assertThat(info.sha256()).hasSize(64);
		assertThat(info.format()).isEqualTo("canonical");
		assertThat(info.importedBy()).isEqualTo("cli:test");
		assertThat(info.firstDate()).isEqualTo(date);
		assertThat(info.rowCount()).isEqualTo(3);
	}

	@Test
	void theMostRecentlyImportedDatasetWinsPerCell() {
		// given two files with the same cell
		LocalDate date = uniqueDate();
		ImportResult older = imports.importFile(canonical("04012," + date + ",t,0,,100\n04012," + date + ",m,0,,40\n"));
		ImportResult newer = imports.importFile(canonical("04012," + date + ",t,0,,110\n"));
		// when the values are read
		List<StatisticsQueries.SourcedObservation> values = queries.at("04012", Measure.POPULATION, date);
		// then the newer total wins, the older male value stays
		assertThat(values).extracting(v -> v.observation().sex(), v -> v.observation().value(), v -> v.dataset())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Sex.MALE, 40.0, older.dataset()),
					org.assertj.core.groups.Tuple.tuple(Sex.TOTAL, 110.0, newer.dataset()));
	}

	@Test
	void errorsRefuseTheFileAndNothingIsStored() {
		// given a file with a negative count and text in a number cell
		LocalDate date = uniqueDate();
		ImportResult result = imports.importFile(canonical("04012," + date + ",t,0,,-5\n04012," + date
				+ ",m,0,,zwölf\n"));
		// then
		assertThat(result.status()).isEqualTo(ImportResult.Status.REFUSED);
		assertThat(result.problems()).extracting(ParseProblem::line, ParseProblem::column, ParseProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "value", "negative-value"),
					org.assertj.core.groups.Tuple.tuple(3, "value", "not-a-number"));
		assertThat(queries.dates("04012", Measure.POPULATION)).doesNotContain(date);
	}

	@Test
	void warningsNeedExplicitAcceptanceAndAreRecorded() {
		// given a file with a region key the territory does not know
		LocalDate date = uniqueDate();
		ImportRequest request = canonical("99999," + date + ",t,0,,7\n");
		// when imported without and with acceptance
		ImportResult refused = imports.importFile(request);
		ImportResult accepted = imports.importFile(request.acceptingWarnings());
		// then the first writes nothing and names the line, the second records what was accepted
		assertThat(refused.status()).isEqualTo(ImportResult.Status.NEEDS_ACCEPTANCE);
		assertThat(refused.problems()).singleElement()
			.satisfies(p -> assertThat(p).isEqualTo(ParseProblem.warning(2, "", "unknown-area", "99999")));
		assertThat(accepted.status()).isEqualTo(ImportResult.Status.IMPORTED);
		assertThat(imports.dataset(accepted.dataset()).orElseThrow().acceptedWarnings())
			.containsExactly("warning, line 2: unknown area (99999)");
		assertThat(queries.at("99999", Measure.POPULATION, date)).hasSize(1);
	}

	@Test
	void aFailureWhileWritingLeavesNothingBehind() {
		// given a file whose second value cannot be stored (area longer than the column)
		LocalDate date = uniqueDate();
		String tooLong = "Q".repeat(60);
		ImportRequest request = canonical("04012," + date + ",t,0,,1\n" + tooLong + "," + date + ",t,0,,2\n")
			.acceptingWarnings();
		// when
		assertThatThrownBy(() -> imports.importFile(request)).isInstanceOf(RuntimeException.class);
		// then neither the dataset nor the first value is stored
		assertThat(queries.dates("04012", Measure.POPULATION)).doesNotContain(date);
		assertThat(imports.datasets(null)).noneMatch(d -> date.equals(d.firstDate()));
	}

	@Test
	void importsTheRealKreisTableBySingleYears() throws Exception {
		// given the 2.96 MB classic table (possibly imported before by another test or the demo)
		byte[] content = Files.readAllBytes(StatisticsData.require(StatisticsData.KREIS_SINGLE_YEARS));
		ImportRequest request = new ImportRequest("12411-04-02-4.csv", content, FileFormat.CLASSIC, ParseOptions.NONE,
				true, null, null, null);
		// when
		ImportResult result = imports.importFile(request);
		// then
		assertThat(result.success()).isTrue();
		assertThat(result.rows()).isEqualTo(107_520);
		LocalDate date = LocalDate.of(2020, 12, 31);
		double germany = queries.at("DG", Measure.POPULATION, date).stream().map(s -> s.observation())
			.filter(o -> o.sex() == Sex.TOTAL && o.age().isTotal()).mapToDouble(Observation::value).sum();
		assertThat(germany).isEqualTo(83_155_031);
		assertThat(queries.at("04012", Measure.POPULATION, date)).hasSize(80 * 3);
		DatasetInfo info = imports.dataset(result.dataset()).orElseThrow();
		assertThat(info.tableCode()).isEqualTo("12411-04-02-4");
		assertThat(info.licence()).isEqualTo("dl-de/by-2-0");
		assertThat(info.attribution()).contains("Statistische Ämter des Bundes und der Länder");
	}
}
