package de.daks.process;

import de.daks.identity.UserId;
import de.daks.shared.KommuneId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code process_*}: step status, checklist, notes, attachment metadata, history. */
@Repository
class ProcessRepository {

	/** Large id lists are queried in chunks so that no statement carries thousands of parameters. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	ProcessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the process rows of a Kommune unless they exist: five steps not started and the product's default
	 * checklist. Safe when two requests do it at once: the instance row decides who creates the rest.
	 * @return true if the rows were created now
	 */
	boolean createIfAbsent(KommuneId kommune, Instant now) {
		int inserted = jdbc.sql("""
				insert into process_instance (kommune_id, created_at) values (:kommune, :now)
				on conflict do nothing""")
			.param("kommune", kommune.value()).param("now", Timestamp.from(now)).update();
		if (inserted == 0) {
			return false;
		}
		for (Step step : Step.values()) {
			jdbc.sql("insert into process_step (kommune_id, step, status) values (:kommune, :step, 'NOT_STARTED')")
				.param("kommune", kommune.value()).param("step", step.name()).update();
		}
		List<String[]> templates = jdbc.sql(
				"select code, step, position from process_checklist_template where active order by step, position")
			.query((rs, n) -> new String[] { rs.getString("code"), rs.getString("step"), rs.getString("position") })
			.list();
		for (String[] template : templates) {
			jdbc.sql("""
					insert into process_checklist_item (id, kommune_id, step, template_code, text, position, done,
					  created_at, created_by_name)
					values (:id, :kommune, :step, :code, null, :position, false, :now, :by)""")
				.param("id", UUID.randomUUID()).param("kommune", kommune.value()).param("step", template[1])
				.param("code", template[0]).param("position", Integer.parseInt(template[2]))
				.param("now", Timestamp.from(now)).param("by", ProcessActor.SYSTEM_NAME)
				.update();
		}
		return true;
	}

	boolean exists(KommuneId kommune) {
		return jdbc.sql("select count(*) from process_instance where kommune_id = :kommune")
			.param("kommune", kommune.value()).query(Integer.class).single() > 0;
	}

	Optional<StepProgress> findStep(KommuneId kommune, Step step) {
		return jdbc.sql("select * from process_step where kommune_id = :kommune and step = :step")
			.param("kommune", kommune.value()).param("step", step.name())
			.query((rs, n) -> new StepProgress(kommune, step, StepStatus.valueOf(rs.getString("status")),
					instant(rs, "changed_at"), userId(rs, "changed_by_id"), rs.getString("changed_by_name")))
			.optional();
	}

	void saveStep(StepProgress progress) {
		jdbc.sql("""
				update process_step set status = :status, changed_at = :at, changed_by_id = :byId,
				  changed_by_name = :by where kommune_id = :kommune and step = :step""")
			.param("status", progress.status().name())
			.param("at", progress.changedAt() == null ? null : Timestamp.from(progress.changedAt()))
			.param("byId", progress.changedById() == null ? null : progress.changedById().value())
			.param("by", progress.changedBy())
			.param("kommune", progress.kommune().value()).param("step", progress.step().name())
			.update();
	}

