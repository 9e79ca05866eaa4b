package de.daks.projection.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class CohortComponentTests {

	private static final double TOLERANCE = 1e-9;

	@Test
	void aClosedFemalePopulationInFiveYearGroupsMatchesTheHandComputation() {
		// given: 0–4, 5–9, 10+ women; S = 0.9 (0–4 → 5–9), 0.8 (5–9 → 10+), 0.5 (10+ stays 10+)
		Population base = new Population(5, new double[][] { { 100, 80, 60 } });
		Assumptions a = new Assumptions(new double[] { 0, 0.1, 0.02 }, new double[][] { { 0.9, 0.8, 0.5 } },
				new double[] { 0.95 }, 1.05, Migration.NONE, Timing.END);

		// when
		Projection p = CohortComponent.project(base, 1, a);

		// then: survivors, open group, births over 5 years from the mean of women at both ends, the girls among them
		double p1 = 100 * 0.9;
		double p2 = 80 * 0.8 + 60 * 0.5;
		double births = 5 * (0.1 * (80 + p1) / 2 + 0.02 * (60 + p2) / 2);
		double girls = births / (1 + 1.05);
		assertThat(p.births()[0][0]).isCloseTo(girls, within(TOLERANCE));
		assertThat(p.count(1, 0, 1)).isCloseTo(90, within(TOLERANCE));
		assertThat(p.count(1, 0, 2)).isCloseTo(94, within(TOLERANCE));
		assertThat(p.count(1, 0, 0)).isCloseTo(girls * 0.95, within(TOLERANCE));
		assertThat(girls * 0.95).isCloseTo(5 * 10.04 / 2.05 * 0.95, within(TOLERANCE));
		assertThat(p.deaths()[0][0][2]).isCloseTo(80 * 0.2 + 60 * 0.5, within(TOLERANCE));
	}

	@Test
	void twoSexesInSingleYearsMatchTheHandComputationOverTwoYears() {
		// given: ages 0, 1, 2+ for both sexes, fertility at age 1 only
		Population base = new Population(1, new double[][] { { 10, 20, 30 }, { 12, 18, 25 } });
		Assumptions a = new Assumptions(new double[] { 0, 0.5 },
				new double[][] { { 0.99, 0.98, 0.9 }, { 0.98, 0.97, 0.8 } }, new double[] { 0.995, 0.994 }, 1.05,
				Migration.NONE, Timing.END);

		// when
		Projection p = CohortComponent.project(base, 2, a);

		// then: year 1
		double w1 = 10 * 0.99;
		double b1 = 0.5 * (20 + w1) / 2;
		assertThat(p.count(1, 0, 0)).isCloseTo(b1 / 2.05 * 0.995, within(TOLERANCE));
		assertThat(p.count(1, 1, 0)).isCloseTo(b1 * 1.05 / 2.05 * 0.994, within(TOLERANCE));
		assertThat(p.count(1, 0, 2)).isCloseTo(20 * 0.98 + 30 * 0.9, within(TOLERANCE));
		assertThat(p.count(1, 1, 2)).isCloseTo(18 * 0.97 + 25 * 0.8, within(TOLERANCE));
		// and year 2: the girls born in year 1 are the women aged 1
		double w2 = b1 / 2.05 * 0.995 * 0.99;
		double b2 = 0.5 * (w1 + w2) / 2;
		assertThat(p.count(2, 0, 1)).isCloseTo(w2, within(TOLERANCE));
		assertThat(p.count(2, 1, 0)).isCloseTo(b2 * 1.05 / 2.05 * 0.994, within(TOLERANCE));
	}

	@Test
	void withZeroRatesThePopulationOnlyAges() {
		// given: no births, everybody survives, no migration
		double[] women = { 5, 4, 3, 2, 1 };
		double[] men = { 6, 7, 8, 9, 10 };
		Population base = new Population(1, new double[][] { women, men });
		Assumptions a = new Assumptions(new double[5], new double[][] { ones(5), ones(5) }, new double[] { 1, 1 },
				1.05, Migration.NONE, Timing.HALF_BEFORE_HALF_AFTER);

		// when
		Projection p = CohortComponent.project(base, 2, a);

		// then: each cohort moves up one year per step, the open group collects, nobody is born or dies
		assertThat(p.population(1).counts()).isDeepEqualTo(new double[][] { { 0, 5, 4, 3, 3 }, { 0, 6, 7, 8, 19 } });
		assertThat(p.population(2).counts()).isDeepEqualTo(new double[][] { { 0, 0, 5, 4, 6 }, { 0, 0, 6, 7, 27 } });
		assertThat(p.total(2)).isEqualTo(base.total());
	}

	@Test
	void halfOfTheMigrantsMeetMortalityWithTheHalfBeforeHalfAfterTiming() {
		// given: 100 persons aged 0, 40 net in-migrants a year at age 1, survival 0.9
		Population base = new Population(1, new double[][] { { 100, 0, 0 } });
		double[][] survival = { { 0.9, 0.9, 0.9 } };
		Migration net = new Migration.NetCounts(new double[][] { { 0, 40, 0 } });

		// when
		Projection half = CohortComponent.project(base, 1,
				new Assumptions(new double[3], survival, new double[] { 1 }, 1.05, net, Timing.HALF_BEFORE_HALF_AFTER));
		Projection end = CohortComponent.project(base, 1,
				new Assumptions(new double[3], survival, new double[] { 1 }, 1.05, net, Timing.END));

		// then: (P + M/2)·S + M/2 and P·S + M
		assertThat(half.count(1, 0, 1)).isCloseTo((100 + 20) * 0.9 + 20, within(TOLERANCE));
		assertThat(end.count(1, 0, 1)).isCloseTo(100 * 0.9 + 40, within(TOLERANCE));
	}

	@Test
	void netRatesAndGrossFlowsFollowTheirFormulas() {
		// given: five-year groups, annual rates
		Population base = new Population(5, new double[][] { { 100, 200, 300 } });
		double[][] survival = { { 1, 1, 1 } };
		Migration rates = new Migration.NetRates(new double[][] { { 0, 0.01, -0.02 } });
		Migration gross = new Migration.Gross(10, new double[][] { { 0, 0.25, 0.75 } },
				new double[][] { { 0, 0.01, 0.02 } });

		// when
		Projection byRates = CohortComponent.project(base, 1,
				new Assumptions(new double[3], survival, new double[] { 1 }, 1.05, rates, Timing.END));
		Projection byFlows = CohortComponent.project(base, 1,
				new Assumptions(new double[3], survival, new double[] { 1 }, 1.05, gross, Timing.END));

		// then: n·r·start and n·in·profile − n·out·start
		assertThat(byRates.count(1, 0, 1)).isCloseTo(100 + 5 * 0.01 * 100, within(TOLERANCE));
		assertThat(byRates.count(1, 0, 2)).isCloseTo(500 - 5 * 0.02 * 500, within(TOLERANCE));
		assertThat(byFlows.inMovers()[0][0][2]).isCloseTo(5 * 10 * 0.75, within(TOLERANCE));
		assertThat(byFlows.outMovers()[0][0][2]).isCloseTo(5 * 0.02 * 500, within(TOLERANCE));
		assertThat(byFlows.count(1, 0, 1)).isCloseTo(100 + 12.5 - 5, within(TOLERANCE));
	}

	@Test
	void heavyOutMigrationEmptiesACohortButNeverMakesItNegative() {
		// given: 10 persons, 50 net out-migrants a year
		Population base = new Population(1, new double[][] { { 10, 10, 10 } });
		Migration net = new Migration.NetCounts(new double[][] { { 0, -50, 0 } });

		// when
		Projection p = CohortComponent.project(base, 1, new Assumptions(new double[3],
				new double[][] { { 0.9, 0.9, 0.9 } }, new double[] { 1 }, 1.05, net, Timing.HALF_BEFORE_HALF_AFTER));

		// then: no deaths among people who are gone, out-movers cut to what is there
		assertThat(p.count(1, 0, 1)).isZero();
		assertThat(p.deaths()[0][0][1]).isZero();
		assertThat(p.outMovers()[0][0][1]).isEqualTo(10);
	}

	@Test
	void theBalancingIdentityHoldsExactlyInEveryCell() {
		// given: a random two-sex single-year population with every kind of migration
		Random random = new Random(42);
		int groups = 101;
		Population base = new Population(1, new double[][] { randoms(random, groups, 500), randoms(random, groups, 500) });
		double[] fertility = new double[groups];
		for (int x = 15; x < 50; x++) {
			fertility[x] = 0.05 * random.nextDouble();
		}
		double[][] survival = { survivals(random, groups), survivals(random, groups) };
		double[][] net = { signed(random, groups, 80), signed(random, groups, 80) };
		Migration[] models = { Migration.NONE, new Migration.NetCounts(net),
				new Migration.NetRates(new double[][] { signed(random, groups, 0.3), signed(random, groups, 0.3) }),
				new Migration.Gross(1000, profile(random, groups), new double[][] { randoms(random, groups, 0.2),
						randoms(random, groups, 0.2) }) };
		for (Migration migration : models) {
			for (Timing timing : Timing.values()) {
				// when
				Projection p = CohortComponent.project(base, 20,
						new Assumptions(fertility, survival, new double[] { 0.996, 0.995 }, 1.05, migration, timing));

				// then: P(x,t+1) = start + B − D + Z − F for every step, sex and age, and nobody negative
				for (int t = 0; t < 20; t++) {
					for (int s = 0; s < 2; s++) {
						double sumBefore = 0;
						double flows = 0;
						for (int x = 0; x < groups; x++) {
							double expected = p.start(t, s, x) + p.birthsInto(t, s, x) - p.deaths()[t][s][x]
									+ p.inMovers()[t][s][x] - p.outMovers()[t][s][x];
							assertThat(p.count(t + 1, s, x)).isEqualTo(expected).isGreaterThanOrEqualTo(0);
							sumBefore += p.count(t, s, x);
							flows += p.birthsInto(t, s, x) - p.deaths()[t][s][x] + p.inMovers()[t][s][x]
									- p.outMovers()[t][s][x];
						}
						double sumAfter = 0;
						for (int x = 0; x < groups; x++) {
							sumAfter += p.count(t + 1, s, x);
						}
						assertThat(sumAfter).isCloseTo(sumBefore + flows, within(1e-6));
					}
				}
			}
		}
	}

	@Test
	void inputsAreCheckedUpFront() {
		assertThatThrownBy(() -> new Population(1, new double[][] { { 1, -2 } }))
			.hasMessageContaining("population of sex 0[1]");
		assertThatThrownBy(() -> new Assumptions(new double[0], new double[][] { { 1.2 } }, new double[] { 1 }, 1.05,
				Migration.NONE, Timing.END)).hasMessageContaining("survival[0]");
		Population base = new Population(1, new double[][] { { 1, 2, 3 } });
		Assumptions wrong = new Assumptions(new double[0], new double[][] { { 1, 1 } }, new double[] { 1 }, 1.05,
				Migration.NONE, Timing.END);
		assertThatThrownBy(() -> CohortComponent.project(base, 1, wrong)).hasMessageContaining("2 entries, expected 3");
	}

	static double[] ones(int n) {
		double[] a = new double[n];
		java.util.Arrays.fill(a, 1);
		return a;
	}

	private static double[] randoms(Random r, int n, double max) {
		double[] a = new double[n];
		for (int i = 0; i < n; i++) {
			a[i] = max * r.nextDouble();
		}
		return a;
	}

	private static double[] signed(Random r, int n, double max) {
		double[] a = new double[n];
		for (int i = 0; i < n; i++) {
			a[i] = max * (2 * r.nextDouble() - 1);
		}
		return a;
	}

	private static double[] survivals(Random r, int n) {
		double[] a = new double[n];
		for (int i = 0; i < n; i++) {
			a[i] = 1 - 0.3 * r.nextDouble() * i / n;
		}
		return a;
	}

	private static double[][] profile(Random r, int n) {
		double[][] p = { randoms(r, n, 1), randoms(r, n, 1) };
		double sum = Projection.sum(p);
		for (double[] sex : p) {
			for (int i = 0; i < n; i++) {
				sex[i] /= sum;
			}
		}
		return p;
	}
}
