package de.daks.workshop;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import de.daks.workshop.internal.Guests;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for a workshop by its public link, with capacity and waiting list: while places are free a
 * registration gets one, afterwards it goes onto the waiting list; a cancellation (by the personal link) gives the
 * place to the first on the waiting list. Name and e-mail are personal data: the team sees them, participants never,
 * and the moderation deletes them after the event.
 */
@Service
public class Registrations {

	/** What a registration got, with the token of its cancel link (shown once). */
	public record Outcome(Registration.Status status, String token) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Workshop times are local times in Germany. */
	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final JdbcClient jdbc;

	private final Clock clock;

	Registrations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public @Nullable Integer capacity(Workshop workshop) {
		return jdbc.sql("select capacity from workshop where id = :w").param("w", workshop.id())
			.query((rs, n) -> {
				int value = rs.getInt(1);
				return rs.wasNull() ? null : value;
			}).optional().orElse(null);
	}

	/** Sets the number of places (null: unlimited). */
	@Transactional
	public void setCapacity(Workshop workshop, @Nullable Integer capacity) {
		if (capacity != null && (capacity < 1 || capacity > 10_000)) {
			throw new WorkshopException("workshop.registration.capacityRange");
		}
		jdbc.sql("update workshop set capacity = :c where id = :w").param("c", capacity).param("w", workshop.id())
			.update();
	}

	/**
	 * Registers a person; the workshop row is locked, so two registrations at the same moment cannot both take the
	 * last place. The same e-mail address twice is refused.
	 */
	@Transactional
	public Outcome register(Workshop workshop, String name, String email) {
		jdbc.sql("select id from workshop where id = :w for update").param("w", workshop.id()).query(Long.class)
			.single();
		Integer capacity = capacity(workshop);
		int taken = jdbc.sql("select count(*) from workshop_registration where workshop_id = :w and status = 'REGISTERED'")
			.param("w", workshop.id()).query(Integer.class).single();
		Registration.Status status = capacity == null || taken < capacity ? Registration.Status.REGISTERED
				: Registration.Status.WAITING;
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			jdbc.sql("""
					insert into workshop_registration (workshop_id, name, email, token_hash, status, registered_at)
					values (:w, :n, :e, :h, :s, :at)""")
				.param("w", workshop.id()).param("n", name.strip()).param("e", email.strip().toLowerCase(Locale.ROOT))
				.param("h", hash(token)).param("s", status.name()).param("at", Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new WorkshopException("workshop.registration.twice");
		}
		return new Outcome(status, token);
	}

	/** What a cancellation did: whether the link was known, and who got the freed place from the waiting list. */
	public record Cancellation(boolean cancelled, @Nullable Registration movedUp) {
	}

	/** Cancels by the personal link; a freed place goes to the first on the waiting list. */
	@Transactional
	public boolean cancel(Workshop workshop, String token) {
		return cancelAndMoveUp(workshop, token).cancelled();
	}

	/** As {@link #cancel}, telling who moved up (so they can be told). */
	@Transactional
	public Cancellation cancelAndMoveUp(Workshop workshop, String token) {
		jdbc.sql("select id from workshop where id = :w for update").param("w", workshop.id()).query(Long.class)
			.single();
		Optional<String> status = jdbc.sql("""
				select status from workshop_registration where workshop_id = :w and token_hash = :h""")
			.param("w", workshop.id()).param("h", hash(token)).query(String.class).optional();
		if (status.isEmpty()) {
			return new Cancellation(false, null);
		}
		jdbc.sql("delete from workshop_registration where workshop_id = :w and token_hash = :h")
			.param("w", workshop.id()).param("h", hash(token)).update();
		if (!status.get().equals("REGISTERED")) {
			return new Cancellation(true, null);
		}
		Optional<Registration> first = list(workshop).stream()
			.filter(r -> r.status() == Registration.Status.WAITING).findFirst();
		first.ifPresent(r -> jdbc.sql("update workshop_registration set status = 'REGISTERED' where id = :id")
			.param("id", r.id()).update());
		return new Cancellation(true, first.map(r -> new Registration(r.id(), r.name(), r.email(),
				Registration.Status.REGISTERED, r.registeredAt())).orElse(null));
	}

	/** Registered first, then the waiting list, each in order of registration. */
	public List<Registration> list(Workshop workshop) {
		return jdbc.sql("""
				select id, name, email, status, registered_at from workshop_registration where workshop_id = :w
				order by case when status = 'REGISTERED' then 0 else 1 end, id""")
			.param("w", workshop.id())
			.query((rs, n) -> new Registration(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					Registration.Status.valueOf(rs.getString("status")), rs.getTimestamp("registered_at").toInstant()))
			.list();
	}

	/** A registration whose workshop begins within the next 24 hours and that has not been reminded yet. */
	public record Due(long workshopId, String workshopCode, Registration registration) {
	}

	/** The registrations (not the waiting list) of workshops beginning between now and 24 hours from now. */
	public List<Due> dueReminders() {
		LocalDateTime now = LocalDateTime.now(clock.withZone(ZONE));
		return jdbc.sql("""
				select r.workshop_id, w.code, r.id, r.name, r.email, r.status, r.registered_at
				from workshop_registration r join workshop w on w.id = r.workshop_id
				where r.status = 'REGISTERED' and r.reminded_at is null and w.starts_at > :now and w.starts_at <= :until
				order by r.id""")
			.param("now", Timestamp.valueOf(now)).param("until", Timestamp.valueOf(now.plusHours(24)))
			.query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), new Registration(rs.getLong(3), rs.getString(4),
					rs.getString(5), Registration.Status.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant())))
			.list();
	}

	/** Claims the reminder of a registration (false if another node already did). */
	@Transactional
	public boolean claimReminder(long registrationId) {
		return jdbc.sql("update workshop_registration set reminded_at = :at where id = :id and reminded_at is null")
			.param("at", Timestamp.from(clock.instant())).param("id", registrationId).update() == 1;
	}

	/** Gives a claimed reminder back after the mail could not be sent, so the next run tries again. */
	@Transactional
	public void releaseReminder(long registrationId) {
		jdbc.sql("update workshop_registration set reminded_at = null where id = :id").param("id", registrationId)
			.update();
	}

	/** Deletes the personal data of all registrations (after the event). */
	@Transactional
	public int deleteAll(Workshop workshop) {
		return jdbc.sql("delete from workshop_registration where workshop_id = :w").param("w", workshop.id()).update();
	}

	private static String hash(String token) {
		return Guests.hash(token);
	}
}
