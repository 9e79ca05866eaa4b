package de.daks.shared.job;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Claims queued jobs and runs them on a small thread pool. Several nodes may run workers: a job is claimed by a
 * conditional update ({@code state = 'QUEUED'}), which exactly one node wins. A running job's heartbeat is renewed
 * with its progress and every few seconds; a job whose heartbeat is older than {@code daks.jobs.stale-after} (its node
 * died or was stopped) is queued again until {@code daks.jobs.max-attempts} is reached, then failed. Not active on
 * the command line, which runs its work directly.
 */
@Component
@ConditionalOnProperty(name = "daks.cli.enabled", havingValue = "false", matchIfMissing = true)
class JobWorker {

	private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

	private static final Duration PROGRESS_WRITE_INTERVAL = Duration.ofMillis(250);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, JobHandler> handlers;

	private final ExecutorService executor;

	private final Semaphore free;

	private final Duration staleAfter;

	private final int maxAttempts;

	private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

	JobWorker(JdbcClient jdbc, Clock clock, List<JobHandler> handlers, @Value("${daks.jobs.threads:2}") int threads,
			@Value("${daks.jobs.stale-after:60s}") Duration staleAfter,
			@Value("${daks.jobs.max-attempts:3}") int maxAttempts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
		this.executor = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "daks-job-" + UUID.randomUUID().toString().substring(0, 4));
			thread.setDaemon(true);
			return thread;
		});
		this.free = new Semaphore(threads);
		this.staleAfter = staleAfter;
		this.maxAttempts = maxAttempts;
	}

	/** Claims as many queued jobs as there are free threads. */
	@Scheduled(fixedDelayString = "${daks.jobs.poll-interval:500ms}")
	void poll() {
		while (free.tryAcquire()) {
			Job job = claimNext();
			if (job == null) {
				free.release();
				return;
			}
			executor.execute(() -> {
				try {
					execute(job);
				}
				finally {
					free.release();
				}
			});
		}
	}

	/** Queues again (or fails) the jobs whose node stopped beating their heart. */
	@Scheduled(fixedDelayString = "${daks.jobs.recovery-interval:10s}")
	void recover() {
		Timestamp staleBefore = Timestamp.from(clock.instant().minus(staleAfter));
		int failed = jdbc.sql("""
				update job set state = 'FAILED', error = 'interrupted too often', finished_at = :now
				where state = 'RUNNING' and heartbeat_at < :stale and attempts >= :max""")
			.param("now", Timestamp.from(clock.instant())).param("stale", staleBefore).param("max", maxAttempts)
			.update();
		int requeued = jdbc.sql("""
				update job set state = 'QUEUED', node = null
				where state = 'RUNNING' and heartbeat_at < :stale and attempts < :max""")
			.param("stale", staleBefore).param("max", maxAttempts).update();
		if (failed + requeued > 0) {
			log.warn("Recovered interrupted jobs: {} queued again, {} failed", requeued, failed);
		}
	}

	@Scheduled(fixedDelayString = "${daks.jobs.heartbeat-interval:5s}")
	void heartbeat() {
		jdbc.sql("update job set heartbeat_at = :now where state = 'RUNNING' and node = :node")
			.param("now", Timestamp.from(clock.instant())).param("node", node).update();
	}

	private @Nullable Job claimNext() {
		List<UUID> candidates = jdbc.sql("select id from job where state = 'QUEUED' order by created_at limit 5")
			.query(UUID.class).list();
		for (UUID id : candidates) {
			Timestamp now = Timestamp.from(clock.instant());
			int claimed = jdbc.sql("""
					update job set state = 'RUNNING', node = :node, started_at = :now, heartbeat_at = :now,
					  attempts = attempts + 1, progress_done = 0, progress_total = 0, message = null
					where id = :id and state = 'QUEUED'""")
				.param("node", node).param("now", now).param("id", id).update();
			if (claimed == 1) {
				return jdbc.sql("select * from job where id = :id").param("id", id).query(Jobs::job).single();
			}
		}
		return null;
	}

	private void execute(Job job) {
		JobHandler handler = handlers.get(job.kind());
		if (handler == null) {
			finish(job.id(), JobState.FAILED, null, "no handler for job kind " + job.kind());
			return;
		}
		try {
			String result = handler.run(job, new WrittenProgress(job.id()));
			finish(job.id(), JobState.SUCCEEDED, result, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			// leave it RUNNING: recovery queues it again once its heartbeat is stale
		}
		catch (Exception | LinkageError ex) {
			log.warn("Job {} ({}) failed", job.id(), job.kind(), ex);
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			finish(job.id(), JobState.FAILED, null, message.length() > 2000 ? message.substring(0, 2000) : message);
		}
	}

	private void finish(JobId id, JobState state, @Nullable String result, @Nullable String error) {
		jdbc.sql("""
				update job set state = :state, result = :result, error = :error, finished_at = :now,
				  heartbeat_at = :now, progress_done = case when :state = 'SUCCEEDED' then progress_total
				  else progress_done end
				where id = :id and node = :node""")
			.param("state", state.name()).param("result", result).param("error", error)
			.param("now", Timestamp.from(clock.instant())).param("id", id.value()).param("node", node).update();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(5, TimeUnit.SECONDS);
	}

	/** Progress written at most every {@link #PROGRESS_WRITE_INTERVAL}; the last call always counts at the end. */
	private final class WrittenProgress implements JobProgress {

		private final JobId id;

		private Instant lastWrite = Instant.EPOCH;

		WrittenProgress(JobId id) {
			this.id = id;
		}

		@Override
		public void update(long done, long total, @Nullable String message) {
			Instant now = clock.instant();
			if (Duration.between(lastWrite, now).compareTo(PROGRESS_WRITE_INTERVAL) < 0 && done < total) {
				return;
			}
			lastWrite = now;
			String text = message == null || message.length() <= 500 ? message : message.substring(0, 500);
			jdbc.sql("""
					update job set progress_done = :done, progress_total = :total, message = :message,
					  heartbeat_at = :now where id = :id and node = :node""")
				.param("done", done).param("total", total).param("message", text)
				.param("now", Timestamp.from(now)).param("id", id.value()).param("node", node).update();
		}
	}
}
