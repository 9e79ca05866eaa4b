package de.daks.shared.job;

import de.daks.shared.KommuneId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a persisted job.
 *
 * @param kind the handler's kind, e.g. {@code statistics-import}
 * @param kommune the Kommune the job works for, if any (pages use it to check permissions)
 * @param owner the user who submitted it (login name), if any
 * @param payload the handler's input as text (usually JSON), if any
 * @param done units of work done so far
 * @param total units of work in all, 0 while unknown
 * @param message the handler's last progress message (English or a message key, as the handler documents)
 * @param result what the handler returned on success, e.g. the id of what it created
 * @param error why it failed
 */
public record Job(JobId id, String kind, JobState state, @Nullable KommuneId kommune, @Nullable String owner,
		@Nullable String payload, long done, long total, @Nullable String message, @Nullable String result,
		@Nullable String error, int attempts, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	/** Progress in percent (0–100), or -1 while the total is unknown. */
	public int percent() {
		if (state == JobState.SUCCEEDED) {
			return 100;
		}
		if (total <= 0) {
			return -1;
		}
		return (int) Math.min(100, Math.max(0, done * 100 / total));
	}

	public boolean finished() {
		return state.finished();
	}
}