	/** The overviews of many Kommunen in three queries per chunk (no query per Kommune). */
	Map<KommuneId, ProcessOverview> overviews(Collection<KommuneId> kommunen) {
		Map<Step, Integer> defaultTotals = new EnumMap<>(Step.class);
		jdbc.sql("select step, count(*) as total from process_checklist_template where active group by step")
			.query((rs, n) -> Map.entry(Step.valueOf(rs.getString("step")), rs.getInt("total"))).list()
			.forEach(e -> defaultTotals.put(e.getKey(), e.getValue()));
		List<UUID> ids = kommunen.stream().map(KommuneId::value).distinct().toList();
		Map<UUID, Map<Step, StepOverview>> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			Map<String, int[]> counts = new HashMap<>();
			jdbc.sql("""
					select kommune_id, step, count(*) as total, sum(case when done then 1 else 0 end) as done_count
					from process_checklist_item where kommune_id in (:ids) group by kommune_id, step""")
				.param("ids", chunk)
				.query((rs, n) -> Map.entry(rs.getObject("kommune_id", UUID.class) + "/" + rs.getString("step"),
						new int[] { rs.getInt("done_count"), rs.getInt("total") }))
				.list().forEach(e -> counts.put(e.getKey(), e.getValue()));
			jdbc.sql("select * from process_step where kommune_id in (:ids)").param("ids", chunk)
				.query((rs, n) -> {
					UUID id = rs.getObject("kommune_id", UUID.class);
					Step step = Step.valueOf(rs.getString("step"));
					int[] count = counts.getOrDefault(id + "/" + step.name(), new int[] { 0, 0 });
					return Map.entry(id, new StepOverview(step, StepStatus.valueOf(rs.getString("status")),
							instant(rs, "changed_at"), rs.getString("changed_by_name"), count[0], count[1]));
				})
				.list()
				.forEach(e -> found.computeIfAbsent(e.getKey(), k -> new EnumMap<>(Step.class))
					.put(e.getValue().step(), e.getValue()));
		}
		Map<KommuneId, ProcessOverview> result = new HashMap<>();
		for (UUID id : ids) {
			Map<Step, StepOverview> steps = found.getOrDefault(id, Map.of());
			List<StepOverview> ordered = new ArrayList<>();
			for (Step step : Step.values()) {
				// a Kommune whose rows do not exist yet has not started: show the product's default checklist
				ordered.add(steps.getOrDefault(step, new StepOverview(step, StepStatus.NOT_STARTED, null, null, 0,
						defaultTotals.getOrDefault(step, 0))));
			}
			result.put(new KommuneId(id), ProcessOverview.of(new KommuneId(id), ordered));
		}
		return result;
	}

	List<ChecklistItem> checklist(KommuneId kommune, @Nullable Step step, Locale locale) {
		String textColumn = "en".equals(locale.getLanguage()) ? "t.text_en" : "t.text_de";
		// the step condition is added only when given: PostgreSQL cannot type a null parameter in "is null"
		var spec = jdbc.sql("select i.*, " + textColumn + """
				 as template_text from process_checklist_item i
				left join process_checklist_template t on t.code = i.template_code
				where i.kommune_id = :kommune""" + (step == null ? "" : " and i.step = :step")
				+ " order by i.step, i.position, i.created_at")
			.param("kommune", kommune.value());
		if (step != null) {
			spec = spec.param("step", step.name());
		}
		return spec.query((rs, n) -> {
				String template = rs.getString("template_code");
				return new ChecklistItem(new ChecklistItemId(rs.getObject("id", UUID.class)),
						Step.valueOf(rs.getString("step")),
						template != null ? rs.getString("template_text") : rs.getString("text"), template != null,
						rs.getBoolean("done"), instant(rs, "done_at"), rs.getString("done_by_name"));
			})
			.list();
	}

	Optional<ChecklistItem> findChecklistItem(KommuneId kommune, ChecklistItemId id, Locale locale) {
		return checklist(kommune, null, locale).stream().filter(i -> i.id().equals(id)).findFirst();
	}

	void tick(ChecklistItemId id, boolean done, ProcessActor by, Instant at) {
		jdbc.sql("""
				update process_checklist_item set done = :done, done_at = :at, done_by_id = :byId, done_by_name = :by
				where id = :id""")
			.param("done", done)
			.param("at", done ? Timestamp.from(at) : null)
			.param("byId", done && by.userId() != null ? by.userId().value() : null)
			.param("by", done ? by.name() : null)
			.param("id", id.value())
			.update();
	}

	void insertChecklistItem(ChecklistItemId id, KommuneId kommune, Step step, String text, ProcessActor by,
			Instant at) {
		Integer max = jdbc.sql("select max(position) from process_checklist_item where kommune_id = :k and step = :s")
			.param("k", kommune.value()).param("s", step.name()).query(Integer.class).optional().orElse(0);
		jdbc.sql("""
				insert into process_checklist_item (id, kommune_id, step, template_code, text, position, done,
				  created_at, created_by_name)
				values (:id, :kommune, :step, null, :text, :position, false, :at, :by)""")
			.param("id", id.value()).param("kommune", kommune.value()).param("step", step.name())
			.param("text", text).param("position", (max == null ? 0 : max) + 1)
			.param("at", Timestamp.from(at)).param("by", by.name())
			.update();
	}

	void insertNote(NoteId id, KommuneId kommune, Step step, String text, ProcessActor by, Instant at) {
		jdbc.sql("""
				insert into process_note (id, kommune_id, step, text, author_id, author_name, created_at)
				values (:id, :kommune, :step, :text, :authorId, :author, :at)""")
			.param("id", id.value()).param("kommune", kommune.value()).param("step", step.name())
			.param("text", text).param("authorId", by.userId() == null ? null : by.userId().value())
			.param("author", by.name()).param("at", Timestamp.from(at))
			.update();
	}

	List<StepNote> notes(KommuneId kommune, Step step) {
		return jdbc.sql("""
				select * from process_note where kommune_id = :kommune and step = :step
				order by created_at desc, id""")
			.param("kommune", kommune.value()).param("step", step.name())
			.query((rs, n) -> new StepNote(new NoteId(rs.getObject("id", UUID.class)), step, rs.getString("text"),
					rs.getString("author_name"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void insertAttachment(Attachment attachment, KommuneId kommune, String sha256, String storageName,
			ProcessActor by) {
		jdbc.sql("""
				insert into process_attachment (id, kommune_id, step, file_name, content_type, size_bytes, sha256,
				  storage_name, uploaded_by_id, uploaded_by_name, uploaded_at)
				values (:id, :kommune, :step, :name, :type, :size, :sha, :storage, :byId, :by, :at)""")
			.param("id", attachment.id().value()).param("kommune", kommune.value())
			.param("step", attachment.step().name()).param("name", attachment.fileName())
			.param("type", attachment.contentType()).param("size", attachment.size()).param("sha", sha256)
			.param("storage", storageName).param("byId", by.userId() == null ? null : by.userId().value())
			.param("by", by.name()).param("at", Timestamp.from(attachment.uploadedAt()))
			.update();
	}

	List<Attachment> attachments(KommuneId kommune, Step step) {
		return jdbc.sql("""
				select * from process_attachment where kommune_id = :kommune and step = :step
				order by uploaded_at desc, id""")
			.param("kommune", kommune.value()).param("step", step.name())
			.query((rs, n) -> attachment(rs))
			.list();
	}

	/** The attachment and its storage name, if it belongs to the Kommune. */
	Optional<Map.Entry<Attachment, String>> findAttachment(KommuneId kommune, AttachmentId id) {
		return jdbc.sql("select * from process_attachment where kommune_id = :kommune and id = :id")
			.param("kommune", kommune.value()).param("id", id.value())
			.query((rs, n) -> Map.entry(attachment(rs), rs.getString("storage_name")))
			.optional();
	}

	void deleteAttachment(AttachmentId id) {
		jdbc.sql("delete from process_attachment where id = :id").param("id", id.value()).update();
	}

	int countAttachments(KommuneId kommune) {
		return jdbc.sql("select count(*) from process_attachment where kommune_id = :kommune")
			.param("kommune", kommune.value()).query(Integer.class).single();
	}

	void insertHistory(KommuneId kommune, Step step, HistoryEntry.Kind kind, String detail, ProcessActor by,
			Instant at) {
		jdbc.sql("""
				insert into process_history (id, kommune_id, step, occurred_at, actor_name, kind, detail)
				values (:id, :kommune, :step, :at, :by, :kind, :detail)""")
			.param("id", UUID.randomUUID()).param("kommune", kommune.value()).param("step", step.name())
			.param("at", Timestamp.from(at)).param("by", by.name()).param("kind", kind.name())
			.param("detail", detail.length() > 1000 ? detail.substring(0, 1000) : detail)
			.update();
	}

	/** The newest history entries of a Kommune, of one step or of all. */
	List<HistoryEntry> history(KommuneId kommune, @Nullable Step step, int limit) {
		var spec = jdbc.sql("select * from process_history where kommune_id = :kommune"
				+ (step == null ? "" : " and step = :step") + " order by occurred_at desc, id limit :limit")
			.param("kommune", kommune.value()).param("limit", limit);
		if (step != null) {
			spec = spec.param("step", step.name());
		}
		return spec.query((rs, n) -> new HistoryEntry(Step.valueOf(rs.getString("step")),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
					HistoryEntry.Kind.valueOf(rs.getString("kind")), rs.getString("detail")))
			.list();
	}

	private static Attachment attachment(ResultSet rs) throws SQLException {
		return new Attachment(new AttachmentId(rs.getObject("id", UUID.class)), Step.valueOf(rs.getString("step")),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("uploaded_by_name"), rs.getTimestamp("uploaded_at").toInstant());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable UserId userId(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new UserId(id);
	}
}
