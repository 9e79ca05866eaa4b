package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.daks.projection.ProjectionResult.Row;
import de.daks.projection.engine.Population;
import de.daks.projection.engine.StandardSchedules;
import de.daks.projection.internal.ProjectionComputation;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The computation behind stored runs on the Konstanz history: quarters raked to the city, edited assumptions. */
@Tag("no-database")
class ProjectionComputationTests {

	static final String AREA = "08335043";

	@BeforeAll
	static void data() {
		KonstanzHistory.assumeAvailable();
	}

	@Test
	void quartersAreProjectedAndAddUpToTheKommuneInEveryCell() {
		// given Konstanz 2015–2020 and two synthetic quarters splitting it 30/70 with an age gradient
		StockSeries city = KonstanzHistory.raw();
		List<Observation> inputs = new ArrayList<>();
		for (int year = 2015; year <= 2020; year++) {
			double[][] s = city.stocks().get(year);
			LocalDate date = LocalDate.of(year, 12, 31);
			for (int sex = 0; sex < 2; sex++) {
				for (int x = 0; x < s[sex].length; x++) {
					AgeBand age = x == s[sex].length - 1 ? AgeBand.openFrom(x) : AgeBand.single(x);
					Sex sx = sex == 0 ? Sex.FEMALE : Sex.MALE;
					double share = 0.2 + 0.2 * x / s[sex].length;
					inputs.add(Observation.population(AREA, date, sx, age, s[sex][x]));
					inputs.add(Observation.population(AREA + "-Q-1", date, sx, age, s[sex][x] * share));
					inputs.add(Observation.population(AREA + "-Q-2", date, sx, age, s[sex][x] * (1 - share)));
				}
			}
		}
		ProjectionSettings settings = ProjectionSettings.defaults().withDraws(30);
		// when
		ProjectionComputation.Computed computed = ProjectionComputation.compute(inputs,
				List.of(AREA + "-Q-1", AREA + "-Q-2"), new ProjectionComputation.Spec(AREA, 2020, 10,
						"cohort-component", 5, settings));
		// then every quarter cell is non-negative and the quarters add up to the city in every cell and date
		Map<String, Double> city2030 = new HashMap<>();
		Map<String, Double> quarters2030 = new HashMap<>();
		for (Row r : computed.rows()) {
			if (r.sex() == Sex.TOTAL || !r.date().equals(LocalDate.of(2030, 12, 31))) {
				continue;
			}
			String cell = r.sex() + "/" + r.age();
			if (r.area().equals(AREA)) {
				city2030.merge(cell, r.value(), Double::sum);
			}
			else {
				assertThat(r.value()).isGreaterThanOrEqualTo(0);
				assertThat(r.p10()).isLessThanOrEqualTo(r.p90());
				quarters2030.merge(cell, r.value(), Double::sum);
			}
		}
		assertThat(quarters2030).hasSameSizeAs(city2030);
		city2030.forEach((cell, value) -> assertThat(quarters2030.get(cell)).as(cell).isCloseTo(value, within(1e-6)));
		assertThat(computed.notes()).anyMatch(n -> n.startsWith("2 quarter(s)"));
	}

	@Test
	void quartersInUnevenBandsWithoutSexesAreSplitAndRakedToTheKommune() {
		// given Konstanz 2015–2020 by single years and sexes, and two synthetic quarters (a 30/70 split with an age
		// gradient) as a quarter table has them: the thirteen bands of Köln's Stadtteile, both sexes together
		int[] bounds = { 0, 3, 6, 10, 15, 18, 25, 35, 45, 55, 60, 65, 75 };
		StockSeries city = KonstanzHistory.raw();
		List<Observation> inputs = new ArrayList<>();
		Map<String, Double> quarterTotals2020 = new HashMap<>();
		for (int year = 2015; year <= 2020; year++) {
			double[][] s = city.stocks().get(year);
			LocalDate date = LocalDate.of(year, 12, 31);
			double[][] bands = new double[2][bounds.length];
			for (int sex = 0; sex < 2; sex++) {
				for (int x = 0; x < s[sex].length; x++) {
					AgeBand age = x == s[sex].length - 1 ? AgeBand.openFrom(x) : AgeBand.single(x);
					inputs.add(Observation.population(AREA, date, sex == 0 ? Sex.FEMALE : Sex.MALE, age, s[sex][x]));
					int band = bounds.length - 1;
					while (bounds[band] > x) {
						band--;
					}
					double share = 0.2 + 0.2 * x / s[sex].length;
					bands[0][band] += s[sex][x] * share;
					bands[1][band] += s[sex][x] * (1 - share);
				}
			}
			for (int q = 0; q < 2; q++) {
				for (int b = 0; b < bounds.length; b++) {
					AgeBand age = b == bounds.length - 1 ? AgeBand.openFrom(bounds[b]) : AgeBand.of(bounds[b], bounds[b + 1]);
					inputs.add(Observation.population(AREA + "-Q-" + (q + 1), date, Sex.TOTAL, age, bands[q][b]));
				}
				if (year == 2020) {
					quarterTotals2020.put(AREA + "-Q-" + (q + 1), Arrays.stream(bands[q]).sum());
				}
			}
		}

		// when
		ProjectionComputation.Computed computed = ProjectionComputation.compute(inputs,
				List.of(AREA + "-Q-1", AREA + "-Q-2"), new ProjectionComputation.Spec(AREA, 2020, 10,
						"cohort-component", 5, ProjectionSettings.defaults().withDraws(30)));

		// then the quarters were split, not left out, and keep their totals in the base year
		assertThat(computed.notes()).anyMatch(n -> n.startsWith("2 quarter(s) in age bands: split into single years"))
			.noneMatch(n -> n.contains("left out"));
		for (Row r : computed.rows()) {
			if (r.sex() == Sex.TOTAL && r.age().equals(AgeBand.ALL) && r.date().getYear() == 2020
					&& quarterTotals2020.containsKey(r.area())) {
				assertThat(r.value()).as(r.area()).isCloseTo(quarterTotals2020.get(r.area()), within(1e-6));
			}
		}
		// and in 2030 they are by sex and single age, never negative, and add up to the city in every cell
		Map<String, Double> city2030 = new HashMap<>();
		Map<String, Double> quarters2030 = new HashMap<>();
		for (Row r : computed.rows()) {
			if (r.sex() == Sex.TOTAL || !r.date().equals(LocalDate.of(2030, 12, 31))) {
				continue;
			}
			(r.area().equals(AREA) ? city2030 : quarters2030).merge(r.sex() + "/" + r.age(), r.value(), Double::sum);
			assertThat(r.value()).isGreaterThanOrEqualTo(0);
		}
		assertThat(quarters2030).hasSameSizeAs(city2030);
		city2030.forEach((cell, value) -> assertThat(quarters2030.get(cell)).as(cell).isCloseTo(value, within(1e-6)));
	}

