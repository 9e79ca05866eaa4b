package de.daks.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.daks.indicators.IndicatorCatalogue;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.indicators.InMemoryStatisticsQueries;
import de.daks.indicators.KonstanzRegister;
import de.daks.statistics.DatasetId;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Indicators of Konstanz from the real register data (../shared/data/konstanz, CC0 Stadt Konstanz), each expected
 * value written as arithmetic on sums taken by hand from pyramide_2025.csv (German + non-German, male + female), and
 * cross-checked with what the city publishes (jugend_altenquote.csv, nach_altersgruppe.csv, wohnbevoelkerung.csv).
 */
@Tag("no-database")
class KonstanzIndicatorTests {

	private static final DatasetId PYRAMIDS = DatasetId.random();

	private static final DatasetId FLOWS = DatasetId.random();

	private static IndicatorCatalogue catalogue;

	private static Indicators y2025;

	@BeforeAll
	static void computeKonstanz2025() {
		KonstanzRegister.assumeAvailable();
		catalogue = TestCatalogue.load();
		InMemoryStatisticsQueries store = new InMemoryStatisticsQueries().add(FLOWS, KonstanzRegister.flows());
		for (int year : List.of(2015, 2020, 2022, 2023, 2024, 2025)) {
			store.add(PYRAMIDS, KonstanzRegister.pyramid(year));
		}
		// given the register data of Konstanz; when every indicator of the catalogue is computed for 2025
		y2025 = new IndicatorCalculator(ObservationSource.of(store, KonstanzRegister.AREA), null)
			.compute(catalogue.all(), KonstanzRegister.AREA, 2025);
	}

	private static double value(String id) {
		return y2025.value(id).map(IndicatorValue::value)
			.orElseThrow(() -> new AssertionError(id + " not computable: " + y2025.reason(id).orElseThrow()));
	}

	@Test
	void populationIsTheCitysPublishedTotal() {
		// then: Σ of all cells of pyramide_2025.csv = 87,178, the total of wohnbevoelkerung.csv for 2025
		assertThat(value("population")).isEqualTo(87_178);
		assertThat(value("population_female")).isEqualTo(45_656);
		assertThat(value("population_male")).isEqualTo(41_522);
	}

	@Test
	void oldAgeYouthAndTotalDependencyRatios() {
		// P(65+) = 17,701, P(20..64) = 55,029, P(0..19) = 14,448 (sums over pyramide_2025.csv)
		assertThat(value("old_age_ratio")).isCloseTo(17_701.0 / 55_029 * 100, within(1e-9)); // 32.17
		assertThat(value("youth_ratio")).isCloseTo(14_448.0 / 55_029 * 100, within(1e-9)); // 26.26
		assertThat(value("total_dependency_ratio"))
			.isCloseTo((14_448.0 + 17_701) / 55_029 * 100, within(1e-9)) // 58.42
			.isCloseTo(value("youth_ratio") + value("old_age_ratio"), within(1e-9));
		// Destatis variant: P(0..17) = 12,362, P(18..64) = 57,115
		assertThat(value("youth_ratio_destatis")).isCloseTo(12_362.0 / 57_115 * 100, within(1e-9)); // 21.64
		assertThat(value("total_dependency_ratio_destatis"))
			.isCloseTo((12_362.0 + 17_701) / 57_115 * 100, within(1e-9));
	}

	@Test
	void sharesMatchWhatKonstanzPublishes() {
		// P(0..19) / P and P(60+) / P: jugend_altenquote.csv publishes 0.166 and 0.27 for 2025 (rounded)
		assertThat(value("share_under_20")).isCloseTo(14_448.0 / 87_178 * 100, within(1e-9)).isCloseTo(16.6,
				within(0.05));
		assertThat(value("share_60_plus")).isCloseTo(23_569.0 / 87_178 * 100, within(1e-9)).isCloseTo(27.0,
				within(0.05));
		// nach_altersgruppe.csv 2025: bis_18 = 12,362 and ueber_60 = 23,569 – the same sums
		assertThat(value("share_under_18")).isCloseTo(12_362.0 / 87_178 * 100, within(1e-9));
		assertThat(value("share_65_plus")).isCloseTo(17_701.0 / 87_178 * 100, within(1e-9));
		assertThat(value("share_80_plus")).isCloseTo(6_275.0 / 87_178 * 100, within(1e-9));
		// P(0..14) = 10,285
		assertThat(value("share_under_15_and_65_plus")).isCloseTo((10_285.0 + 17_701) / 87_178 * 100, within(1e-9));
	}

	@Test
	void meanAndMedianAge() {
		// Σ (x + 0.5) · P(x) = 3,720,426 (the open top class 105+ counted at 105.5)
		assertThat(value("mean_age")).isCloseTo(3_720_426.0 / 87_178, within(1e-9)); // 42.68
		// half = 43,589; P(0..38) = 42,797, P(39) = 1,111
		assertThat(value("median_age")).isCloseTo(39 + (87_178.0 / 2 - 42_797) / 1_111, within(1e-9)); // 39.71
	}

