package de.daks.review.internal;

import de.daks.review.Anchoring;
import de.daks.review.Continuation;
import de.daks.review.Decision;
import de.daks.review.DecisionKind;
import de.daks.review.GoalValue;
import de.daks.review.MeasureEntry;
import de.daks.review.Reflection;
import de.daks.review.ReflectionCategory;
import de.daks.review.Review;
import de.daks.review.SurveyInvite;
import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the review tables ({@code review*}, migration V14_0). No permission or rule checks here. */
@Repository
public class ReviewRepository {

	private static final String REVIEW_COLUMNS = """
			id, kommune_id, version_number, started_at, started_by, applied_at, applied_by, published_version,
			next_review_on, continuation_note, completed_at, completed_by""";

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// reviews

	public long insertReview(KommuneId kommune, long versionId, int versionNumber, Instant at, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into review (kommune_id, open_kommune_id, version_id, version_number, started_at, started_by)
				values (:k, :k, :v, :n, :at, :by)""")
			.param("k", kommune.value()).param("v", versionId).param("n", versionNumber)
			.param("at", Timestamp.from(at)).param("by", by).update(keys, "id");
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("no generated key");
		}
		return key.longValue();
	}

	public List<Review> reviews(KommuneId kommune) {
		return jdbc.sql("select " + REVIEW_COLUMNS + " from review where kommune_id = :k order by started_at desc, id desc")
			.param("k", kommune.value()).query(this::mapReview).list();
	}

	public Optional<Review> review(long id) {
		return jdbc.sql("select " + REVIEW_COLUMNS + " from review where id = :id").param("id", id)
			.query(this::mapReview).optional();
	}

	/** Reads the review under a row lock (changes of one review are serialised). */
	public Optional<Review> lockReview(long id) {
		return jdbc.sql("select " + REVIEW_COLUMNS + " from review where id = :id for update").param("id", id)
			.query(this::mapReview).optional();
	}

	public Optional<Review> openReview(KommuneId kommune) {
		return jdbc.sql("select " + REVIEW_COLUMNS + " from review where open_kommune_id = :k")
			.param("k", kommune.value()).query(this::mapReview).optional();
	}

	/** Writes the state of the aggregate (applied, published, Verstetigung, completed). */
	public void updateReview(Review r) {
		jdbc.sql("""
				update review set applied_at = :aa, applied_by = :ab, published_version = :pv, next_review_on = :nr,
				    continuation_note = :cn, completed_at = :ca, completed_by = :cb, open_kommune_id = :ok
				where id = :id""")
			.param("aa", ts(r.appliedAt())).param("ab", r.appliedBy()).param("pv", r.publishedVersion())
			.param("nr", r.nextReviewOn()).param("cn", r.continuationNote()).param("ca", ts(r.completedAt()))
			.param("cb", r.completedBy()).param("ok", r.completed() ? null : r.kommuneId().value())
			.param("id", r.id()).update();
	}

	public Optional<String> facts(long reviewId) {
		return jdbc.sql("select facts from review where id = :id").param("id", reviewId).query(String.class)
			.optional();
	}

	public void freezeFacts(long reviewId, String json) {
		jdbc.sql("update review set facts = :f where id = :id").param("f", json).param("id", reviewId).update();
	}

	// goal values

	public void insertGoalValue(long reviewId, String goalKey, BigDecimal value, LocalDate on, @Nullable String note,
			String by, Instant at) {
		jdbc.sql("""
				insert into review_goal_value (review_id, goal_key, measured, measured_on, note, entered_by, entered_at)
				values (:r, :g, :v, :on, :n, :by, :at)""")
			.param("r", reviewId).param("g", goalKey).param("v", value).param("on", on).param("n", note)
			.param("by", by).param("at", Timestamp.from(at)).update();
	}

	public int deleteGoalValue(long reviewId, long valueId) {
		return jdbc.sql("delete from review_goal_value where id = :id and review_id = :r").param("id", valueId)
			.param("r", reviewId).update();
	}

	public List<GoalValue> goalValues(long reviewId) {
		return jdbc.sql("""
				select id, goal_key, measured, measured_on, note, entered_by, entered_at from review_goal_value
				where review_id = :r order by goal_key, measured_on, id""").param("r", reviewId)
			.query((rs, n) -> new GoalValue(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	// measures

	public void saveMeasureEntry(long reviewId, MeasureEntry e) {
		jdbc.sql("delete from review_measure where review_id = :r and measure_key = :m").param("r", reviewId)
			.param("m", e.measureKey()).update();
		jdbc.sql("""
				insert into review_measure (review_id, measure_key, spent, actual_start, actual_end, note)
				values (:r, :m, :s, :as, :ae, :n)""")
			.param("r", reviewId).param("m", e.measureKey()).param("s", e.spent()).param("as", e.actualStart())
			.param("ae", e.actualEnd()).param("n", e.note()).update();
	}

	public List<MeasureEntry> measureEntries(long reviewId) {
		return jdbc.sql("""
				select measure_key, spent, actual_start, actual_end, note from review_measure where review_id = :r
				order by measure_key""").param("r", reviewId)
			.query((rs, n) -> new MeasureEntry(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list();
	}

	// reflection

	public void saveReflection(long reviewId, Reflection r, String by, Instant at) {
		jdbc.sql("delete from review_reflection where review_id = :r and category = :c").param("r", reviewId)
			.param("c", r.category().name()).update();
		if (r.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into review_reflection (review_id, category, helped, helped_rating, hindered, hindered_rating,
				    updated_by, updated_at)
				values (:r, :c, :h, :hr, :x, :xr, :by, :at)""")
			.param("r", reviewId).param("c", r.category().name()).param("h", r.helped())
			.param("hr", r.helpedRating()).param("x", r.hindered()).param("xr", r.hinderedRating()).param("by", by)
			.param("at", Timestamp.from(at)).update();
	}

	public List<Reflection> reflections(long reviewId) {
		return jdbc.sql("""
				select category, helped, helped_rating, hindered, hindered_rating from review_reflection
				where review_id = :r""").param("r", reviewId).query(this::mapReflection).list();
	}

	// survey

	/** Invites a stakeholder (again): the new token hash replaces an earlier one, the answered mark stays. */
	public void saveInvite(long reviewId, UUID stakeholder, String name, String email, String tokenHash, Instant at,
			Instant expires, boolean mailSent) {
		int updated = jdbc.sql("""
				update review_survey_invite set name = :n, email = :e, token_hash = :h, sent_at = :at,
				    expires_at = :x, mail_sent = :m
				where review_id = :r and stakeholder_id = :s""")
			.param("n", name).param("e", email).param("h", tokenHash).param("at", Timestamp.from(at))
			.param("x", Timestamp.from(expires)).param("m", mailSent).param("r", reviewId).param("s", stakeholder)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into review_survey_invite (review_id, stakeholder_id, name, email, token_hash, sent_at,
					    expires_at, mail_sent, answered)
					values (:r, :s, :n, :e, :h, :at, :x, :m, false)""")
				.param("r", reviewId).param("s", stakeholder).param("n", name).param("e", email).param("h", tokenHash)
				.param("at", Timestamp.from(at)).param("x", Timestamp.from(expires)).param("m", mailSent).update();
		}
	}

	public void markMailSent(long reviewId, UUID stakeholder, boolean sent) {
		jdbc.sql("update review_survey_invite set mail_sent = :m where review_id = :r and stakeholder_id = :s")
			.param("m", sent).param("r", reviewId).param("s", stakeholder).update();
	}

	public List<SurveyInvite> invites(long reviewId) {
		return jdbc.sql("""
				select id, stakeholder_id, name, email, sent_at, expires_at, mail_sent from review_survey_invite
				where review_id = :r order by name, id""").param("r", reviewId)
			.query((rs, n) -> new SurveyInvite(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getBoolean(7)))
			.list();
	}

	/** An invitation by token hash that has not been answered and has not expired: its review id. */
	public Optional<Long> openInvite(String tokenHash, Instant now) {
		return jdbc.sql("""
				select review_id from review_survey_invite where token_hash = :h and answered = false
				and expires_at > :now""").param("h", tokenHash).param("now", Timestamp.from(now)).query(Long.class)
			.optional();
	}

	/** Marks the invitation answered; false if it was answered in the meantime (the caller stores nothing). */
	public boolean markAnswered(String tokenHash, Instant now) {
		return jdbc.sql("""
				update review_survey_invite set answered = true
				where token_hash = :h and answered = false and expires_at > :now""")
			.param("h", tokenHash).param("now", Timestamp.from(now)).update() == 1;
	}

	public int answeredCount(long reviewId) {
		return jdbc.sql("select count(*) from review_survey_invite where review_id = :r and answered = true")
			.param("r", reviewId).query(Integer.class).single();
	}

	public void insertAnswer(long reviewId, Reflection r) {
		jdbc.sql("""
				insert into review_survey_answer (review_id, category, helped, helped_rating, hindered,
				    hindered_rating)
				values (:r, :c, :h, :hr, :x, :xr)""")
			.param("r", reviewId).param("c", r.category().name()).param("h", r.helped())
			.param("hr", r.helpedRating()).param("x", r.hindered()).param("xr", r.hinderedRating()).update();
	}

	public List<Reflection> answers(long reviewId) {
		return jdbc.sql("""
				select category, helped, helped_rating, hindered, hindered_rating from review_survey_answer
				where review_id = :r order by id""").param("r", reviewId).query(this::mapReflection).list();
	}

	// decisions

	/** Stores a decision; a decision about a measure replaces the earlier one of that measure. */
	public void saveDecision(long reviewId, Decision d) {
		if (d.measureKey() != null) {
			jdbc.sql("delete from review_decision where review_id = :r and measure_key = :m").param("r", reviewId)
				.param("m", d.measureKey()).update();
		}
		jdbc.sql("""
				insert into review_decision (review_id, measure_key, kind, reason, title, description, responsible,
				    start_date, end_date, budget, field_key, decided_by, decided_at)
				values (:r, :m, :k, :re, :t, :d, :rp, :s, :e, :b, :f, :by, :at)""")
			.param("r", reviewId).param("m", d.measureKey()).param("k", d.kind().name()).param("re", d.reason())
			.param("t", d.title()).param("d", d.description()).param("rp", d.responsible()).param("s", d.start())
			.param("e", d.end()).param("b", d.budget()).param("f", d.fieldKey()).param("by", d.decidedBy())
			.param("at", Timestamp.from(d.decidedAt())).update();
	}

	public int deleteDecision(long reviewId, long decisionId) {
		return jdbc.sql("delete from review_decision where id = :id and review_id = :r").param("id", decisionId)
			.param("r", reviewId).update();
	}

	public List<Decision> decisions(long reviewId) {
		return jdbc.sql("""
				select id, measure_key, kind, reason, title, description, responsible, start_date, end_date, budget,
				    field_key, applied_measure_id, decided_by, decided_at
				from review_decision where review_id = :r order by id""").param("r", reviewId)
			.query((rs, n) -> new Decision(rs.getLong(1), rs.getString(2), DecisionKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getBigDecimal(10),
					rs.getString(11), nullableLong(rs, 12), rs.getString(13), rs.getTimestamp(14).toInstant()))
			.list();
	}

	public void setAppliedMeasure(long decisionId, long measureId) {
		jdbc.sql("update review_decision set applied_measure_id = :m where id = :id").param("m", measureId)
			.param("id", decisionId).update();
	}

	// Verstetigung

	public void saveContinuation(long reviewId, Continuation c) {
		jdbc.sql("delete from review_continuation where review_id = :r and measure_key = :m").param("r", reviewId)
			.param("m", c.measureKey()).update();
		jdbc.sql("""
				insert into review_continuation (review_id, measure_key, continues, carrier, financing, anchoring,
				    anchoring_note)
				values (:r, :m, :c, :ca, :f, :a, :n)""")
			.param("r", reviewId).param("m", c.measureKey()).param("c", c.continues()).param("ca", c.carrier())
			.param("f", c.financing())
			.param("a", c.anchoring().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("n", c.anchoringNote()).update();
	}

	public List<Continuation> continuations(long reviewId) {
		return jdbc.sql("""
				select measure_key, continues, carrier, financing, anchoring, anchoring_note from review_continuation
				where review_id = :r order by measure_key""").param("r", reviewId)
			.query((rs, n) -> new Continuation(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
					anchoring(rs.getString(5)), rs.getString(6)))
			.list();
	}

	// mapping

	private Review mapReview(ResultSet rs, int n) throws SQLException {
		Integer published = rs.getObject(8) == null ? null : rs.getInt(8);
		return new Review(rs.getLong(1), new KommuneId(rs.getObject(2, UUID.class)), rs.getInt(3),
				rs.getTimestamp(4).toInstant(), rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7),
				published, rs.getObject(9, LocalDate.class), rs.getString(10), instant(rs.getTimestamp(11)),
				rs.getString(12));
	}

	private Reflection mapReflection(ResultSet rs, int n) throws SQLException {
		return new Reflection(ReflectionCategory.valueOf(rs.getString(1)), rs.getString(2), nullableInt(rs, 3),
				rs.getString(4), nullableInt(rs, 5));
	}

	private static Set<Anchoring> anchoring(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		EnumSet<Anchoring> set = EnumSet.noneOf(Anchoring.class);
		Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Anchoring::valueOf)
			.forEach(set::add);
		return set;
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
