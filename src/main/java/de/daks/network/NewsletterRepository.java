package de.daks.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NewsletterRepository {

	private final JdbcClient jdbc;

	NewsletterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Subscriber s) {
		jdbc.sql("""
				insert into newsletter_subscriber (id, email, segments, status, confirm_token, unsubscribe_token,
				 created_at) values (:id, :email, :segments, :status, :confirm, :unsubscribe, :created)""")
			.param("id", s.id()).param("email", s.email()).param("segments", ConsultantRepository.join(s.segments()))
			.param("status", s.status().name()).param("confirm", s.confirmToken())
			.param("unsubscribe", s.unsubscribeToken()).param("created", Timestamp.from(s.createdAt())).update();
	}

	/** A new subscription of a known address: new segments and tokens, back to pending. */
	void resubscribe(UUID id, Set<Segment> segments, String confirmToken, String unsubscribeToken, Instant now) {
		jdbc.sql("""
				update newsletter_subscriber set segments = :segments, status = 'PENDING', confirm_token = :confirm,
				 unsubscribe_token = :unsubscribe, created_at = :now, confirmed_at = null, unsubscribed_at = null
				where id = :id""")
			.param("segments", ConsultantRepository.join(segments)).param("confirm", confirmToken)
			.param("unsubscribe", unsubscribeToken).param("now", Timestamp.from(now)).param("id", id).update();
	}

	Optional<Subscriber> findByEmail(String email) {
		return jdbc.sql("select * from newsletter_subscriber where email = :e").param("e", email)
			.query(NewsletterRepository::map).optional();
	}

	Optional<Subscriber> findByConfirmToken(String token) {
		return jdbc.sql("select * from newsletter_subscriber where confirm_token = :t").param("t", token)
			.query(NewsletterRepository::map).optional();
	}

	Optional<Subscriber> findByUnsubscribeToken(String token) {
		return jdbc.sql("select * from newsletter_subscriber where unsubscribe_token = :t").param("t", token)
			.query(NewsletterRepository::map).optional();
	}

	void confirm(UUID id, Instant now) {
		jdbc.sql("update newsletter_subscriber set status = 'CONFIRMED', confirmed_at = :now where id = :id")
			.param("now", Timestamp.from(now)).param("id", id).update();
	}

	void unsubscribe(UUID id, Instant now) {
		jdbc.sql("update newsletter_subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = :now where id = :id")
			.param("now", Timestamp.from(now)).param("id", id).update();
	}

	int countConfirmed() {
		return jdbc.sql("select count(*) from newsletter_subscriber where status = 'CONFIRMED'").query(Integer.class)
			.single();
	}

	/**
	 * Adds a PENDING delivery for every confirmed subscriber of the segments who has none for the issue yet (the
	 * recipients of a sending; repeating it after a restart adds only those who confirmed since).
	 */
	int addRecipients(UUID issue, Set<Segment> segments) {
		if (segments.isEmpty()) {
			return 0;
		}
		StringBuilder any = new StringBuilder();
		int i = 0;
		for (Segment segment : segments) {
			any.append(i == 0 ? "" : " or ").append("(',' || s.segments || ',') like :seg").append(i++);
		}
		JdbcClient.StatementSpec spec = jdbc.sql("""
				insert into newsletter_delivery (issue_id, subscriber_id, status, attempts)
				select cast(:issue as uuid), s.id, 'PENDING', 0 from newsletter_subscriber s
				where s.status = 'CONFIRMED' and (%s)
				 and not exists (select 1 from newsletter_delivery d where d.issue_id = :issue and d.subscriber_id = s.id)
				""".formatted(any))
			.param("issue", issue);
		i = 0;
		for (Segment segment : segments) {
			spec = spec.param("seg" + i++, "%," + segment.name() + ",%");
		}
		return spec.update();
	}

	/**
	 * Deliveries claimed by an earlier run that stopped (the node died while the mail went out): whether it left
	 * is unknown, so they are FAILED and not repeated – nobody gets an issue twice.
	 */
	int failInterrupted(UUID issue) {
		return jdbc.sql("""
				update newsletter_delivery set status = 'FAILED',
				 last_error = 'interrupted while sending; not repeated to avoid a second mail'
				where issue_id = :issue and status = 'SENDING'""")
			.param("issue", issue).update();
	}

	/** Up to {@code limit} deliveries due now (pending, or to retry and their time has come), oldest first. */
	List<Recipient> due(UUID issue, Instant now, int limit) {
		return jdbc.sql("""
				select s.id, s.email, s.status, s.unsubscribe_token, d.attempts from newsletter_delivery d
				join newsletter_subscriber s on s.id = d.subscriber_id
				where d.issue_id = :issue and (d.status = 'PENDING'
				 or d.status = 'RETRY' and (d.next_attempt_at is null or d.next_attempt_at <= :now))
				order by d.attempts, s.created_at, s.id limit :limit""")
			.param("issue", issue).param("now", Timestamp.from(now)).param("limit", limit)
			.query((rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getString("email"),
					Subscriber.Status.valueOf(rs.getString("status")), rs.getString("unsubscribe_token"),
					rs.getInt("attempts")))
			.list();
	}

	/** The earliest time a delivery waits to be retried, if any. */
	Optional<Instant> nextRetry(UUID issue) {
		return jdbc.sql("""
				select min(coalesce(next_attempt_at, claimed_at)) from newsletter_delivery
				where issue_id = :issue and status = 'RETRY'""")
			.param("issue", issue)
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
	}

	/** Claims a delivery for sending; true for exactly one caller (a conditional update). */
	boolean claim(UUID issue, UUID subscriber, Instant now) {
		return jdbc.sql("""
				update newsletter_delivery set status = 'SENDING', claimed_at = :now, attempts = attempts + 1
				where issue_id = :issue and subscriber_id = :s and status in ('PENDING', 'RETRY')""")
			.param("now", Timestamp.from(now)).param("issue", issue).param("s", subscriber).update() == 1;
	}

	void sent(UUID issue, UUID subscriber, Instant now) {
		finish(issue, subscriber, "SENT", now, null, null);
	}

	void skipped(UUID issue, UUID subscriber) {
		finish(issue, subscriber, "SKIPPED", null, null, null);
	}

	/** A failed attempt: RETRY at {@code retryAt}, or FAILED when {@code retryAt} is null. */
	void failed(UUID issue, UUID subscriber, String error, @Nullable Instant retryAt) {
		finish(issue, subscriber, retryAt == null ? "FAILED" : "RETRY", null, retryAt,
				error.length() > 500 ? error.substring(0, 500) : error);
	}

	private void finish(UUID issue, UUID subscriber, String status, @Nullable Instant sentAt,
			@Nullable Instant retryAt, @Nullable String error) {
		jdbc.sql("""
				update newsletter_delivery set status = :status, sent_at = :sent, next_attempt_at = :retry,
				 last_error = :error where issue_id = :issue and subscriber_id = :s and status = 'SENDING'""")
			.param("status", status).param("sent", sentAt == null ? null : Timestamp.from(sentAt))
			.param("retry", retryAt == null ? null : Timestamp.from(retryAt)).param("error", error)
			.param("issue", issue).param("s", subscriber).update();
	}

	NewsletterDelivery.Counts counts(UUID issue) {
		return jdbc.sql("""
				select count(*) - sum(case when status = 'SKIPPED' then 1 else 0 end) as total,
				 sum(case when status = 'SENT' then 1 else 0 end) as sent,
				 sum(case when status = 'FAILED' then 1 else 0 end) as failed,
				 sum(case when status = 'SKIPPED' then 1 else 0 end) as skipped
				from newsletter_delivery where issue_id = :issue""")
			.param("issue", issue)
			.query((rs, n) -> new NewsletterDelivery.Counts(rs.getInt("total"), rs.getInt("sent"),
					rs.getInt("failed"), rs.getInt("skipped")))
			.single();
	}

	/** Failed and to-be-retried deliveries with their error, for the issue page. */
	List<NewsletterDelivery> problems(UUID issue, int limit) {
		return jdbc.sql("""
				select d.*, s.email from newsletter_delivery d join newsletter_subscriber s on s.id = d.subscriber_id
				where d.issue_id = :issue and d.status in ('FAILED', 'RETRY') order by s.email limit :limit""")
			.param("issue", issue).param("limit", limit)
			.query((rs, n) -> {
				Timestamp sent = rs.getTimestamp("sent_at");
				return new NewsletterDelivery(rs.getObject("subscriber_id", UUID.class), rs.getString("email"),
						NewsletterDelivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
						rs.getString("last_error"), sent == null ? null : sent.toInstant());
			})
			.list();
	}

	/** Starts the sending of a draft with its job; 0 if it was not a draft any more. */
	int startSending(UUID issue, UUID job) {
		return jdbc.sql("update newsletter_issue set status = 'SENDING', job_id = :job where id = :id and status = 'DRAFT'")
			.param("job", job).param("id", issue).update();
	}

	/** A recipient due for an issue: the subscriber as stored now (it may have unsubscribed since). */
	record Recipient(UUID id, String email, Subscriber.Status status, String unsubscribeToken, int attempts) {
	}

	void insertIssue(NewsletterIssue issue) {
		jdbc.sql("""
				insert into newsletter_issue (id, subject, body, segments, status, created_at, recipients)
				values (:id, :subject, :body, :segments, 'DRAFT', :created, 0)""")
			.param("id", issue.id()).param("subject", issue.subject()).param("body", issue.body())
			.param("segments", ConsultantRepository.join(issue.segments()))
			.param("created", Timestamp.from(issue.createdAt())).update();
	}

	void updateIssue(UUID id, String subject, String body, Set<Segment> segments) {
		jdbc.sql("""
				update newsletter_issue set subject = :subject, body = :body, segments = :segments
				where id = :id and status = 'DRAFT'""")
			.param("subject", subject).param("body", body).param("segments", ConsultantRepository.join(segments))
			.param("id", id).update();
	}

	void markSent(UUID id, int recipients, Instant now) {
		jdbc.sql("""
				update newsletter_issue set status = 'SENT', sent_at = :now, recipients = :n
				where id = :id and status <> 'SENT'""")
			.param("now", Timestamp.from(now)).param("n", recipients).param("id", id).update();
	}

	Optional<NewsletterIssue> findIssue(UUID id) {
		return jdbc.sql("select * from newsletter_issue where id = :id").param("id", id)
			.query(NewsletterRepository::mapIssue).optional();
	}

	List<NewsletterIssue> issues() {
		return jdbc.sql("select * from newsletter_issue order by created_at desc").query(NewsletterRepository::mapIssue)
			.list();
	}

	Optional<Instant> lastSent() {
		return jdbc.sql("select max(sent_at) from newsletter_issue where status = 'SENT'")
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
	}

	private static Subscriber map(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Subscriber(rs.getObject("id", UUID.class), rs.getString("email"),
				ConsultantRepository.split(rs.getString("segments"), Segment.class),
				Subscriber.Status.valueOf(rs.getString("status")), rs.getString("confirm_token"),
				rs.getString("unsubscribe_token"), rs.getTimestamp("created_at").toInstant(),
				confirmed == null ? null : confirmed.toInstant());
	}

	private static NewsletterIssue mapIssue(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new NewsletterIssue(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("body"),
				ConsultantRepository.split(rs.getString("segments"), Segment.class),
				"SENT".equals(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), rs.getInt("recipients"), "SENDING".equals(rs.getString("status")),
				rs.getObject("job_id", UUID.class));
	}
}
