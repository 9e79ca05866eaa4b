package de.daks.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

	/** Confirmed subscribers of the segments who have not received the issue yet, at most {@code limit}. */
	List<Subscriber> pendingRecipients(UUID issue, Set<Segment> segments, int limit) {
		return jdbc.sql("""
				select s.* from newsletter_subscriber s
				where s.status = 'CONFIRMED'
				 and not exists (select 1 from newsletter_delivery d where d.issue_id = :issue and d.subscriber_id = s.id)
				order by s.created_at, s.id""")
			.param("issue", issue).query(NewsletterRepository::map).stream()
			.filter(s -> s.segments().stream().anyMatch(segments::contains)).limit(limit).toList();
	}

	void delivered(UUID issue, UUID subscriber, Instant now) {
		jdbc.sql("insert into newsletter_delivery (issue_id, subscriber_id, sent_at) values (:i, :s, :now)")
			.param("i", issue).param("s", subscriber).param("now", Timestamp.from(now)).update();
	}

	int deliveries(UUID issue) {
		return jdbc.sql("select count(*) from newsletter_delivery where issue_id = :i").param("i", issue)
			.query(Integer.class).single();
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
		jdbc.sql("update newsletter_issue set status = 'SENT', sent_at = :now, recipients = :n where id = :id")
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
				sent == null ? null : sent.toInstant(), rs.getInt("recipients"));
	}
}
