package de.daks.shared.job;

import org.jspecify.annotations.Nullable;

/**
 * What a running handler tells the world. Updates are cheap to call often: they are written to the database at
 * most a few times a second.
 */
public interface JobProgress {

	/** Reports that {@code done} of {@code total} units are done ({@code total} 0 = unknown). */
	void update(long done, long total, @Nullable String message);

	/** A progress object that goes nowhere, for running a handler's work synchronously (e.g. on the command line). */
	static JobProgress none() {
		return (done, total, message) -> {
		};
	}
}
