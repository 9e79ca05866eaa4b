package de.daks.shared.audit;

import de.daks.shared.KommuneId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what. Every module calls {@link #record} inside the transaction of the change, so an entry
 * exists exactly when the change was committed. The actor is the signed-in principal, {@code cli:<user>} on the
 * command line, or {@code system} for scheduled work.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param action what happened, a stable dotted key such as {@code process.checklist.ticked}
	 * @param subjectType the kind of thing changed, e.g. {@code Stakeholder}
	 * @param subjectId its id
	 * @param kommune the Kommune the change belongs to, if any
	 * @param details a short human-readable description (no secrets, no passwords)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subjectType, @Nullable String subjectId, @Nullable KommuneId kommune,
			String details) {
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id, kommune_id, details)
				values (:id, :at, :actor, :action, :type, :subject, :kommune, :details)""")
			.param("id", UUID.randomUUID())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("actor", currentActor())
			.param("action", action)
			.param("type", subjectType)
			.param("subject", subjectId)
			.param("kommune", kommune == null ? null : kommune.value())
			.param("details", details.length() > 2000 ? details.substring(0, 2000) : details)
			.update();
	}

	/** The newest entries, optionally of one Kommune only. */
	@Transactional(readOnly = true)
	public List<AuditEvent> latest(@Nullable KommuneId kommune, int limit) {
		return search(kommune, null, null, limit);
	}

	/**
	 * The newest entries matching all given filters, searched in the database.
	 * @param actorContains part of the actor (case-insensitive), or null
	 * @param actionContains part of the action key (case-insensitive), or null
	 */
	@Transactional(readOnly = true)
	public List<AuditEvent> search(@Nullable KommuneId kommune, @Nullable String actorContains,
			@Nullable String actionContains, int limit) {
		StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (kommune != null) {
			sql.append(" and kommune_id = :kommune");
			params.put("kommune", kommune.value());
		}
		if (actorContains != null && !actorContains.isBlank()) {
			sql.append(" and lower(actor) like :actor escape '\\'");
			params.put("actor", like(actorContains));
		}
		if (actionContains != null && !actionContains.isBlank()) {
			sql.append(" and lower(action) like :action escape '\\'");
			params.put("action", like(actionContains));
		}
		sql.append(" order by occurred_at desc, id limit :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params)
			.query((rs, n) -> new AuditEvent(rs.getObject("id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
					rs.getString("subject_type"), rs.getString("subject_id"),
					rs.getObject("kommune_id", UUID.class) == null ? null
							: new KommuneId(rs.getObject("kommune_id", UUID.class)),
					rs.getString("details")))
			.list();
	}

	private static String like(String needle) {
		String escaped = needle.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
			.replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return "system";
		}
		return authentication.getName();
	}

	public record AuditEvent(UUID id, Instant occurredAt, String actor, String action, String subjectType,
			@Nullable String subjectId, @Nullable KommuneId kommune, String details) {
	}
}
