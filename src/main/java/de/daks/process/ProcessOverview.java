package de.daks.process;

import de.daks.shared.KommuneId;
import java.util.List;

/**
 * Where a Kommune stands in its five steps.
 *
 * @param steps all five steps in order
 * @param currentStep the first step that is not done; the last step once all are done
 * @param completed true when all five steps are done
 */
public record ProcessOverview(KommuneId kommune, List<StepOverview> steps, Step currentStep, boolean completed) {

	public ProcessOverview {
		steps = List.copyOf(steps);
	}

	public StepOverview step(Step step) {
		return steps.get(step.ordinal());
	}

	/** Number of steps done, 0 to 5. */
	public long stepsDone() {
		return steps.stream().filter(s -> s.status() == StepStatus.DONE).count();
	}

	static ProcessOverview of(KommuneId kommune, List<StepOverview> steps) {
		Step current = steps.stream().filter(s -> s.status() != StepStatus.DONE).map(StepOverview::step).findFirst()
			.orElse(Step.ZWISCHENBILANZ);
		boolean completed = steps.stream().allMatch(s -> s.status() == StepStatus.DONE);
		return new ProcessOverview(kommune, steps, current, completed);
	}
}
