package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RandomSelectionTests {

	@Test
	void theSampleMirrorsTheListsStrataAndIsRandomWithinThem() {
		// given: 1,000 residents, 60 % in the north quarter, ages and sexes mixed
		StringBuilder csv = new StringBuilder("Name;Alter;Geschlecht;Quartier\n");
		for (int i = 0; i < 1000; i++) {
			csv.append("Person ").append(i).append(';').append(16 + (i * 7) % 80).append(';')
				.append(i % 2 == 0 ? "w" : "m").append(';').append(i % 10 < 6 ? "Nord" : "Süd").append('\n');
		}
		// when
		RandomSelection.Result result = RandomSelection.draw(csv.toString(), 100, new Random(42));
		RandomSelection.Result other = RandomSelection.draw(csv.toString(), 100, new Random(7));
		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.sample()).hasSize(100).doesNotHaveDuplicates();
		// each stratum rounds on its own, so the margins are close to, not exactly, the list's shares
		assertThat(result.sample().stream().filter(p -> p.quarter().equals("Nord")).count()).isBetween(55L, 65L);
		assertThat(result.sample().stream().filter(p -> p.sex().equals("w")).count()).isBetween(45L, 55L);
		for (RandomSelection.Stratum stratum : result.strata()) {
			double exact = 100.0 * stratum.listed() / 1000;
			assertThat((double) stratum.drawn()).isBetween(Math.floor(exact), Math.ceil(exact));
		}
		assertThat(result.strata().stream().mapToInt(RandomSelection.Stratum::drawn).sum()).isEqualTo(100);
		assertThat(other.sample()).isNotEqualTo(result.sample());
	}

	@Test
	void badLinesAreReportedWithLineAndNothingIsDrawn() {
		// when
		RandomSelection.Result result = RandomSelection.draw("""
				name,alter,geschlecht,quartier
				Ada,34,w,Mitte
				Bo,vierzig,m,Mitte
				,50,x,Nord
				""", 1, new Random(1));
		// then
		assertThat(result.sample()).isEmpty();
		assertThat(result.problems()).extracting(RandomSelection.Problem::line, RandomSelection.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "workshop.selection.age"),
					org.assertj.core.groups.Tuple.tuple(4, "workshop.selection.sex"),
					org.assertj.core.groups.Tuple.tuple(4, "workshop.selection.name"));
	}

	@Test
	void theComparisonGivesTheSharesOfSampleAndPopulationAndTheirDifference() {
		// given: 100 people 0–4 (half women), 300 people 15–19 and 20–24, 100 people 85+
		List<SampleComparison.Band> bands = List.of(new SampleComparison.Band(0, 5, 50, 50),
				new SampleComparison.Band(15, 20, 100, 50), new SampleComparison.Band(20, 25, 75, 75),
				new SampleComparison.Band(85, null, 20, 80));
		List<RandomSelection.Person> sample = List.of(new RandomSelection.Person(2, "A", 3, "w", "N"),
				new RandomSelection.Person(3, "B", 17, "m", "N"), new RandomSelection.Person(4, "C", 90, "d", "N"),
				new RandomSelection.Person(5, "D", 22, "w", "N"));
		// when
		SampleComparison comparison = SampleComparison.of(sample, 2023, bands);
		// then
		assertThat(comparison.year()).isEqualTo(2023);
		SampleComparison.Row young = comparison.rows().get(1);
		assertThat(young.label()).isEqualTo("15–29");
		assertThat(young.count()).isEqualTo(2);
		assertThat(young.sample()).isEqualTo(50.0);
		assertThat(young.population()).isEqualTo(60.0);
		assertThat(young.difference()).isEqualTo(-10.0);
		assertThat(comparison.rows().get(5).population()).isEqualTo(20.0);
		SampleComparison.Row women = comparison.rows().get(6);
		assertThat(women.label()).isEqualTo("w");
		assertThat(women.population()).isEqualTo(51.0);
		assertThat(comparison.rows().get(8).population()).isNull();
		// a band crossing an age group is split evenly over its years
		assertThat(SampleComparison.overlap(new SampleComparison.Band(10, 20, 1, 1), 15, 29)).isEqualTo(0.5);
		// without a population only the sample's shares
		assertThat(SampleComparison.of(sample, null, List.of()).hasPopulation()).isFalse();
	}
}
