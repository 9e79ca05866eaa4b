package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.daks.DaksIntegrationTest;
import de.daks.projection.ProjectionResult.Row;
import de.daks.shared.KommuneId;
import de.daks.shared.Sex;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.shared.job.Job;
import de.daks.shared.job.JobState;
import de.daks.shared.job.Jobs;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.parse.ParseOptions;
import de.daks.statistics.parse.StatisticsParsers;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewQuarter;
import de.daks.territory.QuarterManagement;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import de.daks.profile.ProfileReport;
import de.daks.profile.ProfileReports;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A projection run end to end on the real Konstanz register data: imported through the statistics import, started
 * through the service, computed by the job, stored; compared with the engine run directly on the parsed files.
 */
@DaksIntegrationTest
class ProjectionIntegrationTests {

	@Autowired
	ProjectionService projections;

	@Autowired
	StatisticsImports imports;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Jobs jobs;

	@Autowired
	QuarterManagement quarters;

	@Autowired
	ProfileReports profiles;

	@BeforeEach
	void operator() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aRunOfKonstanzIsComputedByItsJobStoredAndReproducedToTheLastDigit() throws Exception {
		// given Konstanz 2014–2020 imported into a Kommune linked to its AGS
		KonstanzProjectionData.assumeAvailable();
		KommuneId kommune = KonstanzProjectionData.kommune(kommunen, "Konstanz Prognose");
		KonstanzProjectionData.importInto(imports, kommune, 2014, 2020);
		ProjectionSettings settings = ProjectionSettings.defaults();

		// when a cohort-component run from 2020 over 10 years is started and its job awaited
		UUID id = projections.start(kommune, new ProjectionRequest(2020, 10, "cohort-component", 5, "Basis", false,
				settings)).get(0);
		ProjectionRunInfo run = awaitRun(kommune, id);

		// then it succeeded, kept its inputs' datasets and hash, and stored base + 10 years
		assertThat(run.status()).as(run.error()).isEqualTo(ProjectionRunInfo.Status.SUCCEEDED);
		assertThat(run.inputDatasets()).isNotEmpty();
		assertThat(run.inputHash()).hasSize(64);
		ProjectionResult result = projections.result(run);
		assertThat(result.dates()).hasSize(11).startsWith(LocalDate.of(2020, 12, 31)).endsWith(LocalDate.of(2030, 12, 31));

		// and the stored numbers are the engine's, run directly on the parsed files
		ProjectionRun direct = ProjectionMethods.cohortComponent(StockSeries.of(parsedKonstanz(2014, 2020),
				KonstanzProjectionData.AREA), 2020, 10, 5, settings.settings());
		for (int t = 0; t < direct.dates().size(); t++) {
			LocalDate date = direct.dates().get(t);
			ProjectionResult.Total total = result.total(KonstanzProjectionData.AREA, date).orElseThrow();
			assertThat(total.value()).as("total " + date).isCloseTo(direct.total(t), within(1e-6));
			double cells = result.cells(KonstanzProjectionData.AREA, date).stream().mapToDouble(Row::value).sum();
			assertThat(cells).as("cells add up to the total at " + date).isCloseTo(total.value(), within(1e-6));
			List<Row> women = result.cells(KonstanzProjectionData.AREA, date).stream()
				.filter(r -> r.sex() == Sex.FEMALE).toList();
			for (int x = 0; x < women.size(); x++) {
				assertThat(women.get(x).value()).isCloseTo(direct.point()[t][0][x], within(1e-9));
				assertThat(women.get(x).p10()).isCloseTo(direct.p10()[t][0][x], within(1e-9));
				assertThat(women.get(x).p90()).isCloseTo(direct.p90()[t][0][x], within(1e-9));
			}
			if (t > 0) {
				assertThat(total.p10()).isLessThan(total.value());
				assertThat(total.p90()).isGreaterThan(total.value());
			}
		}
		assertThat(projections.latestResult(kommune).orElseThrow().run().id()).isEqualTo(id);

		// and the Kommunalprofil shows it: base year and +10 with the run's totals, interval and old-age ratio
		ProfileReport.ProjectionSummary summary = profiles.forKommune(kommune, Locale.GERMAN).demography().projection();
		assertThat(summary).isNotNull();
		assertThat(summary.rows()).extracting(ProfileReport.ProjectionRow::year).containsExactly(2020, 2030);
		ProfileReport.ProjectionRow in2030 = summary.rows().get(1);
		ProjectionResult.Total total2030 = result.total(KonstanzProjectionData.AREA, LocalDate.of(2030, 12, 31))
			.orElseThrow();
		assertThat(in2030.total()).isEqualTo(total2030.value());
		assertThat(in2030.low()).isEqualTo(total2030.p10());
		assertThat(in2030.high()).isEqualTo(total2030.p90());
		assertThat(in2030.oldAgeRatio()).isNotNull().isBetween(20.0, 60.0);
		assertThat(summary.refs()).isNotEmpty();

		// and the CSV download is the canonical CSV with p10/p90 of the 10 projected years
		StringWriter csv = new StringWriter();
		projections.writeCsv(result, csv);
		List<String> lines = csv.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("area,date,sex,age_from,age_to,value,p10,p90");
		assertThat(lines).hasSize(1 + 10 * result.cells(KonstanzProjectionData.AREA, LocalDate.of(2030, 12, 31)).size());

		// when the run is reproduced from its stored inputs and settings
		UUID again = projections.reproduce(kommune, id);
		ProjectionRunInfo reproduced = awaitRun(kommune, again);

		// then the numbers are identical
		assertThat(reproduced.status()).isEqualTo(ProjectionRunInfo.Status.SUCCEEDED);
		assertThat(reproduced.reproduces()).isEqualTo(id);
		assertThat(reproduced.inputHash()).isEqualTo(run.inputHash());
		assertThat(reproduced.resultHash()).isEqualTo(run.resultHash());
		assertThat(projections.result(reproduced).rows()).containsExactlyInAnyOrderElementsOf(result.rows());
	}

