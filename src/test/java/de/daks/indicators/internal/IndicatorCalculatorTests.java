package de.daks.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.daks.indicators.IndicatorCatalogue;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.indicators.NotComputable;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.DatasetId;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The arithmetic of the calculator on small made-up populations with the real catalogue. */
@Tag("no-database")
class IndicatorCalculatorTests {

	private static final String AREA = "05358";

	private static final DatasetId DATA = DatasetId.random();

	private final IndicatorCatalogue catalogue = TestCatalogue.load();

	private static Observation p(int year, Sex sex, AgeBand band, double value) {
		return Observation.population(AREA, LocalDate.of(year, 12, 31), sex, band, value);
	}

	private static Observation flow(Measure measure, int year, AgeBand band, double value) {
		return new Observation(AREA, LocalDate.of(year, 12, 31), measure, Sex.TOTAL, band, value);
	}

	private Indicators compute(List<Observation> observations, int year, BigDecimal km2) {
		return new IndicatorCalculator(ObservationSource.of(observations, DATA), km2)
			.compute(catalogue.all(), AREA, year);
	}

	private static double value(Indicators indicators, String id) {
		return indicators.value(id).map(IndicatorValue::value)
			.orElseThrow(() -> new AssertionError(id + ": " + indicators.reason(id).orElseThrow()));
	}

	@Test
	void fiveYearBandsTileTheRatiosButNotBoundsInsideABand() {
		// given 2025 in five-year bands 0–4 … 80–84 of 100 each and 85+ of 50, sex total only
		List<Observation> data = new ArrayList<>();
		for (int from = 0; from < 85; from += 5) {
			data.add(p(2025, Sex.TOTAL, AgeBand.of(from, from + 5), 100));
		}
		data.add(p(2025, Sex.TOTAL, AgeBand.openFrom(85), 50));
		// when
		Indicators result = compute(data, 2025, null);
		// then 20–64 = 9 bands, 65+ = 4 bands + 85+, 0–19 = 4 bands
		assertThat(value(result, "old_age_ratio")).isCloseTo((4 * 100 + 50.0) / (9 * 100) * 100, within(1e-9));
		assertThat(value(result, "youth_ratio")).isCloseTo(4 * 100.0 / 900 * 100, within(1e-9));
		assertThat(value(result, "population")).isEqualTo(17 * 100 + 50);
		// 0–17 and 18–64 cut through the band 15–19: not computable, never estimated
		NotComputable destatis = result.reason("youth_ratio_destatis").orElseThrow();
		assertThat(destatis.reason()).isEqualTo("ages-not-covered");
		assertThat(destatis.detail()).contains("0–17").contains("stored: 0–4, 5–9");
		assertThat(result.reason("age_group_0_2").orElseThrow().reason()).isEqualTo("ages-not-covered");
		assertThat(result.reason("mean_age").orElseThrow().reason()).isEqualTo("single-years-needed");
		assertThat(result.reason("median_age").orElseThrow().reason()).isEqualTo("single-years-needed");
	}

	@Test
	void theTotalIsMalePlusFemaleWhenNoTotalIsStoredAndAStoredTotalWins() {
		// given single years 0..99 and 100+ by sex: 10 men and 12 women per year of age
		List<Observation> data = new ArrayList<>();
		for (int age = 0; age < 100; age++) {
			data.add(p(2024, Sex.MALE, AgeBand.single(age), 10));
			data.add(p(2024, Sex.FEMALE, AgeBand.single(age), 12));
		}
		data.add(p(2024, Sex.MALE, AgeBand.openFrom(100), 1));
		data.add(p(2024, Sex.FEMALE, AgeBand.openFrom(100), 3));
		// when
		Indicators result = compute(data, 2024, new BigDecimal("12.5"));
		// then
		assertThat(value(result, "population")).isEqualTo(100 * 22 + 4);
		assertThat(value(result, "population_female")).isEqualTo(100 * 12 + 3);
		assertThat(value(result, "old_age_ratio")).isCloseTo((35 * 22 + 4.0) / (45 * 22) * 100, within(1e-9));
		assertThat(value(result, "density")).isCloseTo(2204 / 12.5, within(1e-9));
		// mean age: Σ (x + 0.5)·22 for x < 100, plus 100.5 · 4 for the open band 100+
		double weighted = 0;
		for (int age = 0; age < 100; age++) {
			weighted += (age + 0.5) * 22;
		}
		assertThat(value(result, "mean_age")).isCloseTo((weighted + 100.5 * 4) / 2204, within(1e-9));
		// median: half = 1,102 = 50 years of 22 + 2 → in the year 50: 50 + (1102 − 1100) / 22
		assertThat(value(result, "median_age")).isCloseTo(50 + 2.0 / 22, within(1e-9));
	}

