package de.daks.shared.job;

/** Where a job is in its life. */
public enum JobState {

	/** Waiting for a worker. */
	QUEUED,
	/** A worker runs it and beats its heart. */
	RUNNING,
	/** Finished; {@link Job#result()} holds what the handler returned. */
	SUCCEEDED,
	/** Finished with an error; {@link Job#error()} says why. */
	FAILED;

	public boolean finished() {
		return this == SUCCEEDED || this == FAILED;
	}
}
