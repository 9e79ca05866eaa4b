package de.daks.projection.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hamilton–Perry, splitting, raking, standard schedules, assumption derivation and intervals on synthetic data. */
@Tag("no-database")
class EngineToolsTests {

	private static final double TOLERANCE = 1e-9;

	@Test
	void hamiltonPerryAppliesCohortChangeAndChildWomanRatiosAsComputedByHand() {
		// given: five-year groups 0–4 … 15–19, 20+ (open); women at t−5 and t
		Population before = new Population(5, new double[][] { { 100, 90, 80, 70, 200 } });
		Population after = new Population(5, new double[][] { { 60, 95, 85, 75, 240 } });

		// when
		HamiltonPerry.Ratios r = HamiltonPerry.ratios(List.<Population[]>of(new Population[] { before, after }), 5, 0);
		double[][][] p = HamiltonPerry.project(after, r, 1, null);

		// then: CCR(5–9) = 95/100, CCR(20+) = 240/(70+200), CWR = 60 / women 15–19 (the only fertile group below 20+)
		assertThat(r.ccr()[0][1]).isCloseTo(95.0 / 100, within(TOLERANCE));
		assertThat(r.ccr()[0][4]).isCloseTo(240.0 / 270, within(TOLERANCE));
		assertThat(r.cwr()[0][0]).isCloseTo(60.0 / 75, within(TOLERANCE));
		assertThat(p[1][0][1]).isCloseTo(60 * 95.0 / 100, within(TOLERANCE));
		assertThat(p[1][0][3]).isCloseTo(85 * 75.0 / 80, within(TOLERANCE));
		assertThat(p[1][0][4]).isCloseTo((75 + 240) * 240.0 / 270, within(TOLERANCE));
		assertThat(p[1][0][0]).isCloseTo(60.0 / 75 * (85 * 75.0 / 80), within(TOLERANCE));
	}

	@Test
	void hamiltonPerryConstrainedToATotalHitsItExactly() {
		// given
		Population before = new Population(5, new double[][] { { 100, 90, 80, 70, 200 } });
		Population after = new Population(5, new double[][] { { 60, 95, 85, 75, 240 } });
		HamiltonPerry.Ratios r = HamiltonPerry.ratios(List.<Population[]>of(new Population[] { before, after }), 5, 1);

		// when
		double[][][] p = HamiltonPerry.project(after, r, 2, new double[] { 600, 650 });

		// then
		assertThat(Projection.sum(p[1])).isCloseTo(600, within(1e-6));
		assertThat(Projection.sum(p[2])).isCloseTo(650, within(1e-6));
	}

	@Test
	void spragueKeepsEveryGroupTotalAndReproducesASmoothLine() {
		// given: single years 100 − x for x = 0..49, open group 50+
		double[] single = new double[51];
		for (int x = 0; x < 50; x++) {
			single[x] = 100 - x;
		}
		single[50] = 500;
		double[] groups = AgeSplitting.group(single, 5);

		// when
		double[] split = AgeSplitting.sprague(groups);

		// then: totals kept, a straight line is reproduced in the middle panels and at the edges
		assertThat(AgeSplitting.group(split, 5)).containsExactly(groups, within(1e-9));
		for (int x = 0; x < 50; x++) {
			assertThat(split[x]).as("age %d", x).isCloseTo(100 - x, within(1e-9));
		}
		assertThat(split[50]).isEqualTo(500);
	}

