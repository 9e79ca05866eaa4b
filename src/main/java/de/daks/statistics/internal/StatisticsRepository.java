package de.daks.statistics.internal;

import de.daks.shared.AgeBand;
import de.daks.shared.KommuneId;
import de.daks.shared.Sex;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.DatasetId;
import de.daks.statistics.DatasetInfo;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The tables {@code statistics_dataset} and {@code statistics_observation}. */
@Repository
class StatisticsRepository {

	static final int CHUNK = 20_000;

	private static final String INSERT = """
			insert into statistics_observation (dataset_id, area, ref_date, measure, sex, age_from, age_to, val)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String COPY = """
			copy statistics_observation (dataset_id, area, ref_date, measure, sex, age_from, age_to, val)
			from stdin with (format csv)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final DataSource dataSource;

	private volatile @Nullable Boolean postgres;

	StatisticsRepository(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
		this.jdbc = jdbc;
		this.template = template;
		this.dataSource = dataSource;
	}

	boolean isPostgres() {
		Boolean known = postgres;
		if (known == null) {
			known = Boolean.TRUE.equals(template.execute((Connection c) -> c.getMetaData().getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT).contains("postgres")));
			postgres = known;
		}
		return known;
	}

	Optional<DatasetInfo> findBySha256(String sha256) {
		return jdbc.sql("select * from statistics_dataset where sha256 = :sha").param("sha", sha256)
			.query(StatisticsRepository::dataset).optional();
	}

	Optional<DatasetInfo> find(DatasetId id) {
		return jdbc.sql("select * from statistics_dataset where id = :id").param("id", id.value())
			.query(StatisticsRepository::dataset).optional();
	}

	/** Datasets newest first: of one Kommune, or all when {@code kommune} is null. */
	List<DatasetInfo> datasets(@Nullable KommuneId kommune, int limit) {
		String where = kommune == null ? "" : " where kommune_id = :kommune";
		JdbcClient.StatementSpec spec = jdbc.sql("select * from statistics_dataset" + where
				+ " order by seq desc limit :limit").param("limit", limit);
		if (kommune != null) {
			spec = spec.param("kommune", kommune.value());
		}
		return spec.query(StatisticsRepository::dataset).list();
	}

	void insertDataset(DatasetInfo d) {
		jdbc.sql("""
				insert into statistics_dataset (id, file_name, sha256, format, table_code, title, first_date, last_date,
				  gebietsstand, licence, attribution, kommune_id, imported_by, imported_at, row_count, accepted_warnings)
				values (:id, :file, :sha, :format, :code, :title, :first, :last, :stand, :licence, :attribution,
				  :kommune, :by, :at, :rows, :accepted)""")
			.param("id", d.id().value())
			.param("file", cut(d.fileName(), 500))
			.param("sha", d.sha256())
			.param("format", d.format())
			.param("code", d.tableCode() == null ? null : cut(d.tableCode(), 100))
			.param("title", d.title() == null ? null : cut(d.title(), 1000))
			.param("first", d.firstDate())
			.param("last", d.lastDate())
			.param("stand", d.gebietsstand())
			.param("licence", d.licence() == null ? null : cut(d.licence(), 200))
			.param("attribution", d.attribution() == null ? null : cut(d.attribution(), 2000))
			.param("kommune", d.kommune() == null ? null : d.kommune().value())
			.param("by", cut(d.importedBy(), 320))
			.param("at", Timestamp.from(d.importedAt()))
			.param("rows", d.rowCount())
			.param("accepted", d.acceptedWarnings().isEmpty() ? null : String.join("\n", d.acceptedWarnings()))
			.update();
	}

	/**
	 * Writes observations in chunks: PostgreSQL's COPY on PostgreSQL, JDBC batches elsewhere. Runs in the caller's
	 * transaction (the connection bound to it).
	 */
	void insertObservations(DatasetId dataset, List<Observation> observations, boolean useCopy,
			LongConsumer progress) {
		boolean copy = useCopy && isPostgres();
		for (int start = 0; start < observations.size(); start += CHUNK) {
			List<Observation> chunk = observations.subList(start, Math.min(observations.size(), start + CHUNK));
			if (copy) {
				copy(canonicalRows(dataset, chunk), COPY);
			}
			else {
				batch(dataset, chunk);
			}
			progress.accept(start + chunk.size());
		}
	}

	private void batch(DatasetId dataset, List<Observation> chunk) {
		template.batchUpdate(INSERT, chunk, 5000, (PreparedStatement ps, Observation o) -> {
			ps.setObject(1, dataset.value());
			ps.setString(2, o.area());
			ps.setDate(3, Date.valueOf(o.date()));
			ps.setString(4, o.measure().code());
			ps.setString(5, o.sex().code());
			ps.setInt(6, o.age().from());
			if (o.age().to() == null) {
				ps.setNull(7, Types.SMALLINT);
			}
			else {
				ps.setInt(7, o.age().to());
			}
			ps.setDouble(8, o.value());
		});
	}

	private static String canonicalRows(DatasetId dataset, List<Observation> chunk) {
		StringBuilder rows = new StringBuilder(chunk.size() * 64);
		String id = dataset.toString();
		for (Observation o : chunk) {
			rows.append(id).append(',');
			csv(rows, o.area()).append(',').append(o.date()).append(',').append(o.measure().code()).append(',')
				.append(o.sex().code()).append(',').append(o.age().from()).append(',');
			if (o.age().to() != null) {
				rows.append(o.age().to());
			}
			rows.append(',').append(CanonicalCsv.format(o.value())).append('\n');
		}
		return rows.toString();
	}

	private static StringBuilder csv(StringBuilder out, String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return out.append(text);
		}
		return out.append('"').append(text.replace("\"", "\"\"")).append('"');
	}

	/** Runs {@code COPY … FROM STDIN} on the transaction's connection (PostgreSQL only). */
	long copy(String rows, String copySql) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
			Object pg = connection.unwrap(pgConnection);
			Object copyManager = pgConnection.getMethod("getCopyAPI").invoke(pg);
			Object count = copyManager.getClass().getMethod("copyIn", String.class, Reader.class)
				.invoke(copyManager, copySql, new StringReader(rows));
			return (Long) count;
		}
		catch (ReflectiveOperationException | SQLException ex) {
			Throwable cause = ex instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
					? ite.getCause() : ex;
			throw new IllegalStateException("COPY failed: " + cause.getMessage(), cause);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	void execute(String sql) {
		template.execute(sql);
	}

	/** The observations of a dataset in file order of areas, dates, sexes and ages. */
	/** Removes a dataset with its observations (the benchmark's cleanup). */
	void deleteDataset(DatasetId dataset) {
		jdbc.sql("delete from statistics_observation where dataset_id = :id").param("id", dataset.value()).update();
		jdbc.sql("delete from statistics_dataset where id = :id").param("id", dataset.value()).update();
	}

	void forEach(DatasetId dataset, Consumer<Observation> consumer) {
		template.query("""
				select area, ref_date, measure, sex, age_from, age_to, val from statistics_observation
				 where dataset_id = ? order by area, ref_date, measure, sex, age_from, age_to""",
				rs -> {
					consumer.accept(observation(rs));
				}, dataset.value());
	}

	/**
	 * The values of areas (all spellings of one area) and a measure, at one date or all; where datasets overlap, the
	 * most recently imported one wins. The area of each returned observation is {@code asArea}.
	 */
	List<SourcedObservation> query(String asArea, Collection<String> areas, Measure measure, @Nullable LocalDate date) {
		String sql = """
				select o.area, o.ref_date, o.measure, o.sex, o.age_from, o.age_to, o.val, o.dataset_id
				  from statistics_observation o join statistics_dataset d on d.id = o.dataset_id
				 where o.area in (:areas) and o.measure = :measure""" + (date == null ? "" : " and o.ref_date = :date")
				+ " order by o.ref_date, d.seq desc";
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("areas", areas).param("measure", measure.code());
		if (date != null) {
			spec = spec.param("date", Date.valueOf(date));
		}
		Map<Observation.Cell, SourcedObservation> winners = new LinkedHashMap<>();
		spec.query((ResultSet rs) -> {
			Observation o = observation(rs);
			Observation as = new Observation(asArea, o.date(), o.measure(), o.sex(), o.age(), o.value());
			winners.putIfAbsent(as.cell(), new SourcedObservation(as,
					new DatasetId(rs.getObject("dataset_id", UUID.class))));
		});
		List<SourcedObservation> result = new ArrayList<>(winners.values());
		result.sort((a, b) -> {
			int c = a.observation().date().compareTo(b.observation().date());
			if (c != 0) {
				return c;
			}
			c = a.observation().sex().compareTo(b.observation().sex());
			return c != 0 ? c : a.observation().age().compareTo(b.observation().age());
		});
		return result;
	}

	List<LocalDate> dates(Collection<String> areas, Measure measure) {
		return jdbc.sql("""
				select distinct ref_date from statistics_observation where area in (:areas) and measure = :measure
				 order by ref_date""")
			.param("areas", areas).param("measure", measure.code())
			.query((rs, n) -> rs.getDate(1).toLocalDate()).list();
	}

	Set<String> areasWith(Measure measure, LocalDate date) {
		return new TreeSet<>(jdbc.sql("""
				select distinct area from statistics_observation where measure = :measure and ref_date = :date""")
			.param("measure", measure.code()).param("date", Date.valueOf(date))
			.query((rs, n) -> rs.getString(1)).list());
	}

	private static Observation observation(ResultSet rs) throws SQLException {
		int from = rs.getInt("age_from");
		int to = rs.getInt("age_to");
		Integer toOrNull = rs.wasNull() ? null : to;
		return new Observation(rs.getString("area"), rs.getDate("ref_date").toLocalDate(),
				Measure.ofCode(rs.getString("measure")), Sex.ofCode(rs.getString("sex").trim()),
				new AgeBand(from, toOrNull), rs.getDouble("val"));
	}

	private static DatasetInfo dataset(ResultSet rs, int n) throws SQLException {
		UUID kommune = rs.getObject("kommune_id", UUID.class);
		String accepted = rs.getString("accepted_warnings");
		return new DatasetInfo(new DatasetId(rs.getObject("id", UUID.class)), rs.getString("file_name"),
				rs.getString("sha256"), rs.getString("format"), rs.getString("table_code"), rs.getString("title"),
				date(rs, "first_date"), date(rs, "last_date"), date(rs, "gebietsstand"), rs.getString("licence"),
				rs.getString("attribution"), kommune == null ? null : new KommuneId(kommune),
				rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(), rs.getInt("row_count"),
				accepted == null ? List.of() : Arrays.asList(accepted.split("\n")));
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