	@Test
	void aHorizonOf31YearsIsRefusedNamingTheFieldAndNothingIsStored() {
		// given
		KonstanzProjectionData.assumeAvailable();
		KommuneId kommune = KonstanzProjectionData.kommune(kommunen, "Konstanz Horizont");
		KonstanzProjectionData.importInto(imports, kommune, 2019, 2020);
		// when / then
		assertThatThrownBy(() -> projections.start(kommune, new ProjectionRequest(2020, 31, "cohort-component", 1,
				"Basis", false, ProjectionSettings.defaults())))
			.isInstanceOfSatisfying(ProjectionRequestException.class, ex -> assertThat(ex.problems())
				.extracting(ProjectionRequestException.Problem::field).containsExactly("horizon"));
		assertThat(projections.runs(kommune)).isEmpty();
		assertThat(jobs.recent(de.daks.projection.internal.ProjectionJobHandler.KIND, kommune, 5)).isEmpty();
	}

	@Test
	void aBaseYearWithoutItsHistoryIsRefusedNamingTheMissingYears() {
		// given only 2019 and 2020
		KonstanzProjectionData.assumeAvailable();
		KommuneId kommune = KonstanzProjectionData.kommune(kommunen, "Konstanz Historie");
		KonstanzProjectionData.importInto(imports, kommune, 2019, 2020);
		// when / then: a 5-year history needs 2015 (shared data of other tests may hold more years, so ask for 40)
		assertThatThrownBy(() -> projections.start(kommune, new ProjectionRequest(2020, 10, "cohort-component", 30,
				"Basis", false, ProjectionSettings.defaults())))
			.isInstanceOfSatisfying(ProjectionRequestException.class, ex -> assertThat(ex.problems())
				.extracting(ProjectionRequestException.Problem::field).containsExactly("historyYears"));
	}

	@Test
	void scenariosSideBySideStartLowMiddleAndHighInOneBatch() throws Exception {
		// given
		KonstanzProjectionData.assumeAvailable();
		KommuneId kommune = KonstanzProjectionData.kommune(kommunen, "Konstanz Szenarien");
		KonstanzProjectionData.importInto(imports, kommune, 2015, 2020);
		// when
		List<UUID> ids = projections.start(kommune, new ProjectionRequest(2020, 5, "cohort-component", 5, "",
				true, ProjectionSettings.defaults().withDraws(20)));
		// then
		assertThat(ids).hasSize(3);
		List<ProjectionRunInfo> runs = new ArrayList<>();
		for (UUID id : ids) {
			runs.add(awaitRun(kommune, id));
		}
		assertThat(runs).extracting(ProjectionRunInfo::scenario).containsExactly("middle", "low", "high");
		assertThat(runs).extracting(ProjectionRunInfo::batch).containsOnly(runs.get(0).batch());
		LocalDate end = LocalDate.of(2025, 12, 31);
		double low = projections.result(runs.get(1)).total(KonstanzProjectionData.AREA, end).orElseThrow().value();
		double middle = projections.result(runs.get(0)).total(KonstanzProjectionData.AREA, end).orElseThrow().value();
		double high = projections.result(runs.get(2)).total(KonstanzProjectionData.AREA, end).orElseThrow().value();
		assertThat(low).isLessThan(middle);
		assertThat(high).isGreaterThan(middle);
	}

