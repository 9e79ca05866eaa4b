package de.daks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The life-cycle rules of a measure. */
class MeasureTests {

	static final LocalDate TODAY = LocalDate.of(2027, 6, 15);

	static Measure planned(LocalDate start, LocalDate end) {
		return new Measure(1, 1, "Seniorenlotsen", null, "Sozialamt", "Frau Krüger", null,
				Set.of(TargetGroup.SENIORS), start, end, new BigDecimal("12500.00"), "Förderprogramm",
				MeasureStatus.PLANNED, null, 0, null);
	}

	@Test
	void aMeasureCannotBeDoneBeforeItStarted() {
		Measure measure = planned(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
		assertThatThrownBy(() -> measure.changeStatus(MeasureStatus.DONE, null, TODAY))
			.isInstanceOf(PlanException.class).hasMessage("plan.rule.doneBeforeStarted");
		Measure future = planned(LocalDate.of(2027, 9, 1), null).changeStatus(MeasureStatus.IN_PROGRESS, null, TODAY);
		assertThatThrownBy(() -> future.changeStatus(MeasureStatus.DONE, null, TODAY))
			.hasMessage("plan.rule.doneBeforeStartDate");
		Measure done = measure.changeStatus(MeasureStatus.IN_PROGRESS, null, TODAY)
			.changeStatus(MeasureStatus.DONE, null, TODAY);
		assertThat(done.status()).isEqualTo(MeasureStatus.DONE);
		assertThat(done.progress()).isEqualTo(100);
	}

	@Test
	void pausedAndDroppedNeedAReasonWhichIsKept() {
		Measure measure = planned(LocalDate.of(2027, 1, 1), null);
		assertThatThrownBy(() -> measure.changeStatus(MeasureStatus.PAUSED, "  ", TODAY))
			.hasMessage("plan.rule.reasonNeeded");
		assertThatThrownBy(() -> measure.changeStatus(MeasureStatus.DROPPED, null, TODAY))
			.hasMessage("plan.rule.reasonNeeded");
		Measure paused = measure.changeStatus(MeasureStatus.PAUSED, " Stelle unbesetzt ", TODAY);
		assertThat(paused.statusReason()).isEqualTo("Stelle unbesetzt");
		assertThat(paused.changeStatus(MeasureStatus.IN_PROGRESS, "egal", TODAY).statusReason()).isNull();
	}

	@Test
	void progressIsZeroToHundredAndStartsAPlannedMeasure() {
		Measure measure = planned(LocalDate.of(2027, 1, 1), null);
		assertThatThrownBy(() -> measure.reportProgress(101)).hasMessage("plan.rule.progressRange");
		assertThatThrownBy(() -> measure.reportProgress(-1)).hasMessage("plan.rule.progressRange");
		assertThatThrownBy(() -> measure.reportProgress(100)).hasMessage("plan.rule.progressUseDone");
		Measure running = measure.reportProgress(40);
		assertThat(running.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(running.progress()).isEqualTo(40);
		assertThatThrownBy(() -> running.changeStatus(MeasureStatus.PLANNED, null, TODAY))
			.hasMessage("plan.rule.backToPlannedWithProgress");
		Measure dropped = running.changeStatus(MeasureStatus.DROPPED, "kein Träger", TODAY);
		assertThatThrownBy(() -> dropped.reportProgress(50)).hasMessage("plan.rule.progressClosed");
	}

	@Test
	void aDoneMeasureIsOnlyReopenedToInProgress() {
		Measure done = planned(LocalDate.of(2027, 1, 1), null).reportProgress(10)
			.changeStatus(MeasureStatus.DONE, null, TODAY);
		assertThatThrownBy(() -> done.changeStatus(MeasureStatus.PAUSED, "x", TODAY))
			.hasMessage("plan.rule.doneReopen");
		assertThat(done.changeStatus(MeasureStatus.IN_PROGRESS, null, TODAY).progress()).isEqualTo(99);
	}

	@Test
	void datesAndBudgetAreChecked() {
		assertThatThrownBy(() -> planned(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 30)))
			.hasMessage("plan.rule.endBeforeStart");
		assertThatThrownBy(() -> new Measure(1, 1, "x", null, null, null, null, Set.of(), null, null,
				new BigDecimal("-0.01"), null, MeasureStatus.IDEA, null, 0, null))
			.hasMessage("plan.rule.negativeBudget");
		assertThatThrownBy(() -> Measure.idea(1, "  ", null, null, null)).hasMessage("plan.rule.title");
	}

	@Test
	void quartersAndOverdue() {
		Measure measure = planned(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 4, 2));
		assertThat(measure.quarters()).containsExactly("Q4/2026", "Q1/2027", "Q2/2027");
		assertThat(measure.inQuarter("Q1/2027")).isTrue();
		assertThat(measure.inQuarter("Q3/2027")).isFalse();
		assertThat(measure.overdue(TODAY)).isTrue();
		assertThat(measure.changeStatus(MeasureStatus.DROPPED, "zu teuer", TODAY).overdue(TODAY)).isFalse();
		assertThat(measure.overdue(LocalDate.of(2027, 4, 2))).isFalse();
	}

	@Test
	void aMeasureEnteredAtOnceKeepsTheRulesOfStatusAndProgress() {
		assertThat(Measure.stateProblem(MeasureStatus.PLANNED, null, 0, null, TODAY)).isNull();
		assertThat(Measure.stateProblem(MeasureStatus.IN_PROGRESS, null, 40, null, TODAY)).isNull();
		assertThat(Measure.stateProblem(MeasureStatus.DONE, null, 100, TODAY.minusDays(1), TODAY)).isNull();
		assertThat(Measure.stateProblem(MeasureStatus.PAUSED, "kein Geld", 30, null, TODAY)).isNull();
		assertThat(Measure.stateProblem(MeasureStatus.IDEA, null, 10, null, TODAY))
			.isEqualTo("plan.rule.ideaWithProgress");
		assertThat(Measure.stateProblem(MeasureStatus.DONE, null, 50, null, TODAY)).isEqualTo("plan.rule.doneMeansFull");
		assertThat(Measure.stateProblem(MeasureStatus.DONE, null, 100, TODAY.plusDays(1), TODAY))
			.isEqualTo("plan.rule.doneBeforeStartDate");
		assertThat(Measure.stateProblem(MeasureStatus.IN_PROGRESS, null, 100, null, TODAY))
			.isEqualTo("plan.rule.progressUseDone");
		assertThat(Measure.stateProblem(MeasureStatus.DROPPED, " ", 0, null, TODAY))
			.isEqualTo("plan.rule.reasonNeeded");
		assertThat(Measure.stateProblem(MeasureStatus.PLANNED, null, 101, null, TODAY))
			.isEqualTo("plan.rule.progressRange");
	}
}
