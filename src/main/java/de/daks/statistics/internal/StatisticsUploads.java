package de.daks.statistics.internal;

import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import de.daks.shared.job.JobId;
import de.daks.shared.job.Jobs;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.parse.ParseOptions;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files uploaded in the browser, staged in {@code statistics_upload} between the upload, the review of the problem
 * report (format, column mapping, preview) and the import job, which deletes the upload when it has run. Uploads
 * nobody imported are deleted after {@link #KEEP}. Checks no permission: the pages do.
 */
@Service
public class StatisticsUploads {

	/** The job kind of a browser import. */
	public static final String JOB_KIND = "statistics-import";

	static final Duration KEEP = Duration.ofHours(24);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Jobs jobs;

	private final Clock clock;

	StatisticsUploads(JdbcClient jdbc, AuditLog audit, Jobs jobs, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * A staged file with what the user set.
	 * @param format the format the user chose, null = detect
	 * @param mapping the column mapping of a quarter table, null = the preset that fits
	 * @param mappingConfirmed the user has confirmed the mapping in the form
	 */
	public record Upload(UUID id, String fileName, String sha256, byte[] content, @Nullable FileFormat format,
			@Nullable String area, @Nullable LocalDate date, @Nullable MappingSpec mapping, boolean mappingConfirmed,
			@Nullable String licence, @Nullable String attribution, @Nullable KommuneId kommune, String uploadedBy,
			Instant uploadedAt) {

		/** The import request of this upload (the mapping only when one is set and readable). */
		public ImportRequest request(boolean acceptWarnings) {
			ParseOptions options = new ParseOptions(area, date, mapping == null ? null : mappingOrNull(mapping));
			return new ImportRequest(fileName, content, format, options, acceptWarnings, kommune, licence,
					attribution);
		}

		/** The same upload read with another column mapping (not yet confirmed). */
		public Upload withMapping(MappingSpec spec) {
			return new Upload(id, fileName, sha256, content, format, area, date, spec, false, licence, attribution,
					kommune, uploadedBy, uploadedAt);
		}

		private static de.daks.statistics.parse.@Nullable QuarterMapping mappingOrNull(MappingSpec spec) {
			try {
				return spec.toMapping();
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
	}

	/** What the import job reads from its payload. */
	record Payload(UUID upload, String sha256, boolean accept) {
	}

	@Transactional
	public UUID stage(String fileName, byte[] content, @Nullable KommuneId kommune, String actor) {
		UUID id = UUID.randomUUID();
		String sha256 = ImportRunner.sha256(content);
		jdbc.sql("""
				insert into statistics_upload (id, file_name, sha256, content, kommune_id, uploaded_by, uploaded_at)
				values (:id, :name, :sha, :content, :kommune, :by, :at)""")
			.param("id", id).param("name", cut(fileName, 500)).param("sha", sha256).param("content", content)
			.param("kommune", kommune == null ? null : kommune.value()).param("by", cut(actor, 320))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.record("statistics.upload.staged", "StatisticsUpload", id.toString(), kommune,
				fileName + " (" + content.length + " bytes, SHA-256 " + sha256 + ")");
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<Upload> find(UUID id) {
		return jdbc.sql("select * from statistics_upload where id = :id").param("id", id)
			.query(StatisticsUploads::upload).optional();
	}

	/** What the user chose on the review page. */
	public record Settings(@Nullable FileFormat format, @Nullable String area, @Nullable LocalDate date,
			@Nullable MappingSpec mapping, boolean mappingConfirmed, @Nullable String licence,
			@Nullable String attribution) {
	}

	/** Stores what the user chose on the review page. */
	@Transactional
	public void settings(UUID id, Settings settings) {
		FileFormat format = settings.format();
		String area = settings.area();
		LocalDate date = settings.date();
		MappingSpec mapping = settings.mapping();
		jdbc.sql("""
				update statistics_upload set format = :format, area = :area, ref_date = :date, mapping = :name,
				  mapping_spec = :spec, mapping_confirmed = :confirmed, licence = :licence,
				  attribution = :attribution where id = :id""")
			.param("format", format == null ? null : format.code())
			.param("area", area == null ? null : cut(area, 40))
			.param("date", date == null ? null : Date.valueOf(date))
			.param("name", mapping == null ? null : cut(mapping.name(), 40))
			.param("spec", mapping == null ? null : mapping.toJson())
			.param("confirmed", settings.mappingConfirmed())
			.param("licence", settings.licence() == null ? null : cut(settings.licence(), 200))
			.param("attribution", settings.attribution() == null ? null : cut(settings.attribution(), 2000))
			.param("id", id)
			.update();
	}

	/** Queues the import of an upload as a job; the caller has checked the permission and the problem report. */
	@Transactional
	public JobId start(Upload upload, boolean acceptWarnings, String owner) {
		String payload = JSON.writeValueAsString(new Payload(upload.id(), upload.sha256(), acceptWarnings));
		JobId job = jobs.submit(JOB_KIND, payload, upload.kommune(), owner);
		audit.record("statistics.import.started", "StatisticsUpload", upload.id().toString(), upload.kommune(),
				upload.fileName() + " (job " + job + (acceptWarnings ? ", warnings accepted" : "") + ")");
		return job;
	}

	/** Drops an upload the user cancelled. */
	@Transactional
	public void discard(Upload upload) {
		delete(upload.id());
		audit.record("statistics.upload.discarded", "StatisticsUpload", upload.id().toString(), upload.kommune(),
				upload.fileName());
	}

	@Transactional
	public void delete(UUID id) {
		jdbc.sql("delete from statistics_upload where id = :id").param("id", id).update();
	}

	@Scheduled(fixedDelayString = "${daks.statistics.upload-cleanup-interval:1h}")
	@Transactional
	public void deleteAbandoned() {
		jdbc.sql("delete from statistics_upload where uploaded_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(KEEP))).update();
	}

	static Payload payload(@Nullable String json) {
		return JSON.readValue(json == null ? "{}" : json, Payload.class);
	}

	private static Upload upload(ResultSet rs, int row) throws SQLException {
		String format = rs.getString("format");
		Date date = rs.getDate("ref_date");
		UUID kommune = rs.getObject("kommune_id", UUID.class);
		return new Upload(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("sha256"),
				rs.getBytes("content"), format == null ? null : FileFormat.ofCode(format), rs.getString("area"),
				date == null ? null : date.toLocalDate(), MappingSpec.fromJson(rs.getString("mapping_spec")),
				rs.getBoolean("mapping_confirmed"), rs.getString("licence"), rs.getString("attribution"),
				kommune == null ? null : new KommuneId(kommune),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