	@Test
	void theMonotoneSplineKeepsIrregularBandsAndNeverGoesNegative() {
		// given: Köln's thirteen bands of 2012 for Altstadt/Süd (0–2, 3–5, 6–9, …, 65–74, 75+)
		int[] bounds = { 0, 3, 6, 10, 15, 18, 25, 35, 45, 55, 60, 65, 75 };
		double[] counts = { 521, 356, 394, 487, 370, 2773, 7049, 4607, 3810, 1365, 1254, 2420, 2109 };

		// when
		double[] single = AgeSplitting.monotoneSpline(bounds, counts, 100);

		// then
		assertThat(single).hasSize(101);
		assertThat(java.util.Arrays.stream(single).min().orElseThrow()).isGreaterThanOrEqualTo(0);
		for (int b = 0; b < bounds.length; b++) {
			int to = b + 1 < bounds.length ? bounds[b + 1] : 101;
			double sum = 0;
			for (int x = bounds[b]; x < to; x++) {
				sum += single[x];
			}
			assertThat(sum).as("band from %d", bounds[b]).isCloseTo(counts[b], within(1e-6));
		}
	}

	@Test
	void rakingMatchesTheKommuneCellsAndKeepsQuartersNonNegative() {
		// given: two quarters whose sum disagrees with the Kommune
		double[][][] quarters = { { { 10, 0, 5 } }, { { 30, 20, 0 } } };
		double[][] kommune = { { 50, 25, 10 } };

		// when
		double[][][] raked = Raking.rake(quarters, kommune, 50);

		// then
		for (int x = 0; x < 3; x++) {
			assertThat(raked[0][0][x] + raked[1][0][x]).isCloseTo(kommune[0][x], within(1e-9));
			assertThat(raked[0][0][x]).isGreaterThanOrEqualTo(0);
			assertThat(raked[1][0][x]).isGreaterThanOrEqualTo(0);
		}
		assertThat(raked[0][0][1]).isZero();
		assertThat(raked[0][0][2]).isCloseTo(10, within(1e-9));
	}

	@Test
	void theStandardSchedulesHaveTheDocumentedLevels() {
		// when
		LifeTable women = StandardSchedules.lifeTable(Population.FEMALE);
		LifeTable men = StandardSchedules.lifeTable(Population.MALE);
		double[] f = StandardSchedules.fertility(100);

		// then: e0 near the Destatis 2020/22 values 83.2 and 78.3, TFR 1.46, mean age near 31.5
		assertThat(women.lifeExpectancy()).isCloseTo(83.2, within(0.5));
		assertThat(men.lifeExpectancy()).isCloseTo(78.3, within(0.5));
		double tfr = 0;
		double ages = 0;
		for (int x = 0; x < f.length; x++) {
			tfr += f[x];
			ages += f[x] * (x + 0.5);
		}
		assertThat(tfr).isCloseTo(1.46, within(TOLERANCE));
		assertThat(ages / tfr).isCloseTo(31.5, within(0.3));
	}

	@Test
	void derivedAssumptionsReproduceTheBasePeriodsBirthsDeathsAndEndStock() {
		// given: a synthetic two-sex population projected with known rates and migration for one year
		Population start = new Population(1, new double[][] { declining(101, 800), declining(101, 820) });
		Assumptions truth = new Assumptions(StandardSchedules.fertility(100),
				new double[][] { StandardSchedules.lifeTable(0).scaled(1.2).survival(1, 101),
						StandardSchedules.lifeTable(1).scaled(1.2).survival(1, 101) },
				new double[] { 0.997, 0.996 }, 1.05, new Migration.NetCounts(new double[][] { hump(101), hump(101) }),
				Timing.HALF_BEFORE_HALF_AFTER);
		Projection observed = CohortComponent.project(start, 1, truth);
		double births = observed.births()[0][0] + observed.births()[0][1];
		double deaths = Projection.sum(observed.deaths()[0]);
		AssumptionDerivation.BasePeriod base = new AssumptionDerivation.BasePeriod(
				List.of(start, observed.population(1)), new double[] { births }, new double[] { deaths });

		// when
		AssumptionDerivation.Derived derived = AssumptionDerivation.derive(base, Timing.HALF_BEFORE_HALF_AFTER);
		Projection again = CohortComponent.project(start, 1, derived.netCounts());

		// then: births and deaths as observed, the end stock reproduced in every cell
		assertThat(again.births()[0][0] + again.births()[0][1]).isCloseTo(births, within(1e-6));
		assertThat(Projection.sum(again.deaths()[0])).isCloseTo(deaths, within(1e-3));
		for (int s = 0; s < 2; s++) {
			for (int x = 0; x < 101; x++) {
				assertThat(again.count(1, s, x)).as("sex %d age %d", s, x)
					.isCloseTo(observed.count(1, s, x), within(1e-6));
			}
		}
	}

