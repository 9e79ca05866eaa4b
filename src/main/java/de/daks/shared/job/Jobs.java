package de.daks.shared.job;

import de.daks.shared.KommuneId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits jobs and reads their state. Submitting only writes a row: a {@link JobWorker} on some node claims it.
 * Callers check permissions before they submit; a job's {@link Job#kommune()} lets pages check them again when they
 * show it.
 */
@Service
public class Jobs {

	private static final String COLUMNS = """
			id, kind, state, kommune_id, owner, payload, progress_done, progress_total, message, result, error,
			attempts, created_at, started_at, finished_at""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Jobs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues a job of a kind; a handler of that kind must exist. */
	@Transactional
	public JobId submit(String kind, @Nullable String payload, @Nullable KommuneId kommune, @Nullable String owner) {
		JobId id = JobId.random();
		jdbc.sql("""
				insert into job (id, kind, state, kommune_id, owner, payload, created_at)
				values (:id, :kind, 'QUEUED', :kommune, :owner, :payload, :at)""")
			.param("id", id.value())
			.param("kind", kind)
			.param("kommune", kommune == null ? null : kommune.value())
			.param("owner", owner)
			.param("payload", payload)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	public Optional<Job> find(JobId id) {
		return jdbc.sql("select " + COLUMNS + " from job where id = :id").param("id", id.value())
			.query(Jobs::job).optional();
	}

	/** The latest jobs of a kind for a Kommune (or without a Kommune when {@code kommune} is null), newest first. */
	public List<Job> recent(String kind, @Nullable KommuneId kommune, int limit) {
		String where = kommune == null ? "kommune_id is null" : "kommune_id = :kommune";
		JdbcClient.StatementSpec spec = jdbc.sql("select " + COLUMNS + " from job where kind = :kind and " + where
				+ " order by created_at desc limit :limit")
			.param("kind", kind).param("limit", limit);
		if (kommune != null) {
			spec = spec.param("kommune", kommune.value());
		}
		return spec.query(Jobs::job).list();
	}

	/**
	 * Waits until a job has finished or the timeout has passed, and returns its last state. Meant for the command
	 * line and tests; pages poll instead.
	 */
	public Job await(JobId id, Duration timeout) throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		Job job = find(id).orElseThrow(() -> new IllegalArgumentException("no job " + id));
		while (!job.finished() && Instant.now().isBefore(until)) {
			Thread.sleep(50);
			job = find(id).orElseThrow();
		}
		return job;
	}

	static Job job(ResultSet rs, int row) throws SQLException {
		UUID kommune = rs.getObject("kommune_id", UUID.class);
		return new Job(new JobId(rs.getObject("id", UUID.class)), rs.getString("kind"),
				JobState.valueOf(rs.getString("state")), kommune == null ? null : new KommuneId(kommune),
				rs.getString("owner"), rs.getString("payload"), rs.getLong("progress_done"),
				rs.getLong("progress_total"), rs.getString("message"), rs.getString("result"), rs.getString("error"),
				rs.getInt("attempts"), instant(rs, "created_at"), instantOrNull(rs, "started_at"),
				instantOrNull(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
