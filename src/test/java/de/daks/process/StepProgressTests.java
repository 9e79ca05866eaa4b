package de.daks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import de.daks.identity.UserId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class StepProgressTests {

	private static final Instant AT = Instant.parse("2024-11-18T10:00:00Z");

	private final ProcessActor anna = ProcessActor.user(UserId.random(), "Anna Koordination");

	private final KommuneId kommune = KommuneId.random();

	@Test
	void aStepIsStartedThenCompletedAndRecordsWhoAndWhen() {
		// given
		StepProgress progress = StepProgress.notStarted(kommune, Step.KICK_OFF);
		// when
		progress.changeTo(StepStatus.IN_PROGRESS, false, anna, AT);
		StepStatusChanged event = progress.changeTo(StepStatus.DONE, true, anna, AT.plusSeconds(60));
		// then
		assertThat(progress.status()).isEqualTo(StepStatus.DONE);
		assertThat(progress.changedAt()).isEqualTo(AT.plusSeconds(60));
		assertThat(progress.changedBy()).isEqualTo("Anna Koordination");
		assertThat(progress.changedById()).isEqualTo(anna.userId());
		assertThat(event).isEqualTo(new StepStatusChanged(kommune, Step.KICK_OFF, StepStatus.DONE));
	}

	@Test
	void aStepThatWasNotStartedCannotBeDone() {
		// given
		StepProgress progress = StepProgress.notStarted(kommune, Step.KOMMUNALPROFIL);
		// when / then
		assertThatIllegalStateException().isThrownBy(() -> progress.changeTo(StepStatus.DONE, true, anna, AT))
			.withMessageContaining("NOT_STARTED");
		assertThat(progress.status()).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void completingNeedsTheRightToManage() {
		// given
		StepProgress progress = StepProgress.notStarted(kommune, Step.KICK_OFF);
		progress.changeTo(StepStatus.IN_PROGRESS, false, anna, AT);
		// when / then
		assertThat(progress.requiresManage(StepStatus.DONE)).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> progress.changeTo(StepStatus.DONE, false, anna, AT))
			.withMessageContaining("IN_PROGRESS");
		assertThat(progress.status()).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void aDoneStepIsReopenedOnlyByAManagerAndNotResetDirectly() {
		// given
		StepProgress progress = new StepProgress(kommune, Step.WERKSTATTPLAN, StepStatus.DONE, AT, null, "System");
		// when / then
		assertThat(progress.requiresManage(StepStatus.IN_PROGRESS)).isTrue();
		assertThatIllegalStateException()
			.isThrownBy(() -> progress.changeTo(StepStatus.IN_PROGRESS, false, anna, AT))
			.withMessageContaining("DONE");
		assertThatIllegalStateException()
			.isThrownBy(() -> progress.changeTo(StepStatus.NOT_STARTED, true, anna, AT))
			.withMessageContaining("DONE");
		progress.changeTo(StepStatus.IN_PROGRESS, true, anna, AT);
		assertThat(progress.status()).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void aStepInProgressCanBeResetByAnEditor() {
		// given
		StepProgress progress = StepProgress.notStarted(kommune, Step.ZUKUNFTSWERKSTATT);
		progress.changeTo(StepStatus.IN_PROGRESS, false, anna, AT);
		// when
		progress.changeTo(StepStatus.NOT_STARTED, false, anna, AT);
		// then
		assertThat(progress.status()).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(progress.requiresManage(StepStatus.IN_PROGRESS)).isFalse();
	}

	@Test
	void changingToTheSameStatusIsRefusedNamingIt() {
		// given
		StepProgress progress = StepProgress.notStarted(kommune, Step.ZWISCHENBILANZ);
		// when / then
		assertThatIllegalStateException()
			.isThrownBy(() -> progress.changeTo(StepStatus.NOT_STARTED, true, anna, AT))
			.withMessage("Step ZWISCHENBILANZ is already NOT_STARTED");
	}

	@Test
	void stepsHaveReadablePathSegmentsAndAnOrder() {
		// when / then
		assertThat(Step.fromSlug("kick-off")).contains(Step.KICK_OFF);
		assertThat(Step.fromSlug("zwischenbilanz")).contains(Step.ZWISCHENBILANZ);
		assertThat(Step.fromSlug("KICK_OFF")).isEmpty();
		assertThat(Step.KICK_OFF.next()).contains(Step.KOMMUNALPROFIL);
		assertThat(Step.ZWISCHENBILANZ.next()).isEmpty();
		assertThat(Step.WERKSTATTPLAN.number()).isEqualTo(4);
	}

	@Test
	void theCurrentStepIsTheFirstThatIsNotDone() {
		// given
		var steps = java.util.Arrays.stream(Step.values())
			.map(s -> new StepOverview(s, s.ordinal() < 2 ? StepStatus.DONE : StepStatus.NOT_STARTED, null, null, 0, 5))
			.toList();
		// when
		ProcessOverview overview = ProcessOverview.of(kommune, steps);
		// then
		assertThat(overview.currentStep()).isEqualTo(Step.ZUKUNFTSWERKSTATT);
		assertThat(overview.completed()).isFalse();
		assertThat(overview.stepsDone()).isEqualTo(2);
	}

	@Test
	void fileNamesLoseTheirPathAndControlCharacters() {
		// when / then
		assertThat(ProcessManagement.cleanFileName("C:\\Users\\x\\Protokoll Kick-Off.pdf"))
			.isEqualTo("Protokoll Kick-Off.pdf");
		assertThat(ProcessManagement.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(ProcessManagement.cleanFileName("a\"b\n.pdf")).isEqualTo("ab.pdf");
		assertThat(ProcessManagement.cleanFileName("")).isEqualTo("datei");
	}
}
