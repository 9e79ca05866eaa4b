package de.daks.network;

import de.daks.shared.KommuneId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EventRepository {

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(NetworkEvent e, Instant now) {
		jdbc.sql("""
				insert into network_event (id, kind, title, description, programme, location, online_url, starts_at,
				 ends_at, capacity, materials, created_at)
				values (:id, :kind, :title, :description, :programme, :location, :url, :starts, :ends, :capacity,
				 :materials, :now)""")
			.param("id", e.id()).param("kind", e.kind().name()).param("title", e.title())
			.param("description", e.description()).param("programme", e.programme()).param("location", e.location())
			.param("url", e.onlineUrl()).param("starts", Timestamp.from(e.startsAt()))
			.param("ends", Timestamp.from(e.endsAt())).param("capacity", e.capacity())
			.param("materials", e.materials()).param("now", Timestamp.from(now)).update();
	}

	void updateMaterials(UUID id, String materials) {
		jdbc.sql("update network_event set materials = :m where id = :id").param("m", materials).param("id", id)
			.update();
	}

	boolean materialsPublic(UUID id) {
		return jdbc.sql("select materials_public from network_event where id = :id").param("id", id)
			.query(Boolean.class).optional().orElse(false);
	}

	void setMaterialsPublic(UUID id, boolean materialsPublic) {
		jdbc.sql("update network_event set materials_public = :p where id = :id").param("p", materialsPublic)
			.param("id", id).update();
	}

	Optional<NetworkEvent> find(UUID id) {
		return jdbc.sql("select * from network_event where id = :id").param("id", id).query(EventRepository::map)
			.optional();
	}

	/** Locks the event row, so that concurrent registrations are counted one after the other. */
	Optional<NetworkEvent> lock(UUID id) {
		return jdbc.sql("select * from network_event where id = :id for update").param("id", id)
			.query(EventRepository::map).optional();
	}

	List<NetworkEvent> findAll() {
		return jdbc.sql("select * from network_event order by starts_at").query(EventRepository::map).list();
	}

	List<NetworkEvent> startingBetween(Instant from, Instant to) {
		return jdbc.sql("select * from network_event where starts_at >= :f and starts_at < :t order by starts_at")
			.param("f", Timestamp.from(from)).param("t", Timestamp.from(to)).query(EventRepository::map).list();
	}

	void insertRegistration(Registration r) {
		jdbc.sql("""
				insert into network_event_registration (id, event_id, user_id, name, email, kommune_id, status,
				 registered_at, attended) values (:id, :event, :user, :name, :email, :kommune, :status, :at, false)""")
			.param("id", r.id()).param("event", r.eventId()).param("user", r.userId()).param("name", r.name())
			.param("email", r.email()).param("kommune", r.kommune() == null ? null : r.kommune().value())
			.param("status", r.status().name()).param("at", Timestamp.from(r.registeredAt())).update();
	}

	void updateRegistration(UUID id, Registration.Status status, Instant registeredAt, @org.jspecify.annotations.Nullable KommuneId kommune) {
		jdbc.sql("""
				update network_event_registration set status = :status, registered_at = :at, kommune_id = :kommune
				where id = :id""")
			.param("status", status.name()).param("at", Timestamp.from(registeredAt))
			.param("kommune", kommune == null ? null : kommune.value()).param("id", id).update();
	}

	void setStatus(UUID id, Registration.Status status) {
		jdbc.sql("update network_event_registration set status = :status where id = :id")
			.param("status", status.name()).param("id", id).update();
	}

	void setAttended(UUID event, List<UUID> attended) {
		jdbc.sql("update network_event_registration set attended = false where event_id = :e").param("e", event)
			.update();
		for (UUID id : attended) {
			jdbc.sql("update network_event_registration set attended = true where event_id = :e and id = :id")
				.param("e", event).param("id", id).update();
		}
	}

	void markReminded(UUID id, Instant now) {
		jdbc.sql("update network_event_registration set reminded_at = :now where id = :id")
			.param("now", Timestamp.from(now)).param("id", id).update();
	}

	List<Registration> registrations(UUID event) {
		return jdbc.sql("""
				select * from network_event_registration where event_id = :e order by registered_at, id""")
			.param("e", event).query(EventRepository::mapRegistration).list();
	}

	List<Registration> unreminded(UUID event) {
		return jdbc.sql("""
				select * from network_event_registration where event_id = :e and status = 'REGISTERED'
				 and reminded_at is null and email <> '' order by registered_at""")
			.param("e", event).query(EventRepository::mapRegistration).list();
	}

	Optional<Registration> registrationOf(UUID event, UUID user) {
		return jdbc.sql("select * from network_event_registration where event_id = :e and user_id = :u")
			.param("e", event).param("u", user).query(EventRepository::mapRegistration).optional();
	}

	/** Attended registrations with a Kommune at programme meetings between the instants. */
	List<Registration> attendedMeetings(Instant from, Instant to) {
		return jdbc.sql("""
				select r.* from network_event_registration r join network_event e on e.id = r.event_id
				where r.attended = true and r.kommune_id is not null and e.kind in ('REGIONAL_MEETING', 'CONFERENCE')
				 and e.starts_at >= :f and e.starts_at < :t""")
			.param("f", Timestamp.from(from)).param("t", Timestamp.from(to))
			.query(EventRepository::mapRegistration).list();
	}

	/** Registrations with a place and a Kommune at programme meetings starting between the instants. */
	List<Registration> registeredMeetings(Instant from, Instant to) {
		return jdbc.sql("""
				select r.* from network_event_registration r join network_event e on e.id = r.event_id
				where r.status = 'REGISTERED' and r.kommune_id is not null
				 and e.kind in ('REGIONAL_MEETING', 'CONFERENCE') and e.starts_at >= :f and e.starts_at < :t""")
			.param("f", Timestamp.from(from)).param("t", Timestamp.from(to))
			.query(EventRepository::mapRegistration).list();
	}

	void setKommune(UUID event, UUID registration, @org.jspecify.annotations.Nullable KommuneId kommune) {
		jdbc.sql("update network_event_registration set kommune_id = :k where event_id = :e and id = :id")
			.param("k", kommune == null ? null : kommune.value()).param("e", event).param("id", registration).update();
	}

	private static NetworkEvent map(ResultSet rs, int row) throws SQLException {
		return new NetworkEvent(rs.getObject("id", UUID.class), EventKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("description"), rs.getString("programme"),
				rs.getString("location"), rs.getString("online_url"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"), rs.getString("materials"));
	}

	private static Registration mapRegistration(ResultSet rs, int row) throws SQLException {
		UUID kommune = rs.getObject("kommune_id", UUID.class);
		return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getString("name"), rs.getString("email"),
				kommune == null ? null : new KommuneId(kommune), Registration.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("registered_at").toInstant(), rs.getBoolean("attended"));
	}
}
