package de.daks.projection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.daks.shared.Sex;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.Observation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("no-database")
class ProjectCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

	@Test
	void anExplicitFemaleOnlyScenarioInFiveYearStepsIsProjectedAsComputedByHand() throws Exception {
		// given: the hand computation of CohortComponentTests as a scenario file, no men, net counts at the end
		Path scenario = dir.resolve("s.json");
		Files.writeString(scenario, """
				{ "step": 5, "baseDate": "2025-12-31", "steps": 1,
				  "population": { "f": [100, 80, 60] },
				  "fertility": [0, 0.1, 0.02],
				  "survival": { "f": [0.9, 0.8, 0.5] },
				  "birthSurvival": { "f": 0.95 },
				  "sexRatioAtBirth": 1.05,
				  "migration": { "type": "net-count", "f": [0, 2, -1], "timing": "end" } }
				""");
		Path csv = dir.resolve("out.csv");

		// when
		int exit = new ProjectCommand().run(List.of("--scenario", scenario.toString(), "--out", csv.toString()), out);

		// then: survivors + 5 years of annual net counts; births from the mean women at both ends (migrants included)
		assertThat(exit).isZero();
		List<Observation> rows = CanonicalCsv.read(new StringReader(Files.readString(csv))).observations();
		assertThat(rows).hasSize(3).allMatch(o -> o.sex() == Sex.FEMALE && o.date().toString().equals("2030-12-31"));
		double p1 = 100 * 0.9 + 5 * 2;
		double p2 = 80 * 0.8 + 60 * 0.5 - 5 * 1;
		double births = 5 * (0.1 * (80 + p1) / 2 + 0.02 * (60 + p2) / 2);
		assertThat(rows.get(0).value()).isCloseTo(births / 2.05 * 0.95, within(1e-6));
		assertThat(rows.get(1).value()).isCloseTo(p1, within(1e-6));
		assertThat(rows.get(2).value()).isCloseTo(p2, within(1e-6));
		assertThat(rows.get(2).age().isOpen()).isTrue();
		assertThat(rows.get(1).age().from()).isEqualTo(5);
	}

	@Test
	void aBrokenScenarioNamesTheField() throws Exception {
		// given
		Path scenario = dir.resolve("s.json");
		Files.writeString(scenario, """
				{ "step": 1, "baseDate": "2025-12-31", "steps": 2, "population": { "f": [1, 2, 3] },
				  "fertility": [0], "survival": { "f": [0.9, 0.8] }, "birthSurvival": { "f": 0.99 } }
				""");

		// when
		int exit = new ProjectCommand().run(List.of("--scenario", scenario.toString(), "--out",
				dir.resolve("o.csv").toString()), out);

		// then
		assertThat(exit).isEqualTo(1);
		assertThat(console.toString(StandardCharsets.UTF_8)).contains("field survival.f has 2 entries, population 3");
	}

	@Test
	void aCanonicalPopulationIsProjectedWithIntervalsForEveryProjectedYear() throws Exception {
		// given: a synthetic area with single years 0..10+ for 2015..2020 and births/deaths totals
		Path population = dir.resolve("p.csv");
		StringBuilder csv = new StringBuilder("area,date,sex,age_from,age_to,value,measure\n");
		for (int year = 2015; year <= 2020; year++) {
			for (String sex : new String[] { "f", "m" }) {
				for (int age = 0; age <= 10; age++) {
					double value = 100 + 3 * (year - 2015) + age;
					csv.append("X1,").append(year).append("-12-31,").append(sex).append(',').append(age).append(',')
						.append(age == 10 ? "" : Integer.toString(age + 1)).append(',').append(value)
						.append(",population\n");
				}
			}
			csv.append("X1,").append(year).append("-12-31,t,0,,50,births\n");
			csv.append("X1,").append(year).append("-12-31,t,0,,30,deaths\n");
		}
		Files.writeString(population, csv);
		Path result = dir.resolve("r.csv");

		// when
		int exit = new ProjectCommand().run(List.of("--population", population.toString(), "--area", "X1",
				"--base-year", "2020", "--horizon", "3", "--method", "cohort-component", "--out", result.toString()), out);

		// then: 3 years × 2 sexes × 11 ages, p10 ≤ value ≤ p90 in the header's extra columns
		assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
		List<String> lines = Files.readAllLines(result);
		assertThat(lines.get(0)).isEqualTo("area,date,sex,age_from,age_to,value,p10,p90");
		assertThat(lines).hasSize(1 + 3 * 2 * 11);
		List<double[]> bounds = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			bounds.add(new double[] { Double.parseDouble(f[6]), Double.parseDouble(f[7]) });
		}
		assertThat(bounds).allMatch(b -> b[0] <= b[1]);
		assertThat(lines.get(1)).startsWith("X1,2021-12-31,f,0,1,");
	}

	@Test
	void unknownArgumentsAreAUsageError() throws Exception {
		assertThat(new ProjectCommand().run(List.of("--populaton", "x", "--out", "y"), out)).isEqualTo(2);
		assertThat(console.toString(StandardCharsets.UTF_8)).contains("unknown argument '--populaton'");
	}
}
