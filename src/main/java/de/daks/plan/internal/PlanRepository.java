package de.daks.plan.internal;

import de.daks.plan.Goal;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.MeasureUpdate;
import de.daks.plan.Milestone;
import de.daks.plan.Origin;
import de.daks.plan.PlanData;
import de.daks.plan.PlanField;
import de.daks.plan.PlanOutline;
import de.daks.plan.PlanReminder;
import de.daks.plan.ReminderSettings;
import de.daks.plan.Proposal;
import de.daks.plan.TargetGroup;
import de.daks.plan.UpdatePhoto;
import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the plan tables ({@code plan*}, migration V13_0). No permission checks here. */
@Repository
public class PlanRepository {

	/** A stored version row; the snapshot is JSON. */
	public record VersionRow(long id, int number, LocalDate decidedOn, String decisionRef, Instant publishedAt,
			String publishedBy, String snapshot) {
	}

	private static final String MEASURE_COLUMNS = """
			m.id, m.field_id, m.title, m.description, m.responsible_unit, m.responsible_person, m.partners,
			m.target_groups, m.start_date, m.end_date, m.budget, m.funding_source, m.status, m.status_reason,
			m.progress, m.origin_workshop_id, m.origin_workshop_title, m.origin_workshop_path, m.origin_card_id,
			m.origin_votes, m.origin_vote_sessions, m.responsible_user_id""";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// plan

	public Optional<Long> planId(KommuneId kommune) {
		return jdbc.sql("select id from plan where kommune_id = :k").param("k", kommune.value()).query(Long.class)
			.optional();
	}

	/** The plan ids of many Kommunen (those without a plan are missing). */
	public Map<KommuneId, Long> planIds(Collection<KommuneId> kommunen) {
		Map<KommuneId, Long> out = new HashMap<>();
		if (kommunen.isEmpty()) {
			return out;
		}
		jdbc.sql("select kommune_id, id from plan where kommune_id in (:k)")
			.param("k", kommunen.stream().map(KommuneId::value).toList())
			.query((ResultSet rs) -> {
				out.put(new KommuneId(rs.getObject(1, UUID.class)), rs.getLong(2));
			});
		return out;
	}

	/** The draft's field titles of many plans, in their order. */
	public Map<Long, List<String>> fieldTitles(Collection<Long> planIds) {
		Map<Long, List<String>> out = new HashMap<>();
		if (!planIds.isEmpty()) {
			jdbc.sql("select plan_id, title from plan_field where plan_id in (:p) order by plan_id, position, id")
				.param("p", planIds)
				.query((ResultSet rs) -> {
					out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
				});
		}
		return out;
	}