	@Test
	void bandsThatLeaveAGapNameTheAreaYearAndBand() {
		// given a quarter with 0–9 and 15+ (10–14 missing)
		StockSeries city = KonstanzHistory.raw();
		LocalDate date = LocalDate.of(2020, 12, 31);
		List<Observation> rows = List.of(Observation.population("Q", date, Sex.TOTAL, AgeBand.of(0, 10), 100),
				Observation.population("Q", date, Sex.TOTAL, AgeBand.openFrom(15), 900));

		// when / then
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> StockSeries.split(rows, "Q", city))
			.withMessageContaining("Q 2020: age band 15+")
			.withMessageContaining("expected one from 10");
	}

	@Test
	void editedAssumptionsReachTheirTargets() {
		// given
		StockSeries city = KonstanzHistory.raw();
		ProjectionMethods.DerivedAssumptions derived = ProjectionMethods.derivedAssumptions(city, 2020, 5,
				de.daks.projection.engine.Timing.HALF_BEFORE_HALF_AFTER);
		Double[] net = new Double[18];
		net[4] = derived.netMigration()[4] + 1000;
		ProjectionMethods.Settings settings = ProjectionMethods.Settings.DEFAULT;
		// when
		// (an edited net migration switches model averaging off, so the comparison run keeps the derived value)
		Double[] same = new Double[18];
		same[4] = derived.netMigration()[4];
		ProjectionRun plain = ProjectionMethods.cohortComponent(city, 2020, 1, 5, settings,
				new ProjectionMethods.Overrides(null, null, null, same));
		ProjectionRun averaged = ProjectionMethods.cohortComponent(city, 2020, 1, 5, settings);
		ProjectionRun moreMigrants = ProjectionMethods.cohortComponent(city, 2020, 1, 5, settings,
				new ProjectionMethods.Overrides(null, null, null, net));
		ProjectionRun moreBirths = ProjectionMethods.cohortComponent(city, 2020, 1, 5, settings,
				new ProjectionMethods.Overrides(derived.tfr() * 1.5, null, null, null));
		// then: 1,000 more net migrants aged 20–24 (half of them exposed to a year of mortality near zero)
		double[] plainGroups = Backtest.fiveYearGroups(plain.point()[1], 1);
		double[] moreGroups = Backtest.fiveYearGroups(moreMigrants.point()[1], 1);
		assertThat(moreGroups[4] - plainGroups[4]).isCloseTo(1000, within(1.0));
		assertThat(moreGroups[3]).isCloseTo(plainGroups[3], within(1e-9));
		// and 50 % more births per woman: the age-0 group grows by about half (births use the mean of the women at
		// the start and the end of the year, and the end differs a little between the two runs)
		double plainInfants = averaged.point()[1][0][0] + averaged.point()[1][1][0];
		double moreInfants = moreBirths.point()[1][0][0] + moreBirths.point()[1][1][0];
		assertThat(moreInfants / plainInfants).isCloseTo(1.5, within(0.05));
		assertThat(moreBirths.notes()).anyMatch(n -> n.startsWith("edited assumptions: TFR"));
		// and without edited migration the default averages net counts, net rates and gross flows (Konstanz has its
		// out-moves); with edited migration it keeps the net counts
		assertThat(averaged.notes()).anyMatch(n -> n.contains("mean of 3 models (net counts, net rates, gross flows"));
		assertThat(moreMigrants.notes()).anyMatch(n -> n.endsWith("annual net counts"));
		// and the life expectancy factor reproduces the life expectancy asked for
		for (int sex : new int[] { Population.FEMALE, Population.MALE }) {
			double k = ProjectionMethods.factorFor(sex, 80.0);
			assertThat(StandardSchedules.lifeTable(sex).scaled(k).lifeExpectancy()).isCloseTo(80.0, within(1e-6));
		}
		assertThat(Arrays.stream(derived.netMigration()).sum()).isFinite();
	}
}
