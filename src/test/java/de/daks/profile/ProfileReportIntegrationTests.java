package de.daks.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.daks.DaksIntegrationTest;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.profile.ProfileReport.IndicatorRow;
import de.daks.profile.ProfileReport.PyramidRow;
import de.daks.profile.ProfileReport.Source;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.DatasetId;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.parse.ParseOptions;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import de.daks.territory.NewQuarter;
import de.daks.territory.QuarterManagement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The report model from real data: Konstanz register extracts imported from {@code ../shared/data}, and the demo. */
@DaksIntegrationTest
class ProfileReportIntegrationTests {

	static final Path PYRAMIDS = Path.of("../shared/data/konstanz/bevoelkerung/pyramiden");

	static final String KONSTANZ = "08335043";

	static final String KONSTANZ_ARS = "083355004043";

	@Autowired
	ProfileReports reports;

	@Autowired
	StatisticsImports imports;

	@Autowired
	IndicatorService indicators;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	QuarterManagement quarters;

	@BeforeEach
	void operator() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	/** Imports the Konstanz pyramids of the years (idempotent); returns the datasets by year. */
	static Map<Integer, DatasetId> importKonstanz(StatisticsImports imports, IndicatorService indicators,
			int... years) throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(PYRAMIDS), "real data not available: " + PYRAMIDS);
		Map<Integer, DatasetId> datasets = new HashMap<>();
		for (int year : years) {
			String name = "pyramide_" + year + ".csv";
			ImportResult result = imports.importFile(new ImportRequest(name, Files.readAllBytes(PYRAMIDS.resolve(name)),
					FileFormat.REGISTER, ParseOptions.area(KONSTANZ), true, null, null, null));
			assertThat(result.success()).as(name + ": " + result.problems()).isTrue();
			datasets.put(year, result.dataset());
		}
		indicators.invalidate();
		return datasets;
	}

	@Test
	void theDataSectionsOfAKommuneEqualTheIndicatorsAndNameTheirDatasets() throws Exception {
		// given Konstanz 2015, 2020 and 2025 and a Kommune linked to its ARS
		Map<Integer, DatasetId> datasets = importKonstanz(imports, indicators, 2015, 2020, 2025);
		KommuneId id = kommunen.create(new NewKommune("Konstanz " + UUID.randomUUID(), KommuneKind.GEMEINDE,
				List.of(KONSTANZ_ARS), "08", null, null, null, false));
		// when
		ProfileReport report = reports.forKommune(id, Locale.GERMAN);
		// then the latest year, and the pyramid adds up to the published total 87,178
		assertThat(report.area()).isIn(KONSTANZ, KONSTANZ_ARS);
		assertThat(report.demography().year()).isEqualTo(2025);
		List<PyramidRow> pyramid = report.demography().pyramid();
		assertThat(pyramid).hasSize(18);
		assertThat(pyramid.get(0).label()).isEqualTo("0–4");
		assertThat(pyramid.get(17).label()).isEqualTo("85+");
		assertThat(pyramid.stream().mapToDouble(r -> r.male() + r.female()).sum()).isEqualTo(87_178);
		assertThat(report.demography().pyramidInterpolated()).isFalse();
		// with the pyramid of 2015 as its outline
		assertThat(report.demography().outlineYear()).isEqualTo(2015);
		assertThat(report.demography().outline()).hasSize(18);
		// the indicator table holds exactly the computed values (old-age ratio 2025: P(65+) / P(20..64) × 100)
		Indicators computed = indicators.compute(report.area(), 2025);
		IndicatorRow oldAge = row(report, "old_age_ratio");
		assertThat(oldAge.value().value()).isCloseTo(17_701.0 / 55_029 * 100, within(1e-9));
		for (IndicatorRow row : report.demography().indicators()) {
			IndicatorValue expected = computed.value(row.definition().id()).orElseThrow();
			assertThat(row.value().value()).as(row.definition().id()).isEqualTo(expected.value());
		}
		assertThat(report.demography().indicators()).extracting(r -> r.definition().id())
			.contains("population", "mean_age", "youth_ratio", "share_65_plus", "population_change_5y");
		// the population series and the definitions used
		assertThat(report.demography().population()).extracting(ProfileReport.PopulationPoint::year)
			.contains(2015, 2020, 2025);
		assertThat(report.demography().population().get(report.demography().population().size() - 1).value())
			.isEqualTo(87_178);
		assertThat(report.definitions()).extracting(d -> d.id()).contains("old_age_ratio", "mean_age");
		// every number traces to its dataset: the sources appendix lists the 2025 register extract with provenance
		Source source2025 = report.sources().stream().filter(s -> s.id().equals(datasets.get(2025))).findFirst()
			.orElseThrow();
		assertThat(source2025.info()).isNotNull();
		assertThat(source2025.info().fileName()).isEqualTo("pyramide_2025.csv");
		assertThat(source2025.synthetic()).isFalse();
		assertThat(report.demography().pyramidRefs()).contains(source2025.number()).hasSize(2);
		assertThat(oldAge.refs()).contains(source2025.number());
		assertThat(report.synthetic(report.demography().pyramidRefs())).isFalse();
	}

	@Test
	void anAreaThatIsNoKommunesGetsTheDataSectionsOnly() throws Exception {
		// given
		importKonstanz(imports, indicators, 2025);
		// when
		ProfileReport report = reports.forArea(KONSTANZ, Locale.GERMAN);
		// then
		assertThat(report.kommune()).isNull();
		assertThat(report.areaName()).contains("Konstanz");
		assertThat(report.hasData()).isTrue();
		assertThat(report.demography().quarters()).isEmpty();
	}

	@Test
	void theDemoKommunenHaveSyntheticAgeDetailScaledToTheirPublishedTotal() {
		// given the demo content (loaded at start with the real age structure of Germany)
		Assumptions.assumeTrue(Files.isDirectory(Path.of("../shared/data/genesis")), "real data not available");
		Kommune bremerhaven = kommunen.findAll().stream().filter(k -> k.name().equals("Stadt Bremerhaven"))
			.findFirst().orElseThrow();
		// when
		ProfileReport report = reports.forKommune(bremerhaven.id(), Locale.GERMAN);
		// then the published 119,357 (1.1.2024 = 31.12.2023), its age detail labelled synthetic by its provenance
		assertThat(report.demography().year()).isEqualTo(2023);
		assertThat(report.demography().pyramid().stream().mapToDouble(r -> r.male() + r.female()).sum())
			.isEqualTo(119_357);
		assertThat(report.synthetic(report.demography().pyramidRefs())).isTrue();
		Source source = report.source(report.demography().pyramidRefs().iterator().next()).orElseThrow();
		assertThat(source.info().licence()).startsWith("synthetisch – Altersgliederung aus Bundesstruktur");
		assertThat(source.info().importedBy()).isEqualTo("demo");
		assertThat(row(report, "share_65_plus").refs()).contains(source.number());
	}

	@Test
	void quartersWithDataAreListedAndMapped() throws Exception {
		// given a Kommune on Konstanz with two quarters with boundaries, one with population data
		importKonstanz(imports, indicators, 2025);
		KommuneId id = kommunen.create(new NewKommune("Quartierstadt " + UUID.randomUUID(), KommuneKind.STADT,
				List.of(KONSTANZ_ARS), "08", null, null, null, false));
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		String old = quarters.create(id, new NewQuarter("A" + suffix, "Altstadt", square(9.17, 47.66)));
		quarters.create(id, new NewQuarter("B" + suffix, "Neubaugebiet", square(9.19, 47.67)));
		String csv = "area,date,sex,age_from,age_to,value\n" + old + ",2025-12-31,m,0,65,300\n" + old
				+ ",2025-12-31,m,65,,100\n" + old + ",2025-12-31,f,0,65,280\n" + old + ",2025-12-31,f,65,,120\n";
		ImportResult imported = imports.importFile(new ImportRequest("quartiere-" + suffix + ".csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), FileFormat.CANONICAL, ParseOptions.NONE, true,
				id, null, null));
		assertThat(imported.success()).as(imported.problems().toString()).isTrue();
		indicators.invalidate();
		// when
		ProfileReport report = reports.forKommune(id, Locale.GERMAN);
		// then the quarter with data has its population and share 65+ (220 / 800 × 100), the other none
		assertThat(report.demography().quarters()).hasSize(2);
		ProfileReport.QuarterRow altstadt = report.demography().quarters().stream()
			.filter(q -> q.name().equals("Altstadt")).findFirst().orElseThrow();
		assertThat(altstadt.population()).isEqualTo(800);
		assertThat(altstadt.share65Plus()).isCloseTo(220.0 / 800 * 100, within(1e-9));
		assertThat(report.source(altstadt.refs().iterator().next()).orElseThrow().id()).isEqualTo(imported.dataset());
		assertThat(report.demography().quarters().stream().filter(q -> q.name().equals("Neubaugebiet")).findFirst()
			.orElseThrow().population()).isNull();
		assertThat(report.demography().quarterMap()).startsWith("<svg").contains("Altstadt", "Neubaugebiet");
	}

	private static String square(double lon, double lat) {
		double d = 0.005;
		return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + d) + "," + lat + "],["
				+ (lon + d) + "," + (lat + d) + "],[" + lon + "," + (lat + d) + "],[" + lon + "," + lat + "]]]}";
	}

	private static IndicatorRow row(ProfileReport report, String id) {
		return report.demography().indicators().stream().filter(r -> r.definition().id().equals(id)).findFirst()
			.orElseThrow(() -> new AssertionError("no row " + id));
	}
}