	@Test
	void functionalAgeGroupsAddUpToThePopulation() {
		Map<String, Double> groups = y2025.values().stream().filter(v -> v.definitionId().startsWith("age_group_"))
			.collect(Collectors.toMap(IndicatorValue::definitionId, IndicatorValue::value));
		assertThat(groups).containsExactlyInAnyOrderEntriesOf(Map.of("age_group_0_2", 1_905.0, "age_group_3_5",
				2_131.0, "age_group_6_9", 2_846.0, "age_group_10_15", 4_116.0, "age_group_16_18", 2_213.0,
				"age_group_19_24", 10_386.0, "age_group_25_44", 25_475.0, "age_group_45_64", 20_405.0,
				"age_group_65_79", 11_426.0, "age_group_80_plus", 6_275.0));
		assertThat(groups.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(87_178);
	}

	@Test
	void ratesOfBirthsDeathsAndMoves() {
		// natuerliche_entwicklung.csv 2025: 674 births, 841 deaths; zu_und_wegzug.csv: 7,979 in, 7,997 out
		assertThat(value("birth_rate")).isCloseTo(674.0 / 87_178 * 1000, within(1e-9)); // 7.73
		assertThat(value("natural_balance")).isEqualTo(674 - 841);
		assertThat(value("natural_balance_rate")).isCloseTo((674.0 - 841) / 87_178 * 1000, within(1e-9));
		assertThat(value("migration_balance")).isEqualTo(7_979 - 7_997);
		assertThat(value("migration_balance_rate")).isCloseTo((7_979.0 - 7_997) / 87_178 * 1000, within(1e-9));
	}

	@Test
	void populationChangeOverFiveAndTenYears() {
		// Σ pyramide_2020.csv = 85,179; Σ pyramide_2015.csv = 84,290
		assertThat(value("population_change_5y")).isCloseTo((87_178.0 - 85_179) / 85_179 * 100, within(1e-9));
		assertThat(value("population_change_10y")).isCloseTo((87_178.0 - 84_290) / 84_290 * 100, within(1e-9));
	}

	@Test
	void whatTheDataDoNotHoldIsNotComputableWithItsReason() {
		// Konstanz publishes no births by mother's age, no moves by age, no area in this store
		assertThat(y2025.reason("tfr").orElseThrow().reason()).isEqualTo("no-data");
		assertThat(y2025.reason("migration_education").orElseThrow().reason()).isEqualTo("window-incomplete");
		assertThat(y2025.reason("migration_education").orElseThrow().detail()).contains("in_moves 2022")
			.contains("18–24");
		assertThat(y2025.reason("density").orElseThrow().reason()).isEqualTo("no-area-size");
		assertThat(y2025.values().size() + y2025.notComputable().size()).isEqualTo(catalogue.size());
	}

	@Test
	void everyValueNamesItsDatasetsAndCalculation() {
		IndicatorValue oldAge = y2025.value("old_age_ratio").orElseThrow();
		assertThat(oldAge.datasets()).containsExactly(PYRAMIDS);
		assertThat(oldAge.calculation()).isEqualTo("17701 / 55029 × 100");
		assertThat(y2025.value("birth_rate").orElseThrow().datasets()).containsExactlyInAnyOrder(PYRAMIDS, FLOWS);
		assertThat(catalogue.get("old_age_ratio").formula(java.util.Locale.GERMAN)).isEqualTo("P(65+) / P(20–64) × 100");
	}

	@Test
	void publishedSharesAgreeInEveryYearWhoseRegisterTotalIsTheCitysTotal() throws IOException {
		// jugend_altenquote.csv: jahr,unter_20,ueber_60 (shares rounded to 3 decimals). The pyramids of 2001–2008 and
		// 2020 do not add up to the city's total in wohnbevoelkerung.csv (e.g. 2001: 79,889 vs 74,397; 2020: 85,179 vs
		// 85,837), so the published shares rest on other figures there; every other year must agree.
		Map<Integer, double[]> published = csv("jugend_altenquote.csv");
		Map<Integer, double[]> totals = csv("wohnbevoelkerung.csv");
		InMemoryStatisticsQueries store = new InMemoryStatisticsQueries();
		published.keySet().forEach(year -> store.add(PYRAMIDS, KonstanzRegister.pyramid(year)));
		IndicatorCalculator calculator = new IndicatorCalculator(ObservationSource.of(store, KonstanzRegister.AREA),
				null);
		var definitions = List.of(catalogue.get("population"), catalogue.get("share_under_20"),
				catalogue.get("share_60_plus"));
		Function<Integer, Indicators> compute = year -> calculator.compute(definitions, KonstanzRegister.AREA, year);
		Map<Integer, Indicators> consistent = published.keySet().stream().map(compute)
			.filter(c -> Math.abs(c.value("population").orElseThrow().value() - totals.get(c.year())[0]) <= 5)
			.collect(Collectors.toMap(Indicators::year, c -> c));
		assertThat(consistent.keySet()).hasSize(17).contains(2000, 2009, 2019, 2021, 2025).doesNotContain(2001, 2020);
		consistent.forEach((year, computed) -> {
			assertThat(computed.value("share_under_20").orElseThrow().value() / 100).as("under 20, %s", year)
				.isCloseTo(published.get(year)[0], within(0.0005 + 1e-9));
			assertThat(computed.value("share_60_plus").orElseThrow().value() / 100).as("60+, %s", year)
				.isCloseTo(published.get(year)[1], within(0.0005 + 1e-9));
		});
	}

	private static Map<Integer, double[]> csv(String file) throws IOException {
		return Files.readAllLines(KonstanzRegister.FOLDER.resolve(file)).stream().skip(1).map(String::strip)
			.filter(l -> !l.isEmpty()).map(l -> l.split(","))
			.collect(Collectors.toMap(c -> Integer.parseInt(c[0]),
					c -> java.util.Arrays.stream(c).skip(1).mapToDouble(Double::parseDouble).toArray()));
	}
}
