package de.daks.shared.job;

import org.jspecify.annotations.Nullable;

/**
 * Runs the jobs of one kind. Implementations are Spring beans; they must be idempotent per job, because a job whose
 * node died is run again from the start. The handler runs without a signed-in user: it checks nothing against the
 * current principal and relies on the permission checked when the job was submitted.
 */
public interface JobHandler {

	/** The kind this handler runs, unique among handlers, e.g. {@code statistics-import}. */
	String kind();

	/**
	 * Does the work.
	 * @return a short result text stored with the job (e.g. the id of what was created), or null
	 * @throws Exception any failure: the job ends as {@link JobState#FAILED} with the exception's message
	 */
	@Nullable String run(Job job, JobProgress progress) throws Exception;
}
