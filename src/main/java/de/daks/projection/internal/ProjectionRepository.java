package de.daks.projection.internal;

import de.daks.projection.ProjectionResult.Row;
import de.daks.projection.ProjectionRunInfo;
import de.daks.projection.ProjectionSettings;
import de.daks.shared.AgeBand;
import de.daks.shared.KommuneId;
import de.daks.shared.Sex;
import de.daks.shared.job.JobId;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The tables of V8_0: runs, their inputs and their results. */
@Repository
public class ProjectionRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int BATCH = 2000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ProjectionRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A new run, queued. */
	public void insert(ProjectionRunInfo run) {
		jdbc.sql("""
				insert into projection_run (id, kommune_id, area_key, base_year, horizon, method, history_years, scenario,
				  batch_id, settings, status, job_id, reproduces, created_by, created_at)
				values (:id, :kommune, :area, :base, :horizon, :method, :history, :scenario, :batch, :settings, :status,
				  :job, :reproduces, :by, :at)""")
			.param("id", run.id()).param("kommune", run.kommune().value()).param("area", run.area())
			.param("base", run.baseYear()).param("horizon", run.horizon()).param("method", run.method())
			.param("history", run.historyYears()).param("scenario", run.scenario()).param("batch", run.batch())
			.param("settings", JSON.writeValueAsString(run.settings())).param("status", run.status().name())
			.param("job", run.job() == null ? null : run.job().value()).param("reproduces", run.reproduces())
			.param("by", run.createdBy()).param("at", Timestamp.from(run.createdAt()))
			.update();
	}

	public void attachJob(UUID run, JobId job) {
		jdbc.sql("update projection_run set job_id = :job where id = :id").param("job", job.value()).param("id", run)
			.update();
	}

	public Optional<ProjectionRunInfo> find(UUID id) {
		return jdbc.sql("select * from projection_run where id = :id").param("id", id).query(ProjectionRepository::run)
			.optional();
	}

	/** The runs of a Kommune, newest first. */
	public List<ProjectionRunInfo> runs(KommuneId kommune, int limit) {
		return jdbc.sql("select * from projection_run where kommune_id = :k order by created_at desc, id limit :limit")
			.param("k", kommune.value()).param("limit", limit).query(ProjectionRepository::run).list();
	}

	public List<ProjectionRunInfo> batch(UUID batch) {
		return jdbc.sql("select * from projection_run where batch_id = :b order by created_at, id").param("b", batch)
			.query(ProjectionRepository::run).list();
	}

	/** The newest succeeded run of a Kommune. */
	public Optional<ProjectionRunInfo> latestSucceeded(KommuneId kommune) {
		return jdbc.sql("""
				select * from projection_run where kommune_id = :k and status = 'SUCCEEDED'
				order by finished_at desc, created_at desc limit 1""")
			.param("k", kommune.value()).query(ProjectionRepository::run).optional();
	}

	/** Replaces the run's stored inputs. */
	public void saveInputs(UUID run, List<Observation> inputs) {
		jdbc.sql("delete from projection_input where run_id = :id").param("id", run).update();
		for (int from = 0; from < inputs.size(); from += BATCH) {
			List<Observation> chunk = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
			template.batchUpdate("""
					insert into projection_input (run_id, area, ref_date, measure, sex, age_from, age_to, val)
					values (?, ?, ?, ?, ?, ?, ?, ?)""", chunk, chunk.size(), (PreparedStatement ps, Observation o) -> {
				ps.setObject(1, run);
				ps.setString(2, o.area());
				ps.setDate(3, Date.valueOf(o.date()));
				ps.setString(4, o.measure().name());
				ps.setString(5, o.sex().code());
				ps.setInt(6, o.age().from());
				setAgeTo(ps, 7, o.age());
				ps.setDouble(8, o.value());
			});
		}
	}

	public List<Observation> inputs(UUID run) {
		return jdbc.sql("select * from projection_input where run_id = :id").param("id", run)
			.query((rs, n) -> new Observation(rs.getString("area"), rs.getDate("ref_date").toLocalDate(),
					Measure.valueOf(rs.getString("measure")), Sex.ofCode(rs.getString("sex")), age(rs),
					rs.getDouble("val")))
			.list();
	}

	/** Replaces the results and marks the run succeeded, in the caller's transaction. */
	public void saveResults(UUID run, List<Row> rows, List<String> datasets, String inputHash, String resultHash,
			List<String> notes, Instant at) {
		jdbc.sql("delete from projection_result where run_id = :id").param("id", run).update();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			template.batchUpdate("""
					insert into projection_result (run_id, area, ref_date, sex, age_from, age_to, val, p10, p90)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", chunk, chunk.size(), (PreparedStatement ps, Row r) -> {
				ps.setObject(1, run);
				ps.setString(2, r.area());
				ps.setDate(3, Date.valueOf(r.date()));
				ps.setString(4, r.sex().code());
				ps.setInt(5, r.age().from());
				setAgeTo(ps, 6, r.age());
				ps.setDouble(7, r.value());
				ps.setDouble(8, r.p10());
				ps.setDouble(9, r.p90());
			});
		}
		jdbc.sql("""
				update projection_run set status = 'SUCCEEDED', input_datasets = :datasets, input_hash = :input,
				  result_hash = :result, notes = :notes, error = null, finished_at = :at where id = :id""")
			.param("datasets", String.join(",", datasets)).param("input", inputHash).param("result", resultHash)
			.param("notes", String.join("\n", notes)).param("at", Timestamp.from(at)).param("id", run).update();
	}

	public void fail(UUID run, String error, Instant at) {
		jdbc.sql("update projection_run set status = 'FAILED', error = :error, finished_at = :at where id = :id")
			.param("error", error.length() > 2000 ? error.substring(0, 2000) : error).param("at", Timestamp.from(at))
			.param("id", run).update();
	}

	public List<Row> results(UUID run) {
		return jdbc.sql("select * from projection_result where run_id = :id").param("id", run)
			.query((rs, n) -> new Row(rs.getString("area"), rs.getDate("ref_date").toLocalDate(),
					Sex.ofCode(rs.getString("sex")), age(rs), rs.getDouble("val"), rs.getDouble("p10"),
					rs.getDouble("p90")))
			.list();
	}

	public int resultCount(UUID run) {
		return jdbc.sql("select count(*) from projection_result where run_id = :id").param("id", run).query(Integer.class)
			.single();
	}

	/** SHA-256 over the inputs in canonical order (value as Java's shortest exact decimal). */
	public static String inputHash(List<Observation> inputs) {
		return sha256(inputs.stream()
			.map(o -> o.area() + "," + o.date() + "," + o.measure() + "," + o.sex().code() + "," + o.age().from() + ","
					+ o.age().to() + "," + o.value())
			.sorted().toList());
	}

	/** SHA-256 over the results in canonical order: equal hashes mean identical numbers. */
	public static String resultHash(List<Row> rows) {
		return sha256(rows.stream()
			.sorted(Comparator.comparing(Row::area).thenComparing(Row::date).thenComparing(Row::sex)
				.thenComparing(Row::age))
			.map(r -> r.area() + "," + r.date() + "," + r.sex().code() + "," + r.age().from() + "," + r.age().to() + ","
					+ r.value() + "," + r.p10() + "," + r.p90())
			.toList());
	}

	private static String sha256(List<String> lines) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : lines) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void setAgeTo(PreparedStatement ps, int index, AgeBand age) throws SQLException {
		if (age.to() == null) {
			ps.setNull(index, Types.SMALLINT);
		}
		else {
			ps.setInt(index, age.to());
		}
	}

	private static AgeBand age(ResultSet rs) throws SQLException {
		int from = rs.getInt("age_from");
		int to = rs.getInt("age_to");
		return rs.wasNull() ? (from == 0 ? AgeBand.ALL : AgeBand.openFrom(from)) : AgeBand.of(from, to);
	}

	private static ProjectionRunInfo run(ResultSet rs, int n) throws SQLException {
		UUID job = rs.getObject("job_id", UUID.class);
		String datasets = rs.getString("input_datasets");
		String notes = rs.getString("notes");
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ProjectionRunInfo(rs.getObject("id", UUID.class), new KommuneId(rs.getObject("kommune_id", UUID.class)),
				rs.getString("area_key"), rs.getInt("base_year"), rs.getInt("horizon"), rs.getString("method"),
				rs.getInt("history_years"), rs.getString("scenario"), rs.getObject("batch_id", UUID.class),
				JSON.readValue(rs.getString("settings"), ProjectionSettings.class),
				ProjectionRunInfo.Status.valueOf(rs.getString("status")), job == null ? null : new JobId(job),
				rs.getObject("reproduces", UUID.class),
				datasets == null || datasets.isEmpty() ? List.of() : Arrays.asList(datasets.split(",")),
				rs.getString("input_hash"), rs.getString("result_hash"),
				notes == null || notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n")), rs.getString("error"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
