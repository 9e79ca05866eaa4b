package de.daks.network;

import static de.daks.network.NetworkTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.DaksIntegrationTest;
import de.daks.TestMail;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.shared.job.Job;
import de.daks.shared.job.JobId;
import de.daks.shared.job.JobProgress;
import de.daks.shared.job.JobState;
import de.daks.shared.job.Jobs;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The newsletter is sent by a background job in batches, resumes after a crash and never sends a mail twice. */
@DaksIntegrationTest
class NewsletterSendingIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	private static final Pattern UNSUBSCRIBE = Pattern.compile("<https?://[^/\\s]+(/newsletter/abmelden/[A-Za-z0-9_-]+)>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Newsletter newsletter;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	/** Confirmed subscribers written directly (the double opt-in is tested in NewsletterIntegrationTests). */
	private List<String> confirmedSubscribers(String prefix, int count, Segment segment) {
		List<String> addresses = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < count; i++) {
			String email = prefix + "-" + i + "@test.invalid";
			jdbc.sql("""
					insert into newsletter_subscriber (id, email, segments, status, confirm_token, unsubscribe_token,
					 created_at, confirmed_at) values (:id, :email, :segments, 'CONFIRMED', :c, :u, :now, :now)""")
				.param("id", UUID.randomUUID()).param("email", email).param("segments", segment.name())
				.param("c", UUID.randomUUID().toString()).param("u", UUID.randomUUID() + "-" + i).param("now", now)
				.update();
			addresses.add(email);
		}
		return addresses;
	}

	/** How many mails each address received with the subject (one pass over GreenMail's mails). */
	private static Map<String, Integer> received(String subject) throws Exception {
		Map<String, Integer> counts = new HashMap<>();
		for (MimeMessage m : greenMail.getReceivedMessages()) {
			if (subject.equals(m.getSubject())) {
				Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.forEach(a -> counts.merge(a.toString().toLowerCase(), 1, Integer::sum));
			}
		}
		return counts;
	}

	@Test
	void twoHundredFiftySubscribersInBatchesOfFiftyGetExactlyOneMailEachAndCanUnsubscribeInOneClick()
			throws Exception {
		// given
		String prefix = "viele-" + unique();
		List<String> addresses = confirmedSubscribers(prefix, 250, Segment.CONSULTANTS);
		NewsletterIssue issue = newsletter.compose("Beraterpost " + unique(), "Neues für Beraterinnen.",
				Set.of(Segment.CONSULTANTS));

		// when: the office starts the sending – the request returns at once, a job does the work
		mvc.perform(post("/newsletter/ausgaben/" + issue.id() + "/senden").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());
		NewsletterIssue sending = newsletter.issue(issue.id());
		assertThat(sending.sending() || sending.sent()).isTrue();
		Job job = jobs.await(new JobId(Objects.requireNonNull(sending.jobId())), Duration.ofSeconds(60));

		// then
		assertThat(job.state()).as(job.error()).isEqualTo(JobState.SUCCEEDED);
		Map<String, Integer> received = received(issue.subject());
		for (String address : addresses) {
			assertThat(received.get(address)).as(address).isEqualTo(1);
		}
		NewsletterIssue sent = newsletter.issue(issue.id());
		assertThat(sent.sent()).isTrue();
		assertThat(sent.recipients()).isGreaterThanOrEqualTo(250);
		assertThat(newsletter.progress(issue.id()).failed()).isZero();
		mvc.perform(get("/newsletter/ausgaben/" + issue.id()).with(user(office))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("0 fehlgeschlagen, 0 offen")));
		// and: the htmx request gets only the progress block
		mvc.perform(get("/newsletter/ausgaben/" + issue.id()).with(user(office)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
			.andExpect(content().string(Matchers.containsString("delivery-counts")));

		// and: unsubscribing in one click (RFC 8058: POST to the List-Unsubscribe address, no session, no CSRF)
		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(addresses.get(7));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		Matcher matcher = UNSUBSCRIBE.matcher(mail.getHeader("List-Unsubscribe")[0]);
		assertThat(matcher.find()).isTrue();
		mvc.perform(post(matcher.group(1))).andExpect(status().isOk());
		assertThat(newsletter.subscriber(addresses.get(7)).orElseThrow().status())
			.isEqualTo(Subscriber.Status.UNSUBSCRIBED);
	}

	@Test
	void aSendingInterruptedAfterTwoBatchesResumesWhereItStoppedAndNobodyGetsTwoMails() throws Exception {
		// given: 120 subscribers, batches of 50; the first run dies after its second batch
		String prefix = "neustart-" + unique();
		List<String> addresses = confirmedSubscribers(prefix, 120, Segment.PROGRAMME);
		NewsletterIssue issue = newsletter.compose("Programmpost " + unique(), "Neuigkeiten.",
				Set.of(Segment.PROGRAMME));
		Newsletter.Sending settings = new Newsletter.Sending(50, Duration.ZERO, 3, Duration.ZERO);
		List<Long> progress = new ArrayList<>();
		JobProgress dying = (done, total, message) -> {
			progress.add(done);
			if (done >= 100) {
				throw new IllegalStateException("node stopped");
			}
		};
		assertThatThrownBy(() -> newsletter.deliver(issue.id(), settings, dying))
			.hasMessage("node stopped");
		// the batches went out one after the other: 0, 50, 100 of this issue's recipients
		assertThat(progress).containsExactly(0L, 50L, 100L);
		assertThat(received(issue.subject()).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
		// and: one more recipient was claimed when the node died – unknown whether the mail left
		UUID claimed = jdbc.sql("""
				select subscriber_id from newsletter_delivery where issue_id = :i and status = 'PENDING'
				order by subscriber_id limit 1""").param("i", issue.id()).query(UUID.class).single();
		jdbc.sql("update newsletter_delivery set status = 'SENDING', attempts = 1 where issue_id = :i and subscriber_id = :s")
			.param("i", issue.id()).param("s", claimed).update();

		// when: the sending is started again (as the job worker does after a restart)
		newsletter.send(issue.id(), null);
		Job job = jobs.await(new JobId(Objects.requireNonNull(newsletter.issue(issue.id()).jobId())),
				Duration.ofSeconds(60));

		// then: everybody has exactly one mail, except the interrupted one, recorded as failed and not repeated
		assertThat(job.state()).as(job.error()).isEqualTo(JobState.SUCCEEDED);
		Map<String, Integer> received = received(issue.subject());
		String interrupted = jdbc.sql("select email from newsletter_subscriber where id = :s").param("s", claimed)
			.query(String.class).single();
		for (String address : addresses) {
			assertThat(received.getOrDefault(address, 0)).as(address).isEqualTo(address.equals(interrupted) ? 0 : 1);
		}
		NewsletterDelivery.Counts counts = newsletter.progress(issue.id());
		assertThat(counts.sent()).isEqualTo(counts.total() - 1);
		assertThat(counts.failed()).isEqualTo(1);
		assertThat(newsletter.problems(issue.id())).singleElement()
			.satisfies(p -> assertThat(p.lastError()).contains("interrupted"));
		// and: a second start is refused
		assertThatThrownBy(() -> newsletter.send(issue.id(), null)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRecipientWhoseMailFailsIsRetriedABoundedNumberOfTimesAndShownOnThePage() throws Exception {
		// given: two good subscribers and one whose address the mail server cannot take
		String prefix = "fehler-" + unique();
		List<String> good = confirmedSubscribers(prefix, 2, Segment.PUBLIC);
		String bad = "kaputt-" + unique() + "@@test.invalid";
		jdbc.sql("""
				insert into newsletter_subscriber (id, email, segments, status, confirm_token, unsubscribe_token,
				 created_at, confirmed_at) values (:id, :email, 'PUBLIC', 'CONFIRMED', :c, :u, :now, :now)""")
			.param("id", UUID.randomUUID()).param("email", bad).param("c", UUID.randomUUID().toString())
			.param("u", UUID.randomUUID().toString()).param("now", Timestamp.from(Instant.now())).update();
		NewsletterIssue issue = newsletter.compose("Öffentlich " + unique(), "Hallo.", Set.of(Segment.PUBLIC));

		// when
		NewsletterDelivery.Counts counts;
		try {
			counts = newsletter.deliver(issue.id(), new Newsletter.Sending(50, Duration.ZERO, 3, Duration.ZERO),
					JobProgress.none());
		}
		finally {
			// the broken address must not slow down other tests' sendings (they retry a minute later)
			jdbc.sql("update newsletter_subscriber set status = 'UNSUBSCRIBED' where email = :e").param("e", bad)
				.update();
		}

		// then
		assertThat(counts.failed()).isEqualTo(1);
		Map<String, Integer> received = received(issue.subject());
		good.forEach(a -> assertThat(received.get(a)).isEqualTo(1));
		assertThat(newsletter.problems(issue.id())).singleElement().satisfies(p -> {
			assertThat(p.email()).isEqualTo(bad);
			assertThat(p.attempts()).isEqualTo(3);
			assertThat(p.status()).isEqualTo(NewsletterDelivery.Status.FAILED);
		});
		mvc.perform(get("/newsletter/ausgaben/" + issue.id()).with(user(office))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(bad)));
	}
}
