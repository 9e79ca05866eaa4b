package de.daks.network;

import static de.daks.network.NetworkTestData.mailsTo;
import static de.daks.network.NetworkTestData.text;
import static de.daks.network.NetworkTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.process.Step;
import de.daks.shared.job.JobId;
import de.daks.shared.job.Jobs;
import de.daks.toolbox.EntryContent;
import de.daks.toolbox.EntryType;
import de.daks.toolbox.Suitability;
import de.daks.toolbox.TargetGroup;
import de.daks.toolbox.Theme;
import de.daks.toolbox.Toolbox;
import de.daks.toolbox.ToolboxEntry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

@DaksIntegrationTest
class NewsletterIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	private static final Pattern PATH = Pattern.compile("https?://[^/\\s]+(/newsletter/[a-z]+/[A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Newsletter newsletter;

	@Autowired
	Toolbox toolbox;

	@Autowired
	Events events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Jobs jobs;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	private static String path(MimeMessage mail) {
		Matcher matcher = PATH.matcher(text(mail));
		assertThat(matcher.find()).as(text(mail)).isTrue();
		return matcher.group(1);
	}

	private String subscribeAndConfirm(String email, String... segments) throws Exception {
		mvc.perform(post("/newsletter").with(csrf()).param("email", email).param("segments", segments))
			.andExpect(status().is3xxRedirection());
		List<MimeMessage> mails = mailsTo(greenMail, email);
		String confirm = path(mails.get(mails.size() - 1));
		assertThat(confirm).startsWith("/newsletter/bestaetigen/");
		mvc.perform(get(confirm)).andExpect(status().isOk());
		mvc.perform(post(confirm).with(csrf())).andExpect(status().is3xxRedirection());
		return email;
	}

	@Test
	void doubleOptInThenAnIssueFromNewsToolboxAndEventsReachesTheSegmentWithOneClickUnsubscribe()
			throws Exception {
		// given: a confirmed public subscriber, a pending one, a consultants-only one; bad input first
		mvc.perform(post("/newsletter").with(csrf()).param("email", "kein-at-zeichen").param("segments", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Bitte geben Sie eine gültige E-Mail-Adresse an")));
		String reader = subscribeAndConfirm("Leserin-" + unique() + "@Test.invalid", "PUBLIC", "PROGRAMME");
		String pending = "wartend-" + unique() + "@test.invalid";
		mvc.perform(post("/newsletter").with(csrf()).param("email", pending).param("segments", "PUBLIC"));
		String consultant = subscribeAndConfirm("beraterin-" + unique() + "@test.invalid", "CONSULTANTS");
		assertThat(newsletter.subscriber(reader).orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
		assertThat(newsletter.subscriber(pending).orElseThrow().status()).isEqualTo(Subscriber.Status.PENDING);
		// and: a confirmed address cannot be reset to pending by a stranger
		newsletter.subscribe(reader, Set.of(Segment.CONSULTANTS));
		assertThat(newsletter.subscriber(reader).orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
		assertThat(mailsTo(greenMail, reader.toLowerCase())).hasSize(1);

		// and: a new toolbox entry and an upcoming event
		String title = "Dorfladen in Bürgerhand " + unique();
		ToolboxEntry entry = toolbox.propose(new EntryContent(EntryType.PRACTICE, title, "Kein Laden im Dorf.",
				"Eine Genossenschaft betreibt den Laden.", "", "", "", "", Set.of(Suitability.LANDGEMEINDE),
				Set.of(Step.WERKSTATTPLAN), Set.of(Theme.ENGAGEMENT), Set.of(TargetGroup.ALLE), "Test", List.of(),
				"CC BY 4.0"), UUID.randomUUID(), "Test", null);
		toolbox.publish(entry.id());
		NetworkEvent event = events.create(EventKind.ONLINE_SEMINAR, "Seminar " + unique(), "Fördermittel", "",
				"", "https://example.org/raum", Instant.now().plus(Duration.ofDays(10)),
				Instant.now().plus(Duration.ofDays(10)).plus(Duration.ofHours(2)), 100);

		// when: the office composes and sends to the public
		mvc.perform(post("/newsletter/ausgaben").with(csrf()).with(user(office)).param("subject", "DAKS-Post März")
			.param("news", "Zwei neue Kommunen sind dabei.").param("segments", "PUBLIC"))
			.andExpect(status().is3xxRedirection());
		NewsletterIssue issue = newsletter.issues().stream().filter(i -> i.subject().equals("DAKS-Post März"))
			.filter(i -> !i.sent()).findFirst().orElseThrow();
		assertThat(issue.body()).contains("Zwei neue Kommunen sind dabei.").contains(title)
			.contains("/werkzeugkoffer/" + entry.slug()).contains(event.title())
			.contains("/veranstaltungen/" + event.id());
		mvc.perform(post("/newsletter/ausgaben/" + issue.id() + "/senden").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());
		awaitSent(issue.id());
		mvc.perform(get("/newsletter/ausgaben/" + issue.id()).with(user(office))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("versandt an")));
		mvc.perform(post("/newsletter/ausgaben/" + issue.id() + "/senden").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());

		// then: only the confirmed subscriber of the segment receives it, with List-Unsubscribe
		List<MimeMessage> received = mailsTo(greenMail, reader.toLowerCase()).stream()
			.filter(m -> subject(m).equals("DAKS-Post März")).toList();
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String unsubscribe = path(mail);
		assertThat(unsubscribe).startsWith("/newsletter/abmelden/");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).endsWith(unsubscribe + ">");
		assertThat(mailsTo(greenMail, pending).stream().filter(m -> subject(m).equals("DAKS-Post März"))).isEmpty();
		assertThat(mailsTo(greenMail, consultant).stream().filter(m -> subject(m).equals("DAKS-Post März")))
			.isEmpty();
		assertThat(newsletter.issue(issue.id()).sent()).isTrue();

		// when: the mail client unsubscribes in one click – a POST without session and without CSRF token
		mvc.perform(post(unsubscribe)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sie sind abgemeldet")));
		// then
		assertThat(newsletter.subscriber(reader).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
		mvc.perform(post("/newsletter/abmelden/erfunden")).andExpect(status().isNotFound());
		NewsletterIssue next = newsletter.compose("Nächste Ausgabe " + unique(), "Kurz.", Set.of(Segment.PUBLIC));
		newsletter.send(next.id(), null);
		awaitSent(next.id());
		assertThat(mailsTo(greenMail, reader.toLowerCase()).stream().filter(m -> subject(m).equals(next.subject())))
			.isEmpty();
	}

	@Test
	void anInterruptedSendingResumesWithoutSendingTwice() throws Exception {
		// given: two confirmed subscribers of a segment; one already has the issue (an earlier interrupted run)
		String first = subscribeAndConfirm("erste-" + unique() + "@test.invalid", "PROGRAMME");
		String second = subscribeAndConfirm("zweite-" + unique() + "@test.invalid", "PROGRAMME");
		NewsletterIssue issue = newsletter.compose("Programmpost " + unique(), "Nur für Programmkommunen.",
				Set.of(Segment.PROGRAMME));
		jdbc.sql("insert into newsletter_delivery (issue_id, subscriber_id, sent_at, status) values (:i, :s, :t, 'SENT')")
			.param("i", issue.id()).param("s", newsletter.subscriber(first).orElseThrow().id())
			.param("t", java.sql.Timestamp.from(Instant.now())).update();
		// when
		newsletter.send(issue.id(), null);
		awaitSent(issue.id());
		// then
		assertThat(mailsTo(greenMail, first).stream().filter(m -> subject(m).equals(issue.subject()))).isEmpty();
		assertThat(mailsTo(greenMail, second).stream().filter(m -> subject(m).equals(issue.subject()))).hasSize(1);
		assertThat(newsletter.issue(issue.id()).recipients()).isEqualTo(
				jdbc.sql("select count(*) from newsletter_delivery where issue_id = :i").param("i", issue.id())
					.query(Integer.class).single());
	}

	private void awaitSent(UUID issue) throws InterruptedException {
		NewsletterIssue sent = newsletter.issue(issue);
		jobs.await(new JobId(java.util.Objects.requireNonNull(sent.jobId())), Duration.ofSeconds(30));
		assertThat(newsletter.issue(issue).sent()).isTrue();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