	@Test
	void quartersImportedInBandsWithoutSexesAreProjectedWithTheKommuneAndAddUpToIt() throws Exception {
		// given Konstanz 2015–2020 and two quarters of it, imported as a quarter table has them: Köln's thirteen age
		// bands, both sexes together (a synthetic 30/70 split of the real pyramids)
		KonstanzProjectionData.assumeAvailable();
		// (linked by its ARS, the territory node the quarters hang from; the statistics use the AGS)
		KommuneId kommune = kommunen.create(new de.daks.territory.NewKommune("Konstanz Quartiere " + UUID.randomUUID(),
				de.daks.territory.KommuneKind.STADT, List.of("083355004043"), "08", null, null, null, false));
		KonstanzProjectionData.importInto(imports, kommune, 2015, 2020);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		String north = quarters.create(kommune, new NewQuarter("N" + suffix, "Nord", null));
		String south = quarters.create(kommune, new NewQuarter("S" + suffix, "Süd", null));
		int[] bounds = { 0, 3, 6, 10, 15, 18, 25, 35, 45, 55, 60, 65, 75 };
		java.util.Map<String, Double> cells = new java.util.TreeMap<>();
		for (Observation o : parsedKonstanz(2015, 2020)) {
			if (o.sex() == Sex.TOTAL || o.measure() != de.daks.statistics.Measure.POPULATION) {
				continue;
			}
			int band = bounds.length - 1;
			while (bounds[band] > o.age().from()) {
				band--;
			}
			String age = bounds[band] + "," + (band == bounds.length - 1 ? "" : bounds[band + 1]);
			double share = 0.2 + 0.2 * Math.min(o.age().from(), 100) / 101.0;
			cells.merge(north + "," + o.date() + ",t," + age, o.value() * share, Double::sum);
			cells.merge(south + "," + o.date() + ",t," + age, o.value() * (1 - share), Double::sum);
		}
		StringBuilder csv = new StringBuilder("area,date,sex,age_from,age_to,value\n");
		cells.forEach((cell, value) -> csv.append(cell).append(',').append(value).append('\n'));
		ImportResult imported = imports.importFile(new ImportRequest("quartiere-" + suffix + ".csv",
				csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), FileFormat.CANONICAL,
				ParseOptions.NONE, true, kommune, null, null));
		assertThat(imported.success()).as(imported.problems().toString()).isTrue();

		// when a run from 2020 over 10 years is computed by its job
		UUID id = projections.start(kommune, new ProjectionRequest(2020, 10, "cohort-component", 5, "Basis", false,
				ProjectionSettings.defaults().withDraws(30))).get(0);
		ProjectionRunInfo run = awaitRun(kommune, id);

		// then both quarters are in the result, split from their bands, and add up to the Kommune in 2030
		assertThat(run.status()).as(run.error()).isEqualTo(ProjectionRunInfo.Status.SUCCEEDED);
		assertThat(run.notes()).anyMatch(n -> n.startsWith("2 quarter(s) in age bands"));
		ProjectionResult result = projections.result(run);
		assertThat(result.quarterAreas()).containsExactlyInAnyOrder(north, south);
		LocalDate end = LocalDate.of(2030, 12, 31);
		double quarterSum = result.total(north, end).orElseThrow().value() + result.total(south, end).orElseThrow().value();
		assertThat(quarterSum).isCloseTo(result.total(run.area(), end).orElseThrow().value(),
				within(1e-6));
		assertThat(result.cells(north, end)).allMatch(r -> r.value() >= 0 && r.sex() != Sex.TOTAL);
	}

	private ProjectionRunInfo awaitRun(KommuneId kommune, UUID id) throws InterruptedException {
		ProjectionRunInfo run = projections.get(kommune, id);
		Job job = jobs.await(run.job(), Duration.ofSeconds(120));
		assertThat(job.state()).as(job.error()).isEqualTo(JobState.SUCCEEDED);
		return projections.get(kommune, id);
	}

	private static List<Observation> parsedKonstanz(int from, int to) throws IOException {
		List<Observation> observations = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			observations.addAll(StatisticsParsers.konstanzPyramid(
					KonstanzProjectionData.FOLDER.resolve("pyramiden/pyramide_" + year + ".csv")));
		}
		observations.addAll(StatisticsParsers.parse(KonstanzProjectionData.FOLDER.resolve("natuerliche_entwicklung.csv"),
				ParseOptions.area(KonstanzProjectionData.AREA)).observations());
		return observations;
	}
}
