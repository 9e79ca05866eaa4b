package de.daks.workshop;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
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

	/** Cancels by the personal link; a freed place goes to the first on the waiting list. */
	@Transactional
	public boolean cancel(Workshop workshop, String token) {
		jdbc.sql("select id from workshop where id = :w for update").param("w", workshop.id()).query(Long.class)
			.single();
		Optional<String> status = jdbc.sql("""
				select status from workshop_registration where workshop_id = :w and token_hash = :h""")
			.param("w", workshop.id()).param("h", hash(token)).query(String.class).optional();
		if (status.isEmpty()) {
			return false;
		}
		jdbc.sql("delete from workshop_registration where workshop_id = :w and token_hash = :h")
			.param("w", workshop.id()).param("h", hash(token)).update();
		if (status.get().equals("REGISTERED")) {
			jdbc.sql("""
					update workshop_registration set status = 'REGISTERED' where id = (
					    select min(id) from workshop_registration where workshop_id = :w and status = 'WAITING')""")
				.param("w", workshop.id()).update();
		}
		return true;
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

	/** Deletes the personal data of all registrations (after the event). */
	@Transactional
	public int deleteAll(Workshop workshop) {
		return jdbc.sql("delete from workshop_registration where workshop_id = :w").param("w", workshop.id()).update();
	}

	private static String hash(String token) {
		return Guests.hash(token);
	}
}
