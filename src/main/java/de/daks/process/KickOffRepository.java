package de.daks.process;

import de.daks.shared.KommuneId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code kickoff_*}: stakeholders, agenda, minutes, next steps. */
@Repository
class KickOffRepository {

	private final JdbcClient jdbc;

	KickOffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Stakeholder> stakeholders(KommuneId kommune) {
		return jdbc.sql("""
				select * from kickoff_stakeholder where kommune_id = :kommune
				order by category, lower(organisation), lower(coalesce(person, '')), id""")
			.param("kommune", kommune.value()).query((rs, n) -> stakeholder(rs)).list();
	}

	Optional<Stakeholder> findStakeholder(KommuneId kommune, StakeholderId id) {
		return jdbc.sql("select * from kickoff_stakeholder where kommune_id = :kommune and id = :id")
			.param("kommune", kommune.value()).param("id", id.value()).query((rs, n) -> stakeholder(rs)).optional();
	}

	void insertStakeholder(KommuneId kommune, StakeholderId id, StakeholderDetails d, Instant now) {
		jdbc.sql("""
				insert into kickoff_stakeholder (id, kommune_id, organisation, person, role, email, phone, category,
				  invited, attended, created_at, updated_at)
				values (:id, :kommune, :organisation, :person, :role, :email, :phone, :category, :invited, :attended,
				  :now, :now)""")
			.param("id", id.value()).param("kommune", kommune.value()).param("organisation", d.organisation())
			.param("person", d.person()).param("role", d.role()).param("email", d.email()).param("phone", d.phone())
			.param("category", d.category().name()).param("invited", d.invited()).param("attended", d.attended())
			.param("now", Timestamp.from(now))
			.update();
	}

	void updateStakeholder(KommuneId kommune, StakeholderId id, StakeholderDetails d, Instant now) {
		jdbc.sql("""
				update kickoff_stakeholder set organisation = :organisation, person = :person, role = :role,
				  email = :email, phone = :phone, category = :category, invited = :invited, attended = :attended,
				  updated_at = :now
				where kommune_id = :kommune and id = :id""")
			.param("id", id.value()).param("kommune", kommune.value()).param("organisation", d.organisation())
			.param("person", d.person()).param("role", d.role()).param("email", d.email()).param("phone", d.phone())
			.param("category", d.category().name()).param("invited", d.invited()).param("attended", d.attended())
			.param("now", Timestamp.from(now))
			.update();
	}

	void deleteStakeholder(KommuneId kommune, StakeholderId id) {
		jdbc.sql("delete from kickoff_stakeholder where kommune_id = :kommune and id = :id")
			.param("kommune", kommune.value()).param("id", id.value()).update();
	}

	List<AgendaItem> agenda(KommuneId kommune) {
		return jdbc.sql("select * from kickoff_agenda_item where kommune_id = :kommune order by position, id")
			.param("kommune", kommune.value())
			.query((rs, n) -> {
				Time time = rs.getTime("start_time");
				return new AgendaItem(new AgendaItemId(rs.getObject("id", UUID.class)), rs.getInt("position"),
						time == null ? null : time.toLocalTime(), rs.getString("topic"), rs.getString("responsible"));
			})
			.list();
	}

	void insertAgendaItem(KommuneId kommune, AgendaItem item) {
		jdbc.sql("""
				insert into kickoff_agenda_item (id, kommune_id, position, start_time, topic, responsible)
				values (:id, :kommune, :position, :time, :topic, :responsible)""")
			.param("id", item.id().value()).param("kommune", kommune.value()).param("position", item.position())
			.param("time", item.time() == null ? null : Time.valueOf(item.time())).param("topic", item.topic())
			.param("responsible", item.responsible())
			.update();
	}

	void moveAgendaItem(AgendaItemId id, int position) {
		jdbc.sql("update kickoff_agenda_item set position = :position where id = :id")
			.param("position", position).param("id", id.value()).update();
	}

	void deleteAgendaItem(KommuneId kommune, AgendaItemId id) {
		jdbc.sql("delete from kickoff_agenda_item where kommune_id = :kommune and id = :id")
			.param("kommune", kommune.value()).param("id", id.value()).update();
	}

	Optional<Minutes> minutes(KommuneId kommune) {
		return jdbc.sql("select * from kickoff_minutes where kommune_id = :kommune").param("kommune", kommune.value())
			.query((rs, n) -> {
				Date date = rs.getDate("meeting_date");
				return new Minutes(date == null ? null : date.toLocalDate(), rs.getString("place"),
						(Integer) rs.getObject("participants", Integer.class), rs.getString("text"),
						rs.getString("decisions"), rs.getTimestamp("updated_at").toInstant(),
						rs.getString("updated_by"));
			})
			.optional();
	}

	void saveMinutes(KommuneId kommune, Minutes minutes, String by, Instant now) {
		jdbc.sql("delete from kickoff_minutes where kommune_id = :kommune").param("kommune", kommune.value())
			.update();
		jdbc.sql("""
				insert into kickoff_minutes (kommune_id, meeting_date, place, participants, text, decisions,
				  updated_at, updated_by)
				values (:kommune, :date, :place, :participants, :text, :decisions, :now, :by)""")
			.param("kommune", kommune.value())
			.param("date", minutes.date() == null ? null : Date.valueOf(minutes.date()))
			.param("place", minutes.place()).param("participants", minutes.participants())
			.param("text", minutes.text()).param("decisions", minutes.decisions())
			.param("now", Timestamp.from(now)).param("by", by)
			.update();
	}

	List<NextStep> nextSteps(KommuneId kommune) {
		return jdbc.sql("select * from kickoff_next_step where kommune_id = :kommune order by position, id")
			.param("kommune", kommune.value())
			.query((rs, n) -> {
				Date due = rs.getDate("due_date");
				return new NextStep(new NextStepId(rs.getObject("id", UUID.class)), rs.getString("what"),
						rs.getString("who"), due == null ? null : due.toLocalDate(), rs.getBoolean("done"));
			})
			.list();
	}

	int maxNextStepPosition(KommuneId kommune) {
		return jdbc.sql("select coalesce(max(position), 0) from kickoff_next_step where kommune_id = :kommune")
			.param("kommune", kommune.value()).query(Integer.class).single();
	}

	void insertNextStep(KommuneId kommune, NextStep step, int position) {
		jdbc.sql("""
				insert into kickoff_next_step (id, kommune_id, position, what, who, due_date, done)
				values (:id, :kommune, :position, :what, :who, :due, :done)""")
			.param("id", step.id().value()).param("kommune", kommune.value()).param("position", position)
			.param("what", step.what()).param("who", step.who())
			.param("due", step.due() == null ? null : Date.valueOf(step.due())).param("done", step.done())
			.update();
	}

	void markNextStep(NextStepId id, boolean done) {
		jdbc.sql("update kickoff_next_step set done = :done where id = :id").param("done", done)
			.param("id", id.value()).update();
	}

	void deleteNextStep(KommuneId kommune, NextStepId id) {
		jdbc.sql("delete from kickoff_next_step where kommune_id = :kommune and id = :id")
			.param("kommune", kommune.value()).param("id", id.value()).update();
	}

	private static Stakeholder stakeholder(ResultSet rs) throws SQLException {
		return new Stakeholder(new StakeholderId(rs.getObject("id", UUID.class)), new StakeholderDetails(
				rs.getString("organisation"), rs.getString("person"), rs.getString("role"), rs.getString("email"),
				rs.getString("phone"), StakeholderCategory.valueOf(rs.getString("category")),
				rs.getBoolean("invited"), rs.getBoolean("attended")));
	}
}
