package de.daks.process;

import de.daks.identity.UserId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status of one step of one Kommune: the aggregate that guards the step's life cycle.
 *
 * <pre>
 * NOT_STARTED ──start──▶ IN_PROGRESS ──complete (manage)──▶ DONE
 *      ▲                   │    ▲                            │
 *      └──────reset────────┘    └──────reopen (manage)───────┘
 * </pre>
 * A step cannot jump from not started to done (someone has to have worked on it), and a done step is reopened
 * before it can be reset. Completing and reopening need the right to manage the Kommune (coordination,
 * Geschäftsstelle), because "done" is what the programme reports upwards.
 */
final class StepProgress {

	private final KommuneId kommune;

	private final Step step;

	private StepStatus status;

	private @Nullable Instant changedAt;

	private @Nullable UserId changedById;

	private @Nullable String changedBy;

	StepProgress(KommuneId kommune, Step step, StepStatus status, @Nullable Instant changedAt,
			@Nullable UserId changedById, @Nullable String changedBy) {
		this.kommune = Objects.requireNonNull(kommune);
		this.step = Objects.requireNonNull(step);
		this.status = Objects.requireNonNull(status);
		this.changedAt = changedAt;
		this.changedById = changedById;
		this.changedBy = changedBy;
	}

	static StepProgress notStarted(KommuneId kommune, Step step) {
		return new StepProgress(kommune, step, StepStatus.NOT_STARTED, null, null, null);
	}

	/** Whether moving to {@code target} needs the right to manage the Kommune. */
	boolean requiresManage(StepStatus target) {
		return target == StepStatus.DONE || status == StepStatus.DONE;
	}

	/**
	 * Moves the step to {@code target}.
	 * @param mayManage whether the actor may manage the Kommune (complete and reopen)
	 * @return the event to publish
	 * @throws IllegalStateException naming the current state if the move is not allowed from it
	 */
	StepStatusChanged changeTo(StepStatus target, boolean mayManage, ProcessActor by, Instant at) {
		if (target == status) {
			throw new IllegalStateException("Step " + step + " is already " + status);
		}
		if (requiresManage(target) && !mayManage) {
			throw new IllegalStateException("Step " + step + " is " + status + ": only the coordination or the "
					+ "Geschäftsstelle may " + (target == StepStatus.DONE ? "mark it DONE" : "reopen it"));
		}
		if (status == StepStatus.NOT_STARTED && target == StepStatus.DONE) {
			throw new IllegalStateException("Step " + step + " is NOT_STARTED: start it before marking it DONE");
		}
		if (status == StepStatus.DONE && target == StepStatus.NOT_STARTED) {
			throw new IllegalStateException("Step " + step + " is DONE: reopen it before resetting it");
		}
		this.status = target;
		this.changedAt = at;
		this.changedById = by.userId();
		this.changedBy = by.name();
		return new StepStatusChanged(kommune, step, target);
	}

	KommuneId kommune() {
		return kommune;
	}

	Step step() {
		return step;
	}

	StepStatus status() {
		return status;
	}

	@Nullable Instant changedAt() {
		return changedAt;
	}

	@Nullable UserId changedById() {
		return changedById;
	}

	@Nullable String changedBy() {
		return changedBy;
	}
}