	@Test
	void quantilesInterpolateBetweenOrderStatistics() {
		// given: draws 1..10 in one cell
		List<double[][][]> draws = new ArrayList<>();
		for (int d = 10; d >= 1; d--) {
			draws.add(new double[][][] { { { d } } });
		}

		// when / then: position 0.1·9 = 0.9 between 1 and 2
		assertThat(Intervals.quantile(draws, 0.1)[0][0][0]).isCloseTo(1.9, within(TOLERANCE));
		assertThat(Intervals.quantile(draws, 0.9)[0][0][0]).isCloseTo(9.1, within(TOLERANCE));
	}

	static double[] declining(int n, double level) {
		double[] a = new double[n];
		for (int x = 0; x < n; x++) {
			a[x] = level * Math.exp(-x / 60.0);
		}
		return a;
	}

	static double[] hump(int n) {
		double[] a = new double[n];
		for (int x = 0; x < n; x++) {
			a[x] = 40 * Math.exp(-Math.pow((x - 21) / 3.0, 2)) - 10 * Math.exp(-Math.pow((x - 28) / 4.0, 2));
		}
		return a;
	}

	@Test
	void grossFlowsReproduceTheNetMigrationAndTheOutMovesOfTheBasePeriod() {
		// given: two sexes, five-year groups to 40+, three stocks five years apart with in- and out-migration
		List<Population> stocks = List.of(
				new Population(5, new double[][] { { 100, 100, 120, 150, 400 }, { 105, 100, 118, 140, 380 } }),
				new Population(5, new double[][] { { 95, 105, 160, 140, 430 }, { 98, 104, 150, 132, 400 } }),
				new Population(5, new double[][] { { 90, 100, 170, 150, 450 }, { 96, 100, 166, 140, 420 } }));
		AssumptionDerivation.Derived derived = AssumptionDerivation
			.derive(new AssumptionDerivation.BasePeriod(stocks, new double[] { 160, 150 }, new double[] { 40, 45 }),
					Timing.HALF_BEFORE_HALF_AFTER);
		double[][] net = ((Migration.NetCounts) derived.netCounts().migration()).counts();

		// when: 30 out-moves a year
		Migration.Gross gross = AssumptionDerivation.grossFlows(derived, 5, 30);

		// then: on the mean start cohorts the out-movers are 30 a year, and in − out is the net of every cell where
		// the net plus the out-movers is not negative (otherwise no in-movers)
		double out = 0;
		for (int s = 0; s < 2; s++) {
			for (int x = 0; x < 5; x++) {
				double start = (derived.residualStarts()[0][s][x] + derived.residualStarts()[1][s][x]) / 2;
				double outMovers = gross.outRates()[s][x] * start;
				out += outMovers;
				double in = gross.inMovers() * gross.profile()[s][x];
				assertThat(in).isCloseTo(Math.max(0, net[s][x] + outMovers), within(1e-9));
			}
		}
		assertThat(out).isCloseTo(30, within(1e-9));
		// and the rates have the Rogers–Castro shape at the middle age of the starting cohort (7.5 for the cohort
		// ending in 10–14, 17.5 for the one ending in 20+), births (group 0) do not move out
		assertThat(gross.outRates()[1][2] / gross.outRates()[1][4]).isCloseTo(
				StandardSchedules.outMigrationShape(7.5) / StandardSchedules.outMigrationShape(17.5), within(1e-12));
		assertThat(gross.outRates()[0][0]).isZero();
	}