	/** Status and target groups of the draft's measures of many plans. */
	public Map<Long, List<PlanOutline.MeasureOutline>> measureOutlines(
			Collection<Long> planIds) {
		Map<Long, List<PlanOutline.MeasureOutline>> out = new HashMap<>();
		if (!planIds.isEmpty()) {
			jdbc.sql("""
					select f.plan_id, m.status, m.target_groups from plan_measure m join plan_field f on f.id = m.field_id
					where f.plan_id in (:p) order by m.id""")
				.param("p", planIds)
				.query((ResultSet rs) -> {
					out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new PlanOutline.MeasureOutline(MeasureStatus.valueOf(rs.getString(2)),
								parseGroups(rs.getString(3))));
				});
		}
		return out;
	}

	/** The latest published version of many plans, by plan id. */
	public Map<Long, VersionRow> latestVersions(Collection<Long> planIds) {
		Map<Long, VersionRow> out = new HashMap<>();
		if (!planIds.isEmpty()) {
			jdbc.sql("""
					select v.plan_id, v.id, v.number, v.decided_on, v.decision_ref, v.published_at, v.published_by,
					  v.snapshot
					from plan_version v
					where v.plan_id in (:p)
					  and v.number = (select max(w.number) from plan_version w where w.plan_id = v.plan_id)""")
				.param("p", planIds)
				.query((ResultSet rs) -> {
					out.put(rs.getLong(1), new VersionRow(rs.getLong(2), rs.getInt(3),
							rs.getObject(4, LocalDate.class), rs.getString(5), rs.getTimestamp(6).toInstant(),
							rs.getString(7), rs.getString(8)));
				});
		}
		return out;
	}

	public long createPlan(KommuneId kommune, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into plan (kommune_id, updated_at) values (:k, :at)").param("k", kommune.value())
			.param("at", Timestamp.from(at)).update(keys, "id");
		return key(keys);
	}

	/** Locks the plan row (publishing numbers versions under this lock). */
	public void lockPlan(long planId) {
		jdbc.sql("select id from plan where id = :p for update").param("p", planId).query(Long.class).single();
	}

	public void setLeitbild(long planId, @Nullable String leitbild, Instant at) {
		jdbc.sql("update plan set leitbild = :l, updated_at = :at where id = :p").param("l", leitbild)
			.param("at", Timestamp.from(at)).param("p", planId).update();
	}

	public void deletePlan(long planId) {
		jdbc.sql("delete from plan where id = :p").param("p", planId).update();
	}

	public PlanData load(long planId) {
		record Head(KommuneId kommune, @Nullable String leitbild) {
		}
		Head head = jdbc.sql("select kommune_id, leitbild from plan where id = :p").param("p", planId)
			.query((rs, n) -> new Head(new KommuneId(rs.getObject(1, UUID.class)), rs.getString(2))).single();
		List<PlanField> fields = jdbc.sql("""
				select id, title, position, origin_workshop_id, origin_workshop_title, origin_workshop_path,
				    origin_card_ids, origin_votes
				from plan_field where plan_id = :p order by position, id""").param("p", planId)
			.query((rs, n) -> new PlanField(rs.getLong(1), rs.getString(2), rs.getInt(3), origin(rs, 4, 7, 8, null)))
			.list();
		List<Goal> goals = jdbc.sql("""
				select g.id, g.field_id, g.title, g.indicator_kind, g.indicator_key, g.indicator_name, g.unit,
				    g.baseline, g.target, g.target_date, g.baseline_year
				from plan_goal g join plan_field f on f.id = g.field_id where f.plan_id = :p order by g.id""")
			.param("p", planId).query(this::goal).list();
		List<Measure> measures = jdbc.sql("select " + MEASURE_COLUMNS
				+ " from plan_measure m join plan_field f on f.id = m.field_id where f.plan_id = :p order by m.id")
			.param("p", planId).query(this::measureRow).list();
		Map<Long, List<Milestone>> milestones = new HashMap<>();
		jdbc.sql("""
				select s.id, s.measure_id, s.title, s.due, s.done from plan_milestone s
				join plan_measure m on m.id = s.measure_id join plan_field f on f.id = m.field_id
				where f.plan_id = :p order by s.due, s.id""").param("p", planId)
			.query((rs, n) -> new Milestone(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
			.list().forEach(s -> milestones.computeIfAbsent(s.measureId(), k -> new ArrayList<>()).add(s));
		return new PlanData(planId, head.kommune(), head.leitbild(), fields, goals, measures, milestones);
	}

	// fields

	public long insertField(long planId, String title, @Nullable Origin origin) {
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from plan_field where plan_id = :p")
			.param("p", planId).query(Integer.class).single();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into plan_field (plan_id, title, position, origin_workshop_id, origin_workshop_title,
				    origin_workshop_path, origin_card_ids, origin_votes)
				values (:p, :t, :pos, :w, :wt, :wp, :cards, :votes)""")
			.param("p", planId).param("t", title).param("pos", position)
			.param("w", origin == null ? null : origin.workshopId())
			.param("wt", origin == null ? null : origin.workshopTitle())
			.param("wp", origin == null ? null : origin.workshopPath())
			.param("cards", origin == null ? null : ids(origin.cardIds()))
			.param("votes", origin == null ? null : origin.votes())
			.update(keys, "id");
		return key(keys);
	}

	public void updateFieldTitle(long fieldId, String title) {
		jdbc.sql("update plan_field set title = :t where id = :f").param("t", title).param("f", fieldId).update();
	}

	/** Deletes a field with its goals and measures (and their milestones, updates and photos rows). */
	public void deleteField(long fieldId) {
		jdbc.sql("delete from plan_field where id = :f").param("f", fieldId).update();
	}

	public Optional<Long> goalField(long goalId) {
		return jdbc.sql("select field_id from plan_goal where id = :g").param("g", goalId).query(Long.class).optional();
	}

	public void updateGoal(Goal goal) {
		jdbc.sql("""
				update plan_goal set title = :t, indicator_kind = :kind, indicator_key = :key, indicator_name = :name,
				    unit = :unit, baseline = :base, target = :target, target_date = :date, baseline_year = :year
				where id = :id""")
			.param("year", goal.baselineYear())
			.param("t", goal.title()).param("kind", goal.statistic() ? "STATISTIC" : "MANUAL")
			.param("key", goal.indicatorKey()).param("name", goal.indicatorName()).param("unit", goal.unit())
			.param("base", goal.baseline()).param("target", goal.target()).param("date", goal.targetDate())
			.param("id", goal.id()).update();
	}

	/** The storage names of the photos of a measure's updates, of all in a field or in a plan (before deleting it). */
	public List<String> photoFilesOfMeasure(long measureId) {
		return photoFiles("m.id = :id", measureId);
	}

	public List<String> photoFilesOfField(long fieldId) {
		return photoFiles("m.field_id = :id", fieldId);
	}

	public List<String> photoFilesOfPlan(long planId) {
		return photoFiles("m.field_id in (select id from plan_field where plan_id = :id)", planId);
	}

	private List<String> photoFiles(String condition, long id) {
		return jdbc.sql("""
				select p.storage_name from plan_update_photo p
				join plan_update u on u.id = p.update_id
				join plan_measure m on m.id = u.measure_id
				where\s""" + condition).param("id", id).query(String.class).list();
	}

	public void deleteGoal(long goalId) {
		jdbc.sql("delete from plan_goal where id = :g").param("g", goalId).update();
	}

	public void deleteMeasure(long measureId) {
		jdbc.sql("delete from plan_measure where id = :m").param("m", measureId).update();
	}

	public int updateMilestone(long measureId, long milestoneId, String title, LocalDate due) {
		return jdbc.sql("update plan_milestone set title = :t, due = :d where id = :id and measure_id = :m")
			.param("t", title).param("d", due).param("id", milestoneId).param("m", measureId).update();
	}

	public int deleteMilestone(long measureId, long milestoneId) {
		return jdbc.sql("delete from plan_milestone where id = :id and measure_id = :m").param("id", milestoneId)
			.param("m", measureId).update();
	}

	public Optional<Long> fieldPlan(long fieldId) {
		return jdbc.sql("select plan_id from plan_field where id = :f").param("f", fieldId).query(Long.class).optional();
	}

	// goals

	public long insertGoal(Goal goal) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into plan_goal (field_id, title, indicator_kind, indicator_key, indicator_name, unit, baseline,
				    target, target_date, baseline_year)
				values (:f, :t, :kind, :key, :name, :unit, :base, :target, :date, :year)""")
			.param("year", goal.baselineYear())
			.param("f", goal.fieldId()).param("t", goal.title()).param("kind", goal.statistic() ? "STATISTIC" : "MANUAL")
			.param("key", goal.indicatorKey()).param("name", goal.indicatorName()).param("unit", goal.unit())
			.param("base", goal.baseline()).param("target", goal.target()).param("date", goal.targetDate())
			.update(keys, "id");
		return key(keys);
	}

	// measures

	public long insertMeasure(Measure m, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		Origin o = m.origin();
		jdbc.sql("""
				insert into plan_measure (field_id, title, description, responsible_unit, responsible_person, partners,
				    target_groups, start_date, end_date, budget, funding_source, status, status_reason, progress,
				    origin_workshop_id, origin_workshop_title, origin_workshop_path, origin_card_id, origin_votes,
				    origin_vote_sessions, updated_at, responsible_user_id)
				values (:f, :t, :d, :ru, :rp, :pa, :tg, :s, :e, :b, :fs, :st, :sr, :pr, :ow, :owt, :owp, :oc, :ov,
				    :os, :at, :ru_id)""")
			.param("ru_id", m.responsibleUserId())
			.param("f", m.fieldId()).param("t", m.title()).param("d", m.description()).param("ru", m.responsibleUnit())
			.param("rp", m.responsiblePerson()).param("pa", m.partners()).param("tg", groups(m.targetGroups()))
			.param("s", m.start()).param("e", m.end()).param("b", m.budget()).param("fs", m.fundingSource())
			.param("st", m.status().name()).param("sr", m.statusReason()).param("pr", m.progress())
			.param("ow", o == null ? null : o.workshopId()).param("owt", o == null ? null : o.workshopTitle())
			.param("owp", o == null ? null : o.workshopPath())
			.param("oc", o == null || o.cardIds().isEmpty() ? null : o.cardIds().get(0))
			.param("ov", o == null ? null : o.votes()).param("os", o == null ? null : ids(o.voteSessionIds()))
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		return key(keys);
	}

	public void updateMeasure(Measure m, Instant at) {
		jdbc.sql("""
				update plan_measure set field_id = :f, title = :t, description = :d, responsible_unit = :ru,
				    responsible_person = :rp, partners = :pa, target_groups = :tg, start_date = :s, end_date = :e,
				    budget = :b, funding_source = :fs, status = :st, status_reason = :sr, progress = :pr,
				    updated_at = :at
				where id = :id""")
			.param("f", m.fieldId()).param("t", m.title()).param("d", m.description()).param("ru", m.responsibleUnit())
			.param("rp", m.responsiblePerson()).param("pa", m.partners()).param("tg", groups(m.targetGroups()))
			.param("s", m.start()).param("e", m.end()).param("b", m.budget()).param("fs", m.fundingSource())
			.param("st", m.status().name()).param("sr", m.statusReason()).param("pr", m.progress())
			.param("at", Timestamp.from(at)).param("id", m.id()).update();
	}

	/**
	 * Sets the responsible user of a measure ({@link #updateMeasure} leaves it alone, so that changes of status,
	 * progress or other attributes by other callers never drop it).
	 */
	public void setResponsibleUser(long measureId, java.util.@Nullable UUID user) {
		jdbc.sql("update plan_measure set responsible_user_id = :u where id = :id").param("u", user)
			.param("id", measureId).update();
	}

	/** The measure and the plan it belongs to. */
	public Optional<Map.Entry<Long, Measure>> measure(long measureId) {
		return jdbc.sql("select f.plan_id, " + MEASURE_COLUMNS
				+ " from plan_measure m join plan_field f on f.id = m.field_id where m.id = :id")
			.param("id", measureId)
			.query((rs, n) -> Map.entry(rs.getLong(1), measureAt(rs, 1))).optional();
	}

	public void insertMilestone(long measureId, String title, LocalDate due) {
		jdbc.sql("insert into plan_milestone (measure_id, title, due, done) values (:m, :t, :d, false)")
			.param("m", measureId).param("t", title).param("d", due).update();
	}

	public int setMilestoneDone(long measureId, long milestoneId, boolean done) {
		return jdbc.sql("update plan_milestone set done = :d where id = :id and measure_id = :m").param("d", done)
			.param("id", milestoneId).param("m", measureId).update();
	}

	public long insertUpdate(long measureId, Instant at, String author, String text, MeasureStatus status,
			int progress) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into plan_update (measure_id, at, author, text, status, progress)
				values (:m, :at, :a, :t, :s, :p)""")
			.param("m", measureId).param("at", Timestamp.from(at)).param("a", author).param("t", text)
			.param("s", status.name()).param("p", progress).update(keys, "id");
		return key(keys);
	}

	public void insertPhoto(long updateId, int position, String storageName, String contentType, long size,
			int width, int height, String altText) {
		jdbc.sql("""
				insert into plan_update_photo (update_id, position, storage_name, content_type, size_bytes, width,
				    height, alt_text)
				values (:u, :pos, :n, :t, :s, :w, :h, :a)""")
			.param("u", updateId).param("pos", position).param("n", storageName).param("t", contentType)
			.param("s", size).param("w", width).param("h", height).param("a", altText).update();
	}

	/** A photo with the measure and plan it belongs to. */
	public record PhotoRow(UpdatePhoto photo, long measureId, long planId) {
	}

	public Optional<PhotoRow> photo(long photoId) {
		return jdbc.sql("""
				select ph.id, ph.update_id, ph.storage_name, ph.content_type, ph.width, ph.height, ph.alt_text,
				    u.measure_id, f.plan_id
				from plan_update_photo ph join plan_update u on u.id = ph.update_id
				join plan_measure m on m.id = u.measure_id join plan_field f on f.id = m.field_id
				where ph.id = :id""").param("id", photoId)
			.query((rs, n) -> new PhotoRow(photo(rs), rs.getLong(8), rs.getLong(9))).optional();
	}

	private static UpdatePhoto photo(ResultSet rs) throws SQLException {
		return new UpdatePhoto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getInt(6), rs.getString(7));
	}

	/** The updates with their photos (one query for the photos of all). */
	private List<MeasureUpdate> withPhotos(List<MeasureUpdate> updates) {
		if (updates.isEmpty()) {
			return updates;
		}
		Map<Long, List<UpdatePhoto>> photos = new HashMap<>();
		jdbc.sql("""
				select id, update_id, storage_name, content_type, width, height, alt_text from plan_update_photo
				where update_id in (:ids) order by update_id, position""")
			.param("ids", updates.stream().map(MeasureUpdate::id).toList())
			.query((rs, n) -> photo(rs)).list()
			.forEach(p -> photos.computeIfAbsent(p.updateId(), k -> new ArrayList<>()).add(p));
		if (photos.isEmpty()) {
			return updates;
		}
		return updates.stream().map(u -> new MeasureUpdate(u.id(), u.measureId(), u.at(), u.author(), u.text(),
				u.status(), u.progress(), photos.getOrDefault(u.id(), List.of()))).toList();
	}

	public List<MeasureUpdate> updates(long measureId) {
		return withPhotos(jdbc.sql("select id, measure_id, at, author, text, status, progress from plan_update "
				+ "where measure_id = :m order by at desc, id desc").param("m", measureId).query(this::update).list());
	}

	/** The latest updates of a plan's measures, newest first. */
	public List<MeasureUpdate> latestUpdates(long planId, int limit) {
		return jdbc.sql("""
				select u.id, u.measure_id, u.at, u.author, u.text, u.status, u.progress from plan_update u
				join plan_measure m on m.id = u.measure_id join plan_field f on f.id = m.field_id
				where f.plan_id = :p order by u.at desc, u.id desc limit :n""")
			.param("p", planId).param("n", limit).query(this::update).list();
	}

	/** The latest updates with their photos. */
	public List<MeasureUpdate> latestUpdatesWithPhotos(long planId, int limit) {
		return withPhotos(latestUpdates(planId, limit));
	}

	// reminders

	/** Overdue, open milestones of open measures with a responsible user, in plans with reminders on, not claimed. */
	public List<PlanReminder> overdueMilestones(LocalDate today) {
		return jdbc.sql("""
				select s.id, s.due, p.kommune_id, m.id, m.title, s.title, m.responsible_user_id, p.stale_after_days
				from plan_milestone s join plan_measure m on m.id = s.measure_id
				join plan_field f on f.id = m.field_id join plan p on p.id = f.plan_id
				where p.reminders_enabled = true and s.done = false and s.due < :today
				  and m.responsible_user_id is not null and m.status not in ('DONE', 'DROPPED')
				  and not exists (select 1 from plan_reminder r
				                  where r.kind = 'MILESTONE' and r.ref_id = s.id and r.period = s.due)
				order by s.due, s.id""").param("today", today)
			.query((rs, n) -> new PlanReminder(PlanReminder.Kind.MILESTONE, rs.getLong(1),
					rs.getObject(2, LocalDate.class), new KommuneId(rs.getObject(3, UUID.class)),
					rs.getLong(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
					rs.getInt(8)))
			.list();
	}

	/** A measure that may be quiet: planned or in progress, with a responsible user, its last update or change. */
	public record QuietCandidate(long measureId, KommuneId kommune, String title, java.util.UUID user,
			Instant lastActivity, int staleAfterDays) {
	}

	public List<QuietCandidate> quietCandidates(Instant before) {
		return jdbc.sql("""
				select m.id, p.kommune_id, m.title, m.responsible_user_id, p.stale_after_days, m.updated_at,
				    (select max(u.at) from plan_update u where u.measure_id = m.id)
				from plan_measure m join plan_field f on f.id = m.field_id join plan p on p.id = f.plan_id
				where p.reminders_enabled = true and m.responsible_user_id is not null
				  and m.status in ('PLANNED', 'IN_PROGRESS') and m.updated_at < :before
				order by m.id""").param("before", Timestamp.from(before))
			.query((rs, n) -> {
				Timestamp update = rs.getTimestamp(7);
				return new QuietCandidate(rs.getLong(1), new KommuneId(rs.getObject(2, UUID.class)),
						rs.getString(3), rs.getObject(4, UUID.class),
						update != null ? update.toInstant() : rs.getTimestamp(6).toInstant(), rs.getInt(5));
			})
			.list();
	}

	/**
	 * Claims a reminder: true for exactly one caller (the unique key decides between nodes). Runs outside a
	 * transaction, so a lost race leaves nothing behind.
	 */
	public boolean claimReminder(PlanReminder r, Instant at) {
		try {
			return jdbc.sql("""
					insert into plan_reminder (kind, ref_id, period, measure_id, claimed_at)
					values (:k, :ref, :period, :m, :at)""")
				.param("k", r.kind().name()).param("ref", r.refId()).param("period", r.period())
				.param("m", r.measureId()).param("at", Timestamp.from(at)).update() == 1;
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return false;
		}
	}

	public void releaseReminder(PlanReminder r) {
		jdbc.sql("delete from plan_reminder where kind = :k and ref_id = :ref and period = :period")
			.param("k", r.kind().name()).param("ref", r.refId()).param("period", r.period()).update();
	}

	public boolean staleClaimed(long measureId, LocalDate period) {
		return jdbc.sql("select count(*) from plan_reminder where kind = 'STALE' and ref_id = :m and period = :p")
			.param("m", measureId).param("p", period).query(Integer.class).single() > 0;
	}

	public ReminderSettings reminderSettings(long planId) {
		return jdbc.sql("select reminders_enabled, stale_after_days from plan where id = :p").param("p", planId)
			.query((rs, n) -> new ReminderSettings(rs.getBoolean(1), rs.getInt(2))).single();
	}

	public void setReminderSettings(long planId, ReminderSettings settings) {
		jdbc.sql("update plan set reminders_enabled = :e, stale_after_days = :d where id = :p")
			.param("e", settings.enabled()).param("d", settings.staleAfterDays()).param("p", planId).update();
	}

	// versions

	public int nextVersionNumber(long planId) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from plan_version where plan_id = :p").param("p", planId)
			.query(Integer.class).single();
	}

	public void insertVersion(long planId, int number, LocalDate decidedOn, String decisionRef, Instant at,
			String by, String snapshot) {
		jdbc.sql("""
				insert into plan_version (plan_id, number, decided_on, decision_ref, published_at, published_by,
				    snapshot)
				values (:p, :n, :d, :r, :at, :by, :s)""")
			.param("p", planId).param("n", number).param("d", decidedOn).param("r", decisionRef)
			.param("at", Timestamp.from(at)).param("by", by).param("s", snapshot).update();
	}

	public List<VersionRow> versions(long planId) {
		return jdbc.sql("""
				select id, number, decided_on, decision_ref, published_at, published_by, snapshot
				from plan_version where plan_id = :p order by number desc""").param("p", planId)
			.query((rs, n) -> new VersionRow(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)))
			.list();
	}

	// proposals

	/** Removes the proposals of a workshop of which nothing was adopted (their measures go with them). */
	public void deleteOpenProposals(KommuneId kommune, long workshopId) {
		jdbc.sql("""
				delete from plan_proposal_field where kommune_id = :k and workshop_id = :w and adopted_field_id is null
				  and not exists (select 1 from plan_proposal_measure pm
				                  where pm.proposal_field_id = plan_proposal_field.id and pm.adopted_measure_id is not null)""")
			.param("k", kommune.value()).param("w", workshopId).update();
	}

	/** The titles of a workshop's proposed fields that the team has adopted, wholly or in part. */
	public Set<String> adoptedProposalTitles(KommuneId kommune, long workshopId) {
		return new HashSet<>(jdbc.sql("""
				select title from plan_proposal_field pf
				where kommune_id = :k and workshop_id = :w
				  and (adopted_field_id is not null or exists (select 1 from plan_proposal_measure pm
				       where pm.proposal_field_id = pf.id and pm.adopted_measure_id is not null))""")
			.param("k", kommune.value()).param("w", workshopId).query(String.class).list());
	}

	public long insertProposalField(KommuneId kommune, Origin origin, String title, int priority, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into plan_proposal_field (kommune_id, workshop_id, workshop_title, workshop_path, title,
				    priority, votes, card_ids, received_at)
				values (:k, :w, :wt, :wp, :t, :p, :v, :c, :at)""")
			.param("k", kommune.value()).param("w", origin.workshopId()).param("wt", origin.workshopTitle())
			.param("wp", origin.workshopPath()).param("t", title).param("p", priority).param("v", origin.votes())
			.param("c", ids(origin.cardIds())).param("at", Timestamp.from(at)).update(keys, "id");
		return key(keys);
	}

	public void insertProposalMeasure(long proposalFieldId, String title, @Nullable String kuemmerer,
			@Nullable String firstSteps, @Nullable String realityCheck, @Nullable Long cardId, int votes,
			List<Long> sessions) {
		jdbc.sql("""
				insert into plan_proposal_measure (proposal_field_id, title, kuemmerer, first_steps, reality_check,
				    card_id, votes, vote_session_ids)
				values (:f, :t, :k, :fs, :rc, :c, :v, :s)""")
			.param("f", proposalFieldId).param("t", title).param("k", kuemmerer).param("fs", firstSteps)
			.param("rc", realityCheck).param("c", cardId).param("v", votes).param("s", ids(sessions)).update();
	}

	public List<Proposal> proposals(KommuneId kommune) {
		Map<Long, List<Proposal.ProposedMeasure>> measures = new LinkedHashMap<>();
		jdbc.sql("""
				select pm.id, pm.proposal_field_id, pm.title, pm.kuemmerer, pm.first_steps, pm.reality_check,
				    pm.card_id, pm.votes, pm.vote_session_ids, pm.adopted_measure_id
				from plan_proposal_measure pm join plan_proposal_field pf on pf.id = pm.proposal_field_id
				where pf.kommune_id = :k order by pm.votes desc, pm.id""").param("k", kommune.value())
			.query((rs, n) -> Map.entry(rs.getLong(2), new Proposal.ProposedMeasure(rs.getLong(1), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), nullableLong(rs, 7), rs.getInt(8),
					parseIds(rs.getString(9)), nullableLong(rs, 10))))
			.list().forEach(e -> measures.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("""
				select id, workshop_id, workshop_title, workshop_path, card_ids, votes, title, priority, received_at,
				    adopted_field_id
				from plan_proposal_field where kommune_id = :k order by received_at desc, priority, id""")
			.param("k", kommune.value())
			.query((rs, n) -> new Proposal(rs.getLong(1), new Origin(rs.getLong(2), rs.getString(3), rs.getString(4),
					parseIds(rs.getString(5)), rs.getInt(6), List.of()), rs.getString(7), rs.getInt(8),
					rs.getTimestamp(9).toInstant(), nullableLong(rs, 10),
					measures.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	public void adoptProposalField(long proposalFieldId, long fieldId) {
		jdbc.sql("update plan_proposal_field set adopted_field_id = :f where id = :id").param("f", fieldId)
			.param("id", proposalFieldId).update();
	}

	public void adoptProposalMeasure(long proposalMeasureId, long measureId) {
		jdbc.sql("update plan_proposal_measure set adopted_measure_id = :m where id = :id").param("m", measureId)
			.param("id", proposalMeasureId).update();
	}

	// mapping

	private Goal goal(ResultSet rs, int n) throws SQLException {
		return new Goal(rs.getLong(1), rs.getLong(2), rs.getString(3), "STATISTIC".equals(rs.getString(4)),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
				rs.getObject(10, LocalDate.class), (Integer) rs.getObject(11));
	}

	private Measure measureRow(ResultSet rs, int n) throws SQLException {
		return measureAt(rs, 0);
	}

	private Measure measureAt(ResultSet rs, int offset) throws SQLException {
		int o = offset;
		BigDecimal budget = rs.getBigDecimal(o + 11);
		return new Measure(rs.getLong(o + 1), rs.getLong(o + 2), rs.getString(o + 3), rs.getString(o + 4),
				rs.getString(o + 5), rs.getString(o + 6), rs.getString(o + 7), parseGroups(rs.getString(o + 8)),
				rs.getObject(o + 9, LocalDate.class), rs.getObject(o + 10, LocalDate.class), budget,
				rs.getString(o + 12), MeasureStatus.valueOf(rs.getString(o + 13)), rs.getString(o + 14),
				rs.getInt(o + 15), origin(rs, o + 16, o + 19, o + 20, o + 21), rs.getObject(o + 22, UUID.class));
	}

	/** The origin columns: workshop id at {@code at}, title and path after it; card(s), votes, sessions. */
	private static @Nullable Origin origin(ResultSet rs, int at, int cards, int votes,
			@Nullable Integer sessions) throws SQLException {
		long workshop = rs.getLong(at);
		if (rs.wasNull()) {
			return null;
		}
		String cardText = rs.getString(cards);
		List<Long> cardIds = cardText == null ? List.of() : parseIds(cardText);
		return new Origin(workshop, rs.getString(at + 1), rs.getString(at + 2), cardIds, rs.getInt(votes),
				sessions == null ? List.of() : parseIds(rs.getString(sessions)));
	}

	private MeasureUpdate update(ResultSet rs, int n) throws SQLException {
		return new MeasureUpdate(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
				rs.getString(5), MeasureStatus.valueOf(rs.getString(6)), rs.getInt(7), List.of());
	}

	static String groups(Set<TargetGroup> groups) {
		return groups.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static Set<TargetGroup> parseGroups(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		EnumSet<TargetGroup> set = EnumSet.noneOf(TargetGroup.class);
		Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(TargetGroup::valueOf)
			.forEach(set::add);
		return set;
	}

	static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<Long> parseIds(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static long key(KeyHolder keys) {
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("no generated key");
		}
		return key.longValue();
	}
}
