/**
 * Persisted jobs for long work: a module submits a job of a kind, a {@link de.daks.shared.job.JobHandler} bean of
 * that kind runs it on a worker thread of some node, reports progress, and the job's state, progress and result are
 * kept in the database so that every node (and the user's browser) can follow it and a restart does not lose it.
 */
@NullMarked
package de.daks.shared.job;

import org.jspecify.annotations.NullMarked;
