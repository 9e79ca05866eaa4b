package de.daks.profile.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.DatasetId;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyramidBandsTests {

	static final LocalDate DATE = LocalDate.of(2025, 12, 31);

	static final DatasetId SINGLE = DatasetId.random();

	static final DatasetId GROUPS = DatasetId.random();

	private static SourcedObservation obs(Sex sex, AgeBand age, double value, DatasetId dataset) {
		return new SourcedObservation(Observation.population("X", DATE, sex, age, value), dataset);
	}

	@Test
	void singleYearsBecomeFiveYearBandsWithTheOpenTopAt85() {
		// given single years 0..99 with value = age + 1 and 100+ = 7, for both sexes, plus totals
		List<SourcedObservation> data = new ArrayList<>();
		for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
			for (int age = 0; age < 100; age++) {
				data.add(obs(sex, AgeBand.single(age), age + 1, SINGLE));
			}
			data.add(obs(sex, AgeBand.openFrom(100), 7, SINGLE));
			data.add(obs(sex, AgeBand.ALL, 5057, GROUPS));
		}
		// when
		PyramidBands.Result result = PyramidBands.of(data);
		// then 0–4 = 1+2+3+4+5, 85+ = 86+…+100 + 7, totals ignored
		assertThat(result.bands()).hasSize(18);
		assertThat(result.bands().get(0).male()).isEqualTo(1 + 2 + 3 + 4 + 5);
		assertThat(result.bands().get(17).label()).isEqualTo("85+");
		assertThat(result.bands().get(17).female()).isEqualTo((86 + 100) * 15 / 2.0 + 7);
		assertThat(result.total()).isEqualTo(2 * (100 * 101 / 2.0 + 7));
		assertThat(result.interpolated()).isFalse();
		assertThat(result.datasets()).containsExactly(SINGLE);
	}

	@Test
	void officialGroupsCrossingABoundaryAreSplitEvenlyAndAnOpenBandLowersTheTop() {
		// given 0–2 (3), 3–5 (6: 3 years), 6–74 in one band (69), 75+ (10)
		List<SourcedObservation> data = new ArrayList<>();
		for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
			data.add(obs(sex, AgeBand.of(0, 3), 3, GROUPS));
			data.add(obs(sex, AgeBand.of(3, 6), 6, GROUPS));
			data.add(obs(sex, AgeBand.of(6, 75), 69, GROUPS));
			data.add(obs(sex, AgeBand.openFrom(75), 10, GROUPS));
		}
		// when
		PyramidBands.Result result = PyramidBands.of(data);
		// then 0–4 = 3 + 2·2, 5–9 = 1·2 + 4·1, top band 75+
		assertThat(result.interpolated()).isTrue();
		assertThat(result.bands().get(0).male()).isEqualTo(3 + 4);
		assertThat(result.bands().get(1).male()).isEqualTo(2 + 4);
		assertThat(result.bands().get(result.bands().size() - 1).label()).isEqualTo("75+");
		assertThat(result.bands().get(result.bands().size() - 1).male()).isEqualTo(10);
		assertThat(result.total()).isEqualTo(2 * (3 + 6 + 69 + 10));
	}

	@Test
	void incompleteAgeDetailGivesNoPyramid() {
		// given a gap at 5..9 for women
		List<SourcedObservation> data = List.of(obs(Sex.MALE, AgeBand.of(0, 5), 1, SINGLE),
				obs(Sex.MALE, AgeBand.openFrom(5), 1, SINGLE), obs(Sex.FEMALE, AgeBand.of(0, 5), 1, SINGLE),
				obs(Sex.FEMALE, AgeBand.openFrom(10), 1, SINGLE));
		// when / then
		assertThat(PyramidBands.of(data).isEmpty()).isTrue();
	}

	@Test
	void theSyntheticStructureAddsUpToThePublishedTotalExactly() {
		// given a structure of Germany in three bands and a published total
		List<PyramidBands.Band> structure = List.of(new PyramidBands.Band(AgeBand.of(0, 5), 1, 1),
				new PyramidBands.Band(AgeBand.of(5, 10), 1, 1), new PyramidBands.Band(AgeBand.openFrom(10), 1, 1));
		// when
		List<Observation> scaled = DemoPopulation.scale(structure, "04012", DATE, 1_000);
		// then six whole cells adding up to 1,000 (largest remainders, ties in order), plus the total
		assertThat(scaled).hasSize(7);
		assertThat(scaled.stream().filter(o -> o.sex() != Sex.TOTAL).mapToDouble(Observation::value).sum())
			.isEqualTo(1_000);
		assertThat(scaled).allMatch(o -> o.value() == Math.rint(o.value()));
		assertThat(scaled.stream().filter(o -> o.sex() == Sex.MALE).mapToDouble(Observation::value).toArray())
			.containsExactly(167, 167, 166);
		assertThat(scaled.get(6)).isEqualTo(Observation.population("04012", DATE, Sex.TOTAL, AgeBand.ALL, 1_000));
	}
}
