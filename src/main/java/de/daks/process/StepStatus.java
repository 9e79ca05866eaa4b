package de.daks.process;

/** Where a step stands. */
public enum StepStatus {
	NOT_STARTED,
	IN_PROGRESS,
	DONE;

	public String messageKey() {
		return "process.status." + name();
	}
}
