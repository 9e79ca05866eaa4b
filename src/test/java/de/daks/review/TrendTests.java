package de.daks.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend line of a goal, its projection to the target date and the verdict; delays of measures. */
class TrendTests {

	static Trend.Point p(int year, int month, int day, double value) {
		return new Trend.Point(LocalDate.of(year, month, day), value);
	}

	@Test
	void leastSquaresThroughExactlyLinearPointsIsThatLine() {
		// given: 10 more per 1,000 days
		List<Trend.Point> points = List.of(p(2026, 1, 1, 100), new Trend.Point(LocalDate.of(2026, 1, 1).plusDays(1000), 110),
				new Trend.Point(LocalDate.of(2026, 1, 1).plusDays(2000), 120));
		// when
		Trend.Line line = Trend.fit(points);
		// then
		assertThat(line).isNotNull();
		assertThat(line.slopePerDay()).isCloseTo(0.01, within(1e-12));
		assertThat(line.at(LocalDate.of(2026, 1, 1).plusDays(3000))).isCloseTo(130, within(1e-9));
		assertThat(line.slopePerYear()).isCloseTo(3.6525, within(1e-9));
	}

	@Test
	void leastSquaresOfScatteredPointsMatchesTheTextbookFormula() {
		// given: x = 0, 1, 2, 3 (days), y = 1, 3, 2, 5 → slope 1.1, intercept 1.1 (mean y 2.75 − 1.1 × 1.5)
		LocalDate d = LocalDate.of(2027, 3, 1);
		List<Trend.Point> points = List.of(new Trend.Point(d, 1), new Trend.Point(d.plusDays(1), 3),
				new Trend.Point(d.plusDays(2), 2), new Trend.Point(d.plusDays(3), 5));
		// when
		Trend.Line line = Trend.fit(points);
		// then
		assertThat(line.slopePerDay()).isCloseTo(1.1, within(1e-12));
		assertThat(line.at(d)).isCloseTo(1.1, within(1e-12));
	}

	@Test
	void twoPointsGiveTheLineFromBaselineToNow() {
		// given: baseline 120 on the decision day, 200 one year later, target 400 two more years later
		Trend.Result result = Trend.of(List.of(p(2026, 1, 20, 120), p(2027, 1, 20, 200)), 120.0, 400.0,
				LocalDate.of(2029, 1, 20));
		// then: 80 a year → 360 at the target date: behind; 28.6 % of the way
		assertThat(result.projected()).isCloseTo(120 + 80.0 * 1096 / 365, within(1e-9));
		assertThat(result.verdict()).isEqualTo(Trend.Verdict.BEHIND);
		assertThat(result.share()).isCloseTo(80.0 / 280 * 100, within(1e-9));
		assertThat(result.latest().value()).isEqualTo(200);
	}

	@Test
	void onTrackWhenTheTrendReachesTheTargetByTheTargetDate() {
		Trend.Result result = Trend.of(List.of(p(2026, 1, 1, 100), p(2027, 1, 1, 200)), 100.0, 250.0,
				LocalDate.of(2028, 1, 1));
		assertThat(result.verdict()).isEqualTo(Trend.Verdict.ON_TRACK);
	}

	@Test
	void aGoalToReduceSomethingIsReachedWhenTheValueIsAtOrBelowTheTarget() {
		// given: baseline 30 % vacancy, target 20 %
		Trend.Result falling = Trend.of(List.of(p(2026, 1, 1, 30), p(2027, 1, 1, 26)), 30.0, 20.0,
				LocalDate.of(2028, 12, 31));
		Trend.Result reached = Trend.of(List.of(p(2026, 1, 1, 30), p(2027, 1, 1, 19.5)), 30.0, 20.0,
				LocalDate.of(2028, 12, 31));
		Trend.Result rising = Trend.of(List.of(p(2026, 1, 1, 30), p(2027, 1, 1, 31)), 30.0, 20.0,
				LocalDate.of(2028, 12, 31));
		// then: 4 points a year → 18 by the end of 2028: on track
		assertThat(falling.verdict()).isEqualTo(Trend.Verdict.ON_TRACK);
		assertThat(reached.verdict()).isEqualTo(Trend.Verdict.REACHED);
		assertThat(rising.verdict()).isEqualTo(Trend.Verdict.BEHIND);
		assertThat(rising.share()).isCloseTo(-10, within(1e-9));
	}

	@Test
	void reachedNeedsNoTrendButNoDataNeedsAtLeastATarget() {
		assertThat(Trend.of(List.of(p(2027, 5, 1, 500)), 120.0, 400.0, null).verdict())
			.isEqualTo(Trend.Verdict.REACHED);
		assertThat(Trend.of(List.of(p(2027, 5, 1, 300)), 120.0, 400.0, LocalDate.of(2029, 1, 1)).verdict())
			.as("one value, no line").isEqualTo(Trend.Verdict.NO_DATA);
		assertThat(Trend.of(List.of(), 120.0, 400.0, LocalDate.of(2029, 1, 1)).verdict())
			.isEqualTo(Trend.Verdict.NO_DATA);
		assertThat(Trend.of(List.of(p(2026, 1, 1, 1), p(2027, 1, 1, 2)), 1.0, null, LocalDate.of(2029, 1, 1))
			.verdict()).as("no target").isEqualTo(Trend.Verdict.NO_DATA);
		assertThat(Trend.of(List.of(p(2026, 1, 1, 1), p(2027, 1, 1, 2)), 1.0, 5.0, null).verdict())
			.as("no target date").isEqualTo(Trend.Verdict.NO_DATA);
		assertThat(Trend.fit(List.of(p(2026, 1, 1, 1), p(2026, 1, 1, 2)))).as("one day only").isNull();
	}

	@Test
	void withoutBaselineTheDirectionComesFromTheFirstValueAndPointsAreSorted() {
		Trend.Result result = Trend.of(List.of(p(2027, 1, 1, 80), p(2026, 1, 1, 100)), null, 50.0,
				LocalDate.of(2028, 1, 1));
		assertThat(result.points()).extracting(Trend.Point::value).containsExactly(100.0, 80.0);
		assertThat(result.projected()).isCloseTo(60, within(0.1));
		assertThat(result.verdict()).isEqualTo(Trend.Verdict.BEHIND);
		assertThat(result.share()).isNull();
		assertThatThrownBy(() -> Trend.of(List.of(p(2026, 1, 1, Double.NaN)), null, 1.0, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void delaysCountDaysLateAndRunUpToTodayWhileOpen() {
		LocalDate today = LocalDate.of(2027, 6, 15);
		LocalDate planned = LocalDate.of(2027, 3, 1);
		assertThat(Schedule.startDelay(planned, LocalDate.of(2027, 3, 11), today)).isEqualTo(10);
		assertThat(Schedule.startDelay(planned, LocalDate.of(2027, 2, 20), today)).isEqualTo(-9);
		assertThat(Schedule.startDelay(planned, null, today)).as("not started yet").isEqualTo(106);
		assertThat(Schedule.startDelay(LocalDate.of(2027, 9, 1), null, today)).as("not due").isNull();
		assertThat(Schedule.startDelay(null, LocalDate.of(2027, 3, 11), today)).isNull();
		assertThat(Schedule.endDelay(planned, LocalDate.of(2027, 3, 1), false, today)).isZero();
		assertThat(Schedule.endDelay(planned, null, false, today)).isEqualTo(106);
		assertThat(Schedule.endDelay(planned, null, true, today)).as("stopped").isNull();
	}
}
