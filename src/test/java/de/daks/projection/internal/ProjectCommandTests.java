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

	/**
	 * The textbook example: Preston, Heuveline and Guillot, Demography (2001), Box 6.1 – the closed female population
	 * of Sweden, 1993, projected to 1998 in five-year groups 0–4 … 80–84, 85+ with the 1993 female life table (5Lx per
	 * 100,000 births, T85 for the open group) and the age-specific fertility rates of 1993. Inputs as printed in the
	 * book (also in G. Rodríguez's course data {@code sweden93.dat}, Princeton). The book's projected numbers were not
	 * available here, so the expected values are the book's formulas written out as arithmetic: survivors {@code
	 * N(x+5) = N(x)·5L(x+5)/5L(x)}, the open group {@code (N(80) + N(85+))·T85/T80}, births {@code B = 5·Σ f(x)·½[N(x,
	 * 1993) + N(x, 1998)]}, girls {@code B/2.05}, surviving to 0–4 with {@code 5L0/(5·l0)}; compared to the person.
	 */
	@Test
	void theSwedishFemaleProjectionOfPrestonBox61IsReproducedToThePerson() throws Exception {
		// given
		double[] n93 = { 293395, 248369, 240012, 261346, 285209, 314388, 281290, 286923, 304108, 324946, 247613, 211351,
				215140, 221764, 223506, 183654, 141990, 112424 };
		double[] bigL = { 497487, 497138, 496901, 496531, 495902, 495168, 494213, 492760, 490447, 486613, 480665, 471786,
				457852, 436153, 402775, 350358, 271512, 291707 };
		double[] f = { 0, 0, 0, 0.0120, 0.0908, 0.1499, 0.1125, 0.0441, 0.0074, 0.0003, 0, 0, 0, 0, 0, 0, 0, 0 };
		double[] survival = new double[18];
		for (int x = 0; x < 16; x++) {
			survival[x] = bigL[x + 1] / bigL[x];
		}
		survival[16] = bigL[17] / (bigL[16] + bigL[17]);
		survival[17] = survival[16];
		Path scenario = dir.resolve("sweden.json");
		Files.writeString(scenario, String.format(java.util.Locale.ROOT, """
				{ "step": 5, "baseDate": "1993-12-31", "steps": 1,
				  "population": { "f": %s }, "fertility": %s, "survival": { "f": %s },
				  "birthSurvival": { "f": %s }, "sexRatioAtBirth": 1.05 }
				""", java.util.Arrays.toString(n93), java.util.Arrays.toString(f), java.util.Arrays.toString(survival),
				bigL[0] / 500000));
		Path csv = dir.resolve("sweden.csv");

		// when
		int exit = new ProjectCommand().run(List.of("--scenario", scenario.toString(), "--out", csv.toString()), out);

		// then
		assertThat(exit).isZero();
		List<Observation> rows = CanonicalCsv.read(new StringReader(Files.readString(csv))).observations();
		double[] n98 = new double[18];
		for (int x = 1; x < 17; x++) {
			n98[x] = n93[x - 1] * bigL[x] / bigL[x - 1];
		}
		n98[17] = (n93[16] + n93[17]) * bigL[17] / (bigL[16] + bigL[17]);
		double births = 0;
		for (int x = 3; x <= 9; x++) {
			births += 5 * f[x] * (n93[x] + n98[x]) / 2;
		}
		n98[0] = births / 2.05 * bigL[0] / 500000;
		assertThat(rows).hasSize(18);
		for (int x = 0; x < 18; x++) {
			assertThat(Math.round(rows.get(x).value())).as("age group " + 5 * x).isEqualTo(Math.round(n98[x]));
		}
		// the cohorts as the book reads them: 0–4 in 1993 (293,395) are 5–9 in 1998
		assertThat(Math.round(rows.get(1).value())).isEqualTo(Math.round(293395 * 497138.0 / 497487));
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
