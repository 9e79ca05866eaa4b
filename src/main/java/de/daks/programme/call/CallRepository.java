package de.daks.programme.call;

import de.daks.identity.UserId;
import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CallRepository {

	private final JdbcClient jdbc;

	CallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- calls

	void insert(Call call, Instant now) {
		jdbc.sql("""
				insert into programme_call (id, programme_id, title, summary, documents, deadline, published, created_at)
				values (:id, :programme, :title, :summary, :documents, :deadline, :published, :created)""")
			.param("id", call.id().value()).param("programme", call.programme().value())
			.param("title", call.title()).param("summary", call.summary()).param("documents", call.documents())
			.param("deadline", Timestamp.from(call.deadline())).param("published", call.published())
			.param("created", Timestamp.from(now)).update();
	}

	void publish(CallId id) {
		jdbc.sql("update programme_call set published = true where id = :id").param("id", id.value()).update();
	}

	Optional<Call> findCall(CallId id) {
		return jdbc.sql("select * from programme_call where id = :id").param("id", id.value())
			.query(CallRepository::mapCall).optional();
	}

	List<Call> publishedCalls() {
		return jdbc.sql("select * from programme_call where published = true order by deadline desc")
			.query(CallRepository::mapCall).list();
	}

	List<Call> callsOf(ProgrammeId programme) {
		return jdbc.sql("select * from programme_call where programme_id = :p order by deadline desc")
			.param("p", programme.value()).query(CallRepository::mapCall).list();
	}

	private static Call mapCall(ResultSet rs, int row) throws SQLException {
		return new Call(new CallId(rs.getObject("id", UUID.class)),
				new ProgrammeId(rs.getObject("programme_id", UUID.class)), rs.getString("title"),
				rs.getString("summary"), rs.getString("documents"), rs.getTimestamp("deadline").toInstant(),
				rs.getBoolean("published"));
	}

	// ---- applications

	void insert(Application a) {
		jdbc.sql("""
				insert into application (id, call_id, applicant_id, kommune_id, kommune_name, kommune_type, land_code,
				  area_key, population, population_date, population_trend, grw_area, contact_name, contact_unit,
				  contact_email, commitment, concepts, networks, cooperation, status, created_at, updated_at)
				values (:id, :call, :applicant, :kommune, :name, :type, :land, :area, :population, :populationDate,
				  :trend, :grw, :contactName, :contactUnit, :contactEmail, :commitment, :concepts, :networks,
				  :cooperation, :status, :created, :updated)""")
			.param("id", a.id().value()).param("call", a.call().value()).param("applicant", a.applicant().value())
			.param("kommune", a.kommune() == null ? null : a.kommune().value()).param("name", a.kommuneName())
			.param("type", a.kommuneType()).param("land", a.landCode()).param("area", a.areaKey())
			.param("population", a.population()).param("populationDate", a.populationDate())
			.param("trend", a.trend().name()).param("grw", a.grwArea()).param("contactName", a.contactName())
			.param("contactUnit", a.contactUnit()).param("contactEmail", a.contactEmail())
			.param("commitment", a.commitment().name()).param("concepts", a.concepts())
			.param("networks", a.networks()).param("cooperation", a.cooperation())
			.param("status", a.status().name()).param("created", Timestamp.from(a.createdAt()))
			.param("updated", Timestamp.from(a.updatedAt())).update();
		saveAnswers(a.id(), a.answers());
	}

	void updateDraft(ApplicationId id, ApplicationForm f, Instant now) {
		jdbc.sql("""
				update application set kommune_name = :name, kommune_type = :type, land_code = :land, area_key = :area,
				  population = :population, population_date = :populationDate, population_trend = :trend,
				  grw_area = :grw, contact_name = :contactName, contact_unit = :contactUnit,
				  contact_email = :contactEmail, commitment = :commitment, concepts = :concepts, networks = :networks,
				  cooperation = :cooperation, updated_at = :updated
				where id = :id and status = 'DRAFT'""")
			.param("id", id.value()).param("name", f.getKommuneName().strip()).param("type", f.getKommuneType())
			.param("land", blankToNull(f.getLandCode())).param("area", blankToNull(f.getAreaKey()))
			.param("population", f.getPopulation()).param("populationDate", blankToNull(f.getPopulationDate()))
			.param("trend", f.getTrend().name()).param("grw", f.isGrwArea()).param("contactName", f.getContactName())
			.param("contactUnit", f.getContactUnit()).param("contactEmail", f.getContactEmail())
			.param("commitment", f.getCommitment().name()).param("concepts", f.getConcepts().strip())
			.param("networks", f.getNetworks().strip()).param("cooperation", f.getCooperation().strip())
			.param("updated", Timestamp.from(now)).update();
		jdbc.sql("delete from application_answer where application_id = :id").param("id", id.value()).update();
		saveAnswers(id, f.answerMap());
	}

	private void saveAnswers(ApplicationId id, Map<CallCondition, String> answers) {
		answers.forEach((condition, answer) -> {
			if (!answer.isBlank()) {
				jdbc.sql("insert into application_answer (application_id, condition_key, answer) values (:id, :c, :a)")
					.param("id", id.value()).param("c", condition.name()).param("a", answer).update();
			}
		});
	}

	/** Locks a draft; false if it was no draft any more (submitted twice at the same moment). */
	boolean submit(ApplicationId id, Instant at) {
		return jdbc.sql("update application set status = 'SUBMITTED', submitted_at = :at, updated_at = :at "
				+ "where id = :id and status = 'DRAFT'").param("id", id.value()).param("at", Timestamp.from(at))
			.update() == 1;
	}

	void decide(ApplicationId id, ApplicationStatus status, Instant at) {
		jdbc.sql("update application set status = :status, decided_at = :at where id = :id and status = 'SUBMITTED'")
			.param("id", id.value()).param("status", status.name()).param("at", Timestamp.from(at)).update();
	}

	Optional<Application> findApplication(ApplicationId id) {
		return jdbc.sql("select * from application where id = :id").param("id", id.value())
			.query((rs, n) -> mapApplication(rs)).optional().map(this::withAnswers);
	}

	List<Application> applicationsOf(UserId applicant) {
		return jdbc.sql("select * from application where applicant_id = :u order by created_at desc")
			.param("u", applicant.value()).query((rs, n) -> mapApplication(rs)).list().stream()
			.map(this::withAnswers).toList();
	}

	List<Application> applicationsTo(CallId call) {
		return jdbc.sql("select * from application where call_id = :c order by kommune_name")
			.param("c", call.value()).query((rs, n) -> mapApplication(rs)).list().stream().map(this::withAnswers)
			.toList();
	}

	private Application withAnswers(Application a) {
		Map<CallCondition, String> answers = new EnumMap<>(CallCondition.class);
		jdbc.sql("select condition_key, answer from application_answer where application_id = :id")
			.param("id", a.id().value()).query((rs, n) -> {
				answers.put(CallCondition.valueOf(rs.getString(1)), rs.getString(2));
				return null;
			}).list();
		return new Application(a.id(), a.call(), a.applicant(), a.kommune(), a.kommuneName(), a.kommuneType(),
				a.landCode(), a.areaKey(), a.population(), a.populationDate(), a.trend(), a.grwArea(),
				a.contactName(), a.contactUnit(), a.contactEmail(), a.commitment(), a.concepts(), a.networks(),
				a.cooperation(), a.status(), a.createdAt(), a.updatedAt(), a.submittedAt(), answers);
	}

	private static Application mapApplication(ResultSet rs) throws SQLException {
		UUID kommune = rs.getObject("kommune_id", UUID.class);
		long population = rs.getLong("population");
		Long pop = rs.wasNull() ? null : population;
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Application(new ApplicationId(rs.getObject("id", UUID.class)),
				new CallId(rs.getObject("call_id", UUID.class)), new UserId(rs.getObject("applicant_id", UUID.class)),
				kommune == null ? null : new KommuneId(kommune), rs.getString("kommune_name"),
				rs.getString("kommune_type"), rs.getString("land_code"), rs.getString("area_key"), pop,
				rs.getString("population_date"), PopulationTrend.valueOf(rs.getString("population_trend")),
				rs.getBoolean("grw_area"), rs.getString("contact_name"), rs.getString("contact_unit"),
				rs.getString("contact_email"), Commitment.valueOf(rs.getString("commitment")),
				rs.getString("concepts"), rs.getString("networks"), rs.getString("cooperation"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), submitted == null ? null : submitted.toInstant(), Map.of());
	}

	// ---- reviewers and reviews

	boolean assignReviewer(ApplicationId application, UserId reviewer, Instant now) {
		int existing = jdbc.sql("select count(*) from application_reviewer where application_id = :a and reviewer_id = :r")
			.param("a", application.value()).param("r", reviewer.value()).query(Integer.class).single();
		if (existing > 0) {
			return false;
		}
		jdbc.sql("""
				insert into application_reviewer (application_id, reviewer_id, assigned_at, conflict, conflict_note)
				values (:a, :r, :at, false, '')""")
			.param("a", application.value()).param("r", reviewer.value()).param("at", Timestamp.from(now)).update();
		return true;
	}

	Optional<Assignment> findAssignment(ApplicationId application, UserId reviewer) {
		return jdbc.sql("select * from application_reviewer where application_id = :a and reviewer_id = :r")
			.param("a", application.value()).param("r", reviewer.value()).query((rs, n) -> mapAssignment(rs))
			.optional();
	}

	List<Assignment> assignmentsOf(UserId reviewer) {
		return jdbc.sql("select * from application_reviewer where reviewer_id = :r order by assigned_at")
			.param("r", reviewer.value()).query((rs, n) -> mapAssignment(rs)).list();
	}

	List<Assignment> assignmentsFor(ApplicationId application) {
		return jdbc.sql("select * from application_reviewer where application_id = :a order by assigned_at")
			.param("a", application.value()).query((rs, n) -> mapAssignment(rs)).list();
	}

	void declareConflict(ApplicationId application, UserId reviewer, String note) {
		jdbc.sql("update application_reviewer set conflict = true, conflict_note = :note "
				+ "where application_id = :a and reviewer_id = :r and submitted_at is null")
			.param("a", application.value()).param("r", reviewer.value()).param("note", note).update();
	}

	void saveEntries(ApplicationId application, UserId reviewer, List<ReviewEntry> entries) {
		jdbc.sql("delete from review_entry where application_id = :a and reviewer_id = :r")
			.param("a", application.value()).param("r", reviewer.value()).update();
		for (ReviewEntry e : entries) {
			jdbc.sql("""
					insert into review_entry (application_id, reviewer_id, condition_key, met, score, note)
					values (:a, :r, :c, :met, :score, :note)""")
				.param("a", application.value()).param("r", reviewer.value()).param("c", e.condition().name())
				.param("met", e.met()).param("score", e.score()).param("note", e.note()).update();
		}
	}

	boolean submitReview(ApplicationId application, UserId reviewer, Instant at) {
		return jdbc.sql("update application_reviewer set submitted_at = :at "
				+ "where application_id = :a and reviewer_id = :r and submitted_at is null and conflict = false")
			.param("a", application.value()).param("r", reviewer.value()).param("at", Timestamp.from(at))
			.update() == 1;
	}

	List<ReviewEntry> entries(ApplicationId application, UserId reviewer) {
		return jdbc.sql("select * from review_entry where application_id = :a and reviewer_id = :r")
			.param("a", application.value()).param("r", reviewer.value()).query((rs, n) -> {
				boolean met = rs.getBoolean("met");
				Boolean metValue = rs.wasNull() ? null : met;
				int score = rs.getInt("score");
				Integer scoreValue = rs.wasNull() ? null : score;
				return new ReviewEntry(CallCondition.valueOf(rs.getString("condition_key")), metValue, scoreValue,
						rs.getString("note"));
			}).list();
	}

	private static Assignment mapAssignment(ResultSet rs) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Assignment(new ApplicationId(rs.getObject("application_id", UUID.class)),
				new UserId(rs.getObject("reviewer_id", UUID.class)), rs.getBoolean("conflict"),
				rs.getString("conflict_note"), submitted == null ? null : submitted.toInstant());
	}

	// ---- attachments

	void insertAttachment(ApplicationAttachment a, String sha256) {
		jdbc.sql("""
				insert into application_attachment (id, application_id, file_name, storage_name, content_type,
				  size_bytes, sha256, uploaded_at)
				values (:id, :a, :name, :storage, :type, :size, :sha, :at)""")
			.param("id", a.id()).param("a", a.application().value()).param("name", a.fileName())
			.param("storage", a.storageName()).param("type", a.contentType()).param("size", a.size())
			.param("sha", sha256).param("at", Timestamp.from(a.uploadedAt())).update();
	}

	List<ApplicationAttachment> attachments(ApplicationId application) {
		return jdbc.sql("select * from application_attachment where application_id = :a order by uploaded_at")
			.param("a", application.value())
			.query((rs, n) -> new ApplicationAttachment(rs.getObject("id", UUID.class),
					new ApplicationId(rs.getObject("application_id", UUID.class)), rs.getString("file_name"),
					rs.getString("storage_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	private static @Nullable String blankToNull(String s) {
		return s.isBlank() ? null : s.strip();
	}

	/** A reviewer assigned to an application. */
	record Assignment(ApplicationId application, UserId reviewer, boolean conflict, String conflictNote,
			@Nullable Instant submittedAt) {

		boolean submitted() {
			return submittedAt != null;
		}
	}
}