	@Test
	void theMeanOfSeveralProjectionsBalancesExactly() {
		// given: one base population, three migration models
		Population base = new Population(1, new double[][] { { 50, 48, 47, 45, 300 }, { 52, 50, 46, 44, 280 } });
		double[][] survival = { { 0.999, 0.999, 0.998, 0.99, 0.9 }, { 0.998, 0.998, 0.997, 0.985, 0.88 } };
		Assumptions a = new Assumptions(new double[] { 0, 0, 0.05, 0.06, 0 }, survival, new double[] { 0.997, 0.996 },
				1.05, new Migration.NetCounts(new double[][] { { 1, 2, 5, -3, 1 }, { 1, 1, 4, -2, 0 } }),
				Timing.HALF_BEFORE_HALF_AFTER);
		List<Projection> members = List.of(CohortComponent.project(base, 10, a),
				CohortComponent.project(base, 10, a.withMigration(new Migration.NetRates(
						new double[][] { { 0.01, 0.02, 0.1, -0.05, 0 }, { 0.01, 0.02, 0.08, -0.04, 0 } }))),
				CohortComponent.project(base, 10, a.withMigration(new Migration.Gross(12,
						new double[][] { { 0, 0.1, 0.3, 0.1, 0 }, { 0, 0.1, 0.3, 0.1, 0 } },
						new double[][] { { 0, 0.02, 0.08, 0.05, 0.01 }, { 0, 0.02, 0.07, 0.05, 0.01 } }))));

		// when
		Projection mean = Projection.average(members);

		// then: every cell is the mean of the members, and P(t+1) = start + B − D + Z − F holds for it
		for (int t = 0; t < 10; t++) {
			for (int s = 0; s < 2; s++) {
				for (int x = 0; x < 5; x++) {
					final int step = t;
					final int sex = s;
					final int group = x;
					double expected = members.stream().mapToDouble(p -> p.count(step + 1, sex, group)).sum() / 3;
					assertThat(mean.count(t + 1, s, x)).isCloseTo(expected, within(1e-9));
					double balance = mean.start(t, s, x) + mean.birthsInto(t, s, x) - mean.deaths()[t][s][x]
							+ mean.inMovers()[t][s][x] - mean.outMovers()[t][s][x];
					assertThat(mean.count(t + 1, s, x)).isCloseTo(balance, within(1e-9));
				}
			}
		}
	}

	@Test
	void driftedRatiosMoveEveryFiveYearClassByItsOwnAndTheAreasDeviate() {
		// given: single-year ratios 0..11 (classes 0–4, 5–9, 10–11), one-year steps
		double[][] ccr = { new double[12] };
		java.util.Arrays.fill(ccr[0], 0.98);
		HamiltonPerry.Ratios r = new HamiltonPerry.Ratios(1, 1, ccr, new double[][] { new double[12] });

		// when
		HamiltonPerry.Ratios none = r.drifted(0.015, 0, new double[] { 0, 0, 0 });
		HamiltonPerry.Ratios drifted = r.drifted(0.015, 1, new double[] { 0, 1, -1 });

		// then: factor exp(σ·√k·(z0 + zc)/√2) per class, the same for every age of a class
		assertThat(none.ccr()[0]).containsOnly(0.98);
		assertThat(drifted.ccr()[0][3]).isCloseTo(0.98 * Math.exp(0.015 * 1 / Math.sqrt(2)), within(TOLERANCE));
		assertThat(drifted.ccr()[0][7]).isCloseTo(0.98 * Math.exp(0.015 * 2 / Math.sqrt(2)), within(TOLERANCE));
		assertThat(drifted.ccr()[0][11]).isCloseTo(0.98, within(TOLERANCE));
		assertThat(r.ccr()[0][7]).isEqualTo(0.98);
	}
}