	@Test
	void anOpenTopBandBelowNinetyIsNoGroundForAMeanAge() {
		// given single years 0..79 and 80+ (a table that stops early)
		List<Observation> data = new ArrayList<>();
		for (int age = 0; age < 80; age++) {
			data.add(p(2024, Sex.TOTAL, AgeBand.single(age), 10));
		}
		data.add(p(2024, Sex.TOTAL, AgeBand.openFrom(80), 100));
		// when
		Indicators result = compute(data, 2024, null);
		// then: the median (year 44) needs no ages above it, the mean does
		assertThat(value(result, "median_age")).isCloseTo(44 + (450.0 - 440) / 10, within(1e-9));
		assertThat(result.reason("mean_age").orElseThrow().detail()).contains("age 80");
		assertThat(value(result, "share_80_plus")).isCloseTo(100.0 / 900 * 100, within(1e-9));
	}

	@Test
	void ageSpecificMigrationAveragesNumeratorAndDenominatorOverFourYears() {
		// given 2022–2025: 18–24-year-olds 1,000 … 1,300, their in-moves 200 + 10·i and out-moves 150
		List<Observation> data = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			int year = 2022 + i;
			data.add(p(year, Sex.TOTAL, AgeBand.of(18, 25), 1000 + 100 * i));
			data.add(flow(Measure.IN_MOVES, year, AgeBand.of(18, 25), 200 + 10 * i));
			data.add(flow(Measure.OUT_MOVES, year, AgeBand.of(18, 25), 150));
		}
		// when
		Indicators y2025 = compute(data, 2025, null);
		Indicators y2024 = compute(data, 2024, null);
		// then Ø(50, 60, 70, 80) / Ø(1000, 1100, 1200, 1300) × 1000
		assertThat(value(y2025, "migration_education")).isCloseTo(65.0 / 1150 * 1000, within(1e-9));
		assertThat(y2025.value("migration_education").orElseThrow().calculation())
			.isEqualTo("Ø(50, 60, 70, 80) / Ø(1000, 1100, 1200, 1300) × 1000");
		// 2024 would need 2021
		assertThat(y2024.reason("migration_education").orElseThrow().reason()).isEqualTo("window-incomplete");
		assertThat(y2024.reason("migration_education").orElseThrow().detail()).contains("2021");
	}

	@Test
	void totalFertilityRateSumsAgeSpecificRatesOfSingleYears() {
		// given 100 women of every age 13..49 and births to mothers aged x: 5 for 20..39, 1 for 15..19 and 40..49
		List<Observation> data = new ArrayList<>();
		for (int age = 13; age < 50; age++) {
			data.add(p(2023, Sex.FEMALE, AgeBand.single(age), 100));
			double births = age < 15 ? 2 : age < 20 || age >= 40 ? 1 : 5;
			data.add(flow(Measure.BIRTHS_BY_MOTHER_AGE, 2023, AgeBand.single(age), births));
		}
		// when
		Indicators result = compute(data, 2023, null);
		// then 15–49: 20 · 5/100 + 15 · 1/100; 13–49 adds 2 · 2/100
		assertThat(value(result, "tfr")).isCloseTo(20 * 0.05 + 15 * 0.01, within(1e-9));
		assertThat(value(result, "tfr_13_49")).isCloseTo(20 * 0.05 + 15 * 0.01 + 2 * 0.02, within(1e-9));
	}

	@Test
	void birthsMinusDeathsAndChangeNeedTheirYears() {
		// given population 2015 and 2025 and births/deaths 2025
		List<Observation> data = List.of(p(2015, Sex.TOTAL, AgeBand.ALL, 1000), p(2025, Sex.TOTAL, AgeBand.ALL, 900),
				flow(Measure.BIRTHS, 2025, AgeBand.ALL, 7), flow(Measure.DEATHS, 2025, AgeBand.ALL, 12));
		// when
		Indicators result = compute(data, 2025, null);
		// then
		assertThat(value(result, "natural_balance")).isEqualTo(-5);
		assertThat(value(result, "natural_balance_rate")).isCloseTo(-5.0 / 900 * 1000, within(1e-9));
		assertThat(value(result, "population_change_10y")).isCloseTo(-10, within(1e-9));
		assertThat(result.reason("population_change_5y").orElseThrow().detail()).isEqualTo("population 2020");
		assertThat(result.reason("migration_balance").orElseThrow().reason()).isEqualTo("no-data");
	}
}
