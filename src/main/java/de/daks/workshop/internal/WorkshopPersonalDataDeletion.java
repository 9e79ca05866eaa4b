package de.daks.workshop.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the personal data of a workshop {@code daks.workshop.personal-data-days} (default 14) after its event:
 * the registrations (names, e-mail), the stored Zufallsbürger sample (names, e-mail, postal addresses) and the
 * guests' nicknames. Cards, clusters, votes and the number of guests stay. Each workshop is claimed once
 * ({@code personal_data_deleted_at}) in the same transaction as its deletion, so several nodes never run it twice
 * and a failed run is retried.
 */
@Component
public class WorkshopPersonalDataDeletion {

	private static final Logger log = LoggerFactory.getLogger(WorkshopPersonalDataDeletion.class);

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** What one workshop's deletion removed. */
	public record Deleted(long workshopId, int registrations, int sampled, int nicknames) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int days;

	WorkshopPersonalDataDeletion(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${daks.workshop.personal-data-days:14}") int days) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(fixedDelayString = "${daks.workshop.deletion-interval:1h}", initialDelayString = "5m")
	void scheduled() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("Deleting the personal data of past workshops failed; next try later", ex);
		}
	}

	/** Deletes the personal data of every workshop that is due; returns what was deleted per workshop. */
	public List<Deleted> run() {
		LocalDateTime cutoff = LocalDateTime.now(clock.withZone(ZONE)).minusDays(days);
		List<Long> due = jdbc.sql("""
				select id from workshop where starts_at < :cutoff and personal_data_deleted_at is null
				order by id""")
			.param("cutoff", Timestamp.valueOf(cutoff)).query(Long.class).list();
		List<Deleted> deleted = due.stream().map(id -> transactions.execute(status -> delete(id)))
			.filter(java.util.Objects::nonNull).toList();
		// a sample stored after its workshop was cleaned up still goes at its own deletion date
		int late = jdbc.sql("delete from workshop_sample where delete_after < :now")
			.param("now", Timestamp.from(clock.instant())).update();
		if (late > 0) {
			log.info("Stored samples past their deletion date deleted: {} people", late);
		}
		for (Deleted d : deleted) {
			log.info("Personal data of workshop {} deleted {} days after the event: {} registrations, {} sampled "
					+ "people, {} nicknames", d.workshopId(), days, d.registrations(), d.sampled(), d.nicknames());
		}
		return deleted;
	}

	private @Nullable Deleted delete(long workshopId) {
		boolean claimed = jdbc.sql("""
				update workshop set personal_data_deleted_at = :now
				where id = :id and personal_data_deleted_at is null""")
			.param("now", Timestamp.from(clock.instant())).param("id", workshopId).update() == 1;
		if (!claimed) {
			return null;
		}
		int registrations = jdbc.sql("delete from workshop_registration where workshop_id = :w")
			.param("w", workshopId).update();
		int sampled = jdbc.sql("delete from workshop_sample where workshop_id = :w").param("w", workshopId).update();
		int nicknames = jdbc.sql("update workshop_guest set nickname = null where workshop_id = :w and nickname is not null")
			.param("w", workshopId).update();
		return new Deleted(workshopId, registrations, sampled, nicknames);
	}
}
