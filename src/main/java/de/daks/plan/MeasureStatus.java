package de.daks.plan;

/** The life cycle of a measure. Paused and dropped need a reason; done needs a measure that has started. */
public enum MeasureStatus {
	IDEA, PLANNED, IN_PROGRESS, DONE, PAUSED, DROPPED;

	public String messageKey() {
		return "plan.status." + name();
	}

	/** Whether a change to this status must give a reason. */
	public boolean needsReason() {
		return this == PAUSED || this == DROPPED;
	}

	/** Whether the measure is finished one way or the other (never overdue). */
	public boolean closed() {
		return this == DONE || this == DROPPED;
	}
}
