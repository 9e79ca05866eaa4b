package de.daks.network;

import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.shared.job.JobId;
import de.daks.shared.job.JobProgress;
import de.daks.shared.job.Jobs;
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
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsletter: double opt-in (a subscription counts only after the link in the confirmation mail), one-click
 * unsubscribe (RFC 8058 headers and a link in every mail), issues composed from news, new Werkzeugkoffer entries and
 * upcoming events, sent to the segments' confirmed subscribers through the configured SMTP server in batches by a
 * background job ({@link NewsletterSendJob}). Every recipient is claimed before and recorded after its mail, so an
 * interrupted sending resumes without sending twice.
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

	private final Jobs jobs;

	private final TransactionTemplate transactions;

	private final Sending sending;

	private final SecureRandom random = new SecureRandom();

	Newsletter(NewsletterRepository repository, NetworkMails mails, Toolbox toolbox, Events events, AuditLog audit,
			Clock clock, Jobs jobs, TransactionTemplate transactions, @Value("${daks.newsletter.batch-size:50}") int batchSize,
			@Value("${daks.newsletter.batch-pause:0s}") Duration batchPause,
			@Value("${daks.newsletter.max-attempts:3}") int maxAttempts,
			@Value("${daks.newsletter.retry-delay:1m}") Duration retryDelay) {
		this.repository = repository;
		this.mails = mails;
		this.toolbox = toolbox;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.jobs = jobs;
		this.transactions = transactions;
		this.sending = new Sending(batchSize, batchPause, maxAttempts, retryDelay);
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
				false, clock.instant(), null, 0, false, null);
		repository.insertIssue(issue);
		return issue;
	}

	@Transactional
	public void edit(UUID id, String subject, String body, Set<Segment> segments) {
		if (!issue(id).draft()) {
			throw new IllegalStateException("Issue " + id + " is not a draft");
		}
		repository.updateIssue(id, subject.strip(), body.strip(), segments);
	}

	/** The job kind that delivers an issue. */
	public static final String JOB_KIND = "newsletter-send";

	/**
	 * Starts sending the draft: marks it SENDING and queues a background job that delivers it (see
	 * {@link #deliver}). A second call for the same issue fails, so one issue has one sending.
	 * @return the job, whose progress the issue page shows
	 */
	@Transactional
	public JobId send(UUID id, @Nullable String owner) {
		NewsletterIssue issue = issue(id);
		if (!issue.draft()) {
			throw new IllegalStateException("Issue " + id + " is not a draft");
		}
		JobId job = jobs.submit(JOB_KIND, id.toString(), null, owner);
		if (repository.startSending(id, job.value()) != 1) {
			throw new IllegalStateException("Issue " + id + " is not a draft");
		}
		audit.record("network.newsletter.sending", "NewsletterIssue", id.toString(), null, "job " + job);
		return job;
	}

	/** How a sending runs: recipients per batch, pause between batches, attempts per recipient, wait before a retry. */
	record Sending(int batchSize, Duration batchPause, int maxAttempts, Duration retryDelay) {

		Sending {
			if (batchSize < 1 || maxAttempts < 1 || batchPause.isNegative() || retryDelay.isNegative()) {
				throw new IllegalArgumentException("batch size and attempts at least 1, no negative durations");
			}
		}
	}

	Sending sending() {
		return sending;
	}

	/**
	 * Delivers an issue (the job's work, idempotent): fixes the recipients (confirmed subscribers of the segments),
	 * then sends batch by batch. Each recipient is claimed in the database before its mail goes out and marked sent
	 * after, so a run resumed after a restart continues where it stopped and never sends twice; a recipient claimed
	 * by a run that died is recorded as failed, not repeated. A failed mail is retried after
	 * {@code retryDelay} until {@code maxAttempts}; unsubscribed recipients are skipped. Each mail carries
	 * List-Unsubscribe (link and one-click POST) and the unsubscribe link in its text.
	 * @return the counts at the end
	 */
	NewsletterDelivery.Counts deliver(UUID id, Sending settings, JobProgress progress) throws InterruptedException {
		NewsletterIssue issue = issue(id);
		if (issue.sent()) {
			return repository.counts(id);
		}
		repository.failInterrupted(id);
		repository.addRecipients(id, issue.segments());
		NewsletterDelivery.Counts counts = repository.counts(id);
		progress.update(counts.done(), counts.total(), null);
		while (true) {
			List<NewsletterRepository.Recipient> batch = repository.due(id, clock.instant(), settings.batchSize());
			if (batch.isEmpty()) {
				Optional<Instant> retry = repository.nextRetry(id);
				if (retry.isEmpty()) {
					break;
				}
				Duration wait = Duration.between(clock.instant(), retry.get());
				Thread.sleep(Math.max(10, Math.min(wait.toMillis(), 5000)));
				continue;
			}
			for (NewsletterRepository.Recipient r : batch) {
				deliverTo(issue, r, settings);
			}
			counts = repository.counts(id);
			progress.update(counts.done(), counts.total(), null);
			if (!settings.batchPause().isZero() && counts.open() > 0) {
				Thread.sleep(settings.batchPause().toMillis());
			}
		}
		NewsletterDelivery.Counts end = repository.counts(id);
		transactions.executeWithoutResult(status -> {
			repository.markSent(id, end.sent(), clock.instant());
			audit.record("network.newsletter.sent", "NewsletterIssue", id.toString(), null,
					end.sent() + " sent, " + end.failed() + " failed");
		});
		return end;
	}

	private void deliverTo(NewsletterIssue issue, NewsletterRepository.Recipient r, Sending settings) {
		if (!repository.claim(issue.id(), r.id(), clock.instant())) {
			return; // someone else has it
		}
		if (r.status() != Subscriber.Status.CONFIRMED) {
			repository.skipped(issue.id(), r.id());
			return;
		}
		String unsubscribe = mails.baseUrl() + "/newsletter/abmelden/" + r.unsubscribeToken();
		try {
			mails.send(r.email(), issue.subject(),
					issue.body() + "\n\n-- \n" + mails.text("network.mail.footer", unsubscribe),
					Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post",
							"List-Unsubscribe=One-Click"));
			repository.sent(issue.id(), r.id(), clock.instant());
		}
		catch (RuntimeException ex) {
			String error = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			boolean last = r.attempts() + 1 >= settings.maxAttempts();
			repository.failed(issue.id(), r.id(), error, last ? null : clock.instant().plus(settings.retryDelay()));
		}
	}

	/** How far the sending of an issue is. */
	@Transactional(readOnly = true)
	public NewsletterDelivery.Counts progress(UUID id) {
		return repository.counts(id);
	}

	/** Recipients whose mail failed or waits for a retry, with the error (at most 100). */
	@Transactional(readOnly = true)
	public List<NewsletterDelivery> problems(UUID id) {
		return repository.problems(id, 100);
	}

	private String token() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
