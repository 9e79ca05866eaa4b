package de.daks.network;

import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.toolbox.Toolbox;
import de.daks.toolbox.ToolboxEntry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsletter: double opt-in (a subscription counts only after the link in the confirmation mail), one-click
 * unsubscribe (RFC 8058 headers and a link in every mail), issues composed from news, new Werkzeugkoffer entries and
 * upcoming events, sent to the segments' confirmed subscribers through the configured SMTP server in batches. Every
 * delivery is recorded at once, so an interrupted sending resumes without sending twice.
 */
@Service
public class Newsletter {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'",
			Locale.GERMAN);

	private final NewsletterRepository repository;

	private final NetworkMails mails;

	private final Toolbox toolbox;

	private final Events events;

	private final AuditLog audit;

	private final Clock clock;

	private final int batchSize;

	private final Duration batchPause;

	private final SecureRandom random = new SecureRandom();

	Newsletter(NewsletterRepository repository, NetworkMails mails, Toolbox toolbox, Events events, AuditLog audit,
			Clock clock, @Value("${daks.newsletter.batch-size:50}") int batchSize,
			@Value("${daks.newsletter.batch-pause:0s}") Duration batchPause) {
		this.repository = repository;
		this.mails = mails;
		this.toolbox = toolbox;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.batchSize = batchSize;
		this.batchPause = batchPause;
	}

	/** Whether the text looks like an e-mail address (at most 320 characters). */
	public static boolean isEmail(String text) {
		return text.length() <= 320 && EMAIL.matcher(text.strip()).matches();
	}

	/**
	 * Starts a subscription and sends the confirmation mail. A confirmed address gets no mail and is not changed
	 * (nobody can undo someone else's subscription); the caller answers the same in every case.
	 */
	@Transactional
	public void subscribe(String email, Set<Segment> segments) {
		if (!isEmail(email) || segments.isEmpty()) {
			throw new IllegalArgumentException("e-mail address and at least one segment");
		}
		String address = email.strip().toLowerCase(Locale.ROOT);
		Optional<Subscriber> existing = repository.findByEmail(address);
		if (existing.isPresent() && existing.get().status() == Subscriber.Status.CONFIRMED) {
			return;
		}
		String confirm = token();
		String unsubscribe = token();
		Instant now = clock.instant();
		if (existing.isPresent()) {
			repository.resubscribe(existing.get().id(), segments, confirm, unsubscribe, now);
		}
		else {
			repository.insert(new Subscriber(UUID.randomUUID(), address, segments, Subscriber.Status.PENDING, confirm,
					unsubscribe, now, null));
		}
		mails.send(address, mails.text("network.mail.confirm.subject"),
				mails.text("network.mail.confirm.body", mails.baseUrl() + "/newsletter/bestaetigen/" + confirm),
				Map.of());
	}

	/** Confirms the subscription of the link's token; false if the token is unknown. */
	@Transactional
	public boolean confirm(String token) {
		Optional<Subscriber> subscriber = repository.findByConfirmToken(token)
			.filter(s -> s.status() == Subscriber.Status.PENDING);
		subscriber.ifPresent(s -> {
			repository.confirm(s.id(), clock.instant());
			audit.record("network.newsletter.confirmed", "Subscriber", s.id().toString(), null, "confirmed");
		});
		return subscriber.isPresent();
	}

	/** Ends the subscription of the token (repeating it is harmless); false if the token is unknown. */
	@Transactional
	public boolean unsubscribe(String token) {
		Optional<Subscriber> subscriber = repository.findByUnsubscribeToken(token);
		subscriber.filter(s -> s.status() != Subscriber.Status.UNSUBSCRIBED).ifPresent(s -> {
			repository.unsubscribe(s.id(), clock.instant());
			audit.record("network.newsletter.unsubscribed", "Subscriber", s.id().toString(), null, "unsubscribed");
		});
		return subscriber.isPresent();
	}

	@Transactional(readOnly = true)
	public boolean knowsUnsubscribeToken(String token) {
		return repository.findByUnsubscribeToken(token).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<Subscriber> subscriber(String email) {
		return repository.findByEmail(email.strip().toLowerCase(Locale.ROOT));
	}

	@Transactional(readOnly = true)
	public int confirmedSubscribers() {
		return repository.countConfirmed();
	}

	@Transactional(readOnly = true)
	public List<NewsletterIssue> issues() {
		return repository.issues();
	}

	@Transactional(readOnly = true)
	public NewsletterIssue issue(UUID id) {
		return repository.findIssue(id).orElseThrow(() -> new NotFoundException("Issue " + id));
	}

	/**
	 * A draft composed from the news text, the Werkzeugkoffer entries published since the last issue (else the
	 * last 30 days) and the upcoming events; the office may edit it before sending.
	 */
	@Transactional
	public NewsletterIssue compose(String subject, String news, Set<Segment> segments) {
		Instant since = repository.lastSent().orElse(clock.instant().minus(Duration.ofDays(30)));
		StringBuilder body = new StringBuilder(news.strip()).append("\n");
		List<ToolboxEntry> entries = toolbox.publishedSince(since);
		if (!entries.isEmpty()) {
			body.append("\n").append(mails.text("network.newsletter.section.toolbox")).append("\n");
			for (ToolboxEntry e : entries) {
				body.append("- ").append(e.title()).append(": ").append(mails.baseUrl()).append("/werkzeugkoffer/")
					.append(e.slug()).append("\n");
			}
		}
		List<NetworkEvent> upcoming = events.upcoming();
		if (!upcoming.isEmpty()) {
			body.append("\n").append(mails.text("network.newsletter.section.events")).append("\n");
			for (NetworkEvent e : upcoming) {
				body.append("- ").append(WHEN.format(e.startsAt().atZone(Events.ZONE))).append(": ").append(e.title())
					.append(" (").append(mails.text(e.kind().messageKey())).append("), ").append(mails.baseUrl())
					.append("/veranstaltungen/").append(e.id()).append("\n");
			}
		}
		NewsletterIssue issue = new NewsletterIssue(UUID.randomUUID(), subject.strip(), body.toString(), segments,
				false, clock.instant(), null, 0);
		repository.insertIssue(issue);
		return issue;
	}

	@Transactional
	public void edit(UUID id, String subject, String body, Set<Segment> segments) {
		if (issue(id).sent()) {
			throw new IllegalStateException("Issue " + id + " was sent");
		}
		repository.updateIssue(id, subject.strip(), body.strip(), segments);
	}

	/**
	 * Sends the draft to the confirmed subscribers of its segments, {@code daks.newsletter.batch-size} at a time
	 * with {@code daks.newsletter.batch-pause} between batches. Each mail carries List-Unsubscribe (link and
	 * one-click POST) and the unsubscribe link in its text.
	 * @return the number of mails sent by this call
	 */
	public int send(UUID id) {
		NewsletterIssue issue = issue(id);
		if (issue.sent()) {
			throw new IllegalStateException("Issue " + id + " was sent");
		}
		int sent = 0;
		List<Subscriber> batch;
		while (!(batch = repository.pendingRecipients(id, issue.segments(), batchSize)).isEmpty()) {
			for (Subscriber s : batch) {
				String unsubscribe = mails.baseUrl() + "/newsletter/abmelden/" + s.unsubscribeToken();
				mails.send(s.email(), issue.subject(),
						issue.body() + "\n\n-- \n" + mails.text("network.mail.footer", unsubscribe),
						Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post",
								"List-Unsubscribe=One-Click"));
				repository.delivered(id, s.id(), clock.instant());
				sent++;
			}
			pause();
		}
		int total = repository.deliveries(id);
		repository.markSent(id, total, clock.instant());
		return sent;
	}

	private void pause() {
		if (!batchPause.isZero()) {
			try {
				Thread.sleep(batchPause.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while sending", ex);
			}
		}
	}

	private String token() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
