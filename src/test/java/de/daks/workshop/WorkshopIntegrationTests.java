package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.internal.LiveFeed;
import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The Zukunftswerkstatt end to end through the routes and the database (H2 and PostgreSQL runs). */
@DaksIntegrationTest
@RecordApplicationEvents
class WorkshopIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Workshops workshops;

	@Autowired
	LiveFeed feed;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	KommuneId kommune;

	DaksPrincipal moderator;

	DaksPrincipal mentor;

	String base;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Werkstattstadt");
		moderator = fixtures.member(kommune, KommuneRole.MITGLIED);
		mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		base = "/kommunen/" + kommune + "/zukunftswerkstatt";
	}

	@Test
	void planningWithBadInputNamesTheFieldsAndStoresNothing() throws Exception {
		// when
		String page = mvc.perform(post(base).with(user(moderator)).with(csrf()).param("title", " ")
			.param("startsAt", "gestern").param("format", "CLASSIC"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(page).contains("Bitte geben Sie einen Titel an.", "Bitte geben Sie Datum und Uhrzeit gültig an",
				"Bitte geben Sie einen Ort an");
		assertThat(workshops.list(kommune)).isEmpty();
	}

	@Test
	void aModeratorPlansAWorkshopWithColumnsAndGuestsJoinByCode() throws Exception {
		// when
		MvcResult created = mvc.perform(post(base).with(user(moderator)).with(csrf())
			.param("title", "Jugendwerkstatt 15–25").param("startsAt", "2027-03-14T18:00").param("place", "Rathaus")
			.param("format", "WORLD_CAFE").param("critiqueColumns", "Tisch 1\nTisch 2\n\nTisch 3"))
			.andExpect(status().is3xxRedirection()).andReturn();
		// then
		Workshop workshop = workshops.list(kommune).get(0);
		assertThat(created.getResponse().getRedirectedUrl()).endsWith("/zukunftswerkstatt/" + workshop.id());
		assertThat(workshop.columnsOf(Phase.CRITIQUE)).containsExactly("Tisch 1", "Tisch 2", "Tisch 3");
		assertThat(workshop.columnsOf(Phase.FANTASY)).containsExactly("Fantasie");
		assertThat(workshop.code()).matches("[a-z2-9]{6}");
		String board = mvc.perform(get(base + "/" + workshop.id()).with(user(mentor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(board).contains("/w/" + workshop.code(), "<svg");
		// a mentor reads but does not moderate
		mvc.perform(post(base + "/" + workshop.id() + "/karten").with(user(mentor)).with(csrf())
			.param("phase", "CRITIQUE").param("text", "x")).andExpect(status().isForbidden());
		// a guest without identity is sent to the join page
		mvc.perform(get("/w/" + workshop.code() + "/tafel")).andExpect(status().is3xxRedirection());
		Cookie guest = join(workshop, "Mia");
		mvc.perform(get("/w/" + workshop.code() + "/tafel").cookie(guest)).andExpect(status().isOk());
	}

	@Test
	void participantsNeverSeeHiddenCardsOrOtherWorkshops() throws Exception {
		// given
		Workshop workshop = plan("Kritik am Busverkehr");
		Workshop other = plan("Andere Werkstatt");
		Cookie guest = join(workshop, "Ben");
		mvc.perform(post("/w/" + workshop.code() + "/karten").cookie(guest).with(csrf())
			.param("text", "Der Bus fährt abends nicht")).andExpect(flash().attribute("flashSuccess",
					"workshop.card.posted"));
		mvc.perform(post("/w/" + workshop.code() + "/karten").cookie(guest).with(csrf())
			.param("text", "Beleidigung XYZ")).andExpect(status().is3xxRedirection());
		Card abusive = workshops.cards(workshop).stream().filter(c -> c.text().startsWith("Beleidigung")).findFirst()
			.orElseThrow();
		// when
		mvc.perform(post(base + "/" + workshop.id() + "/karten/" + abusive.id() + "/ausblenden").with(user(moderator))
			.with(csrf()).param("reason", "beleidigend")).andExpect(flash().attribute("flashSuccess",
					"workshop.card.hidden"));
		// then
		String board = mvc.perform(get("/w/" + workshop.code() + "/tafel").cookie(guest)).andReturn().getResponse()
			.getContentAsString();
		assertThat(board).contains("Der Bus fährt abends nicht", "Ben").doesNotContain("Beleidigung", "beleidigend");
		assertThat(mvc.perform(get(base + "/" + workshop.id()).with(user(mentor))).andReturn().getResponse()
			.getContentAsString()).contains("Beleidigung XYZ", "beleidigend");
		// the guest identity of one workshop does not open another
		Cookie foreign = new Cookie("daks-guest-" + other.code(), guest.getValue());
		mvc.perform(get("/w/" + other.code() + "/tafel").cookie(foreign)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/w/" + other.code() + "/karten").cookie(foreign).with(csrf()).param("text", "x"))
			.andExpect(status().isForbidden());
		// empty and overlong cards are refused and nothing is stored
		int before = workshops.cards(workshop).size();
		mvc.perform(post("/w/" + workshop.code() + "/karten").cookie(guest).with(csrf()).param("text", "  "))
			.andExpect(flash().attribute("flashError", "workshop.error.textEmpty"));
		mvc.perform(post("/w/" + workshop.code() + "/karten").cookie(guest).with(csrf()).param("text", "x".repeat(501)))
			.andExpect(flash().attribute("flashError", "workshop.error.textLong"));
		assertThat(workshops.cards(workshop)).hasSize(before);
	}

	@Test
	void postingIsRateLimitedPerGuest() throws Exception {
		// given
		Workshop workshop = plan("Schnellschreiber");
		Cookie guest = join(workshop, null);
		// when
		List<Object> outcomes = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			outcomes.add(mvc.perform(post("/w/" + workshop.code() + "/karten").cookie(guest).with(csrf())
				.param("text", "Karte " + i)).andReturn().getFlashMap().get("flashError"));
		}
		// then
		assertThat(outcomes.subList(0, 6)).containsOnlyNulls();
		assertThat(outcomes.subList(6, 9)).containsOnly("workshop.error.tooFast");
		assertThat(workshops.cards(workshop)).hasSize(6);
	}

	@Test
	void dotVotingCountsEachDotOnceAndRefusesLateVotes() throws Exception {
		// given
		Workshop workshop = plan("Abstimmung");
		Cookie anna = join(workshop, "Anna");
		Cookie ole = join(workshop, "Ole");
		Card a = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Zu wenig Ärzte", CardOrigin.PAPER);
		Card b = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Kein Jugendtreff", CardOrigin.MODERATOR);
		Card c = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Lange Wege zum Amt", CardOrigin.PAPER);
		long health = workshops.addCluster(workshop, Phase.CRITIQUE, "Gesundheit", List.of(a.id(), c.id()));
		mvc.perform(post(base + "/" + workshop.id() + "/abstimmungen").with(user(moderator)).with(csrf())
			.param("phase", "CRITIQUE").param("title", "Was drängt?").param("dots", "2"))
			.andExpect(flash().attribute("flashSuccess", "workshop.vote.opened"));
		long session = workshops.sessions(workshop).get(0).id();
		mvc.perform(post(base + "/" + workshop.id() + "/abstimmungen").with(user(moderator)).with(csrf())
			.param("phase", "CRITIQUE").param("dots", "2"))
			.andExpect(flash().attribute("flashError", "workshop.vote.alreadyOpen"));
		assertThat(workshops.sessions(workshop)).hasSize(1);
		// when / then
		vote(workshop, anna, session, a.id()).andExpect(flash().attribute("flashSuccess", "workshop.vote.counted"));
		vote(workshop, anna, session, a.id()).andExpect(flash().attribute("flashError", "workshop.vote.alreadyOnCard"));
		vote(workshop, anna, session, c.id()).andExpect(flash().attribute("flashSuccess", "workshop.vote.counted"));
		vote(workshop, anna, session, b.id()).andExpect(flash().attribute("flashError", "workshop.vote.noDotsLeft"));
		vote(workshop, ole, session, b.id()).andExpect(flash().attribute("flashSuccess", "workshop.vote.counted"));
		// results hidden while open
		assertThat(mvc.perform(get("/w/" + workshop.code() + "/tafel").cookie(ole)).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Ergebnisse der Abstimmung");
		mvc.perform(post(base + "/" + workshop.id() + "/abstimmungen/" + session + "/schliessen").with(user(moderator))
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "workshop.vote.closedDone"));
		vote(workshop, ole, session, a.id()).andExpect(flash().attribute("flashError", "workshop.vote.closed"));
		// ranking per cluster: Gesundheit (2 dots) before the cards without cluster (1 dot)
		VoteResult result = workshops.result(workshop, workshops.sessions(workshop).get(0));
		assertThat(result.voters()).isEqualTo(2);
		assertThat(result.dots()).isEqualTo(3);
		assertThat(result.clusters().get(0).cluster().id()).isEqualTo(health);
		assertThat(result.clusters().get(0).dots()).isEqualTo(2);
		assertThat(result.clusters().get(1).cluster()).isNull();
		assertThat(mvc.perform(get("/w/" + workshop.code() + "/tafel").cookie(ole)).andReturn().getResponse()
			.getContentAsString()).contains("Ergebnisse der Abstimmung");
	}

	@Test
	void theDatabaseRefusesDoubleVotesSentAtTheSameMoment() throws Exception {
		// given
		Workshop workshop = plan("Gleichzeitig");
		Card a = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Karte A", CardOrigin.PAPER);
		long session = workshops.openSession(workshop, Phase.CRITIQUE, "", 1, false, false);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger counted = new AtomicInteger();
		// when
		for (int i = 0; i < 8; i++) {
			pool.submit(() -> {
				start.await();
				try {
					workshops.vote(workshop, session, "g:4711", a.id());
					counted.incrementAndGet();
				}
				catch (WorkshopException ex) {
					// refused
				}
				return null;
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		// then
		assertThat(counted).hasValue(1);
		assertThat(jdbc.sql("select count(*) from workshop_vote where session_id = :s").param("s", session)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void realisationHandsFieldsAndMeasuresOverWithLinksToCardsAndVotes() throws Exception {
		// given
		Workshop workshop = plan("Verwirklichung");
		Card a = workshops.postAsModerator(workshop, null, Phase.FANTASY, 0, "Ein Bürgerbus für alle Dörfer",
				CardOrigin.PAPER);
		long cluster = workshops.addCluster(workshop, Phase.FANTASY, "Mobilität", List.of(a.id()));
		long session = workshops.openSession(workshop, Phase.FANTASY, "", 3, true, false);
		workshops.vote(workshop, session, "g:1", a.id());
		workshops.vote(workshop, session, "g:1", a.id());
		workshops.closeSession(workshop, session);
		// when
		mvc.perform(post(base + "/" + workshop.id() + "/handlungsfelder").with(user(moderator)).with(csrf())
			.param("clusterId", Long.toString(cluster)).param("priority", "1"))
			.andExpect(flash().attribute("flashSuccess", "workshop.field.added"));
		long field = workshops.fields(workshop).get(0).id();
		mvc.perform(post(base + "/" + workshop.id() + "/massnahmen").with(user(moderator)).with(csrf())
			.param("fieldId", Long.toString(field)).param("cardId", Long.toString(a.id()))
			.param("kuemmerer", "Heimatverein").param("firstSteps", "Fahrer suchen")
			.param("realityCheck", "Förderung über den Kreis möglich"))
			.andExpect(flash().attribute("flashSuccess", "workshop.measure.added"));
		mvc.perform(post(base + "/" + workshop.id() + "/uebergabe").with(user(moderator)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "workshop.handedOver"));
		// then
		List<WorkshopResultsProposed> published = events.stream(WorkshopResultsProposed.class)
			.filter(e -> e.workshopId() == workshop.id()).toList();
		assertThat(published).hasSize(1);
		WorkshopResultsProposed.Field proposed = published.get(0).fields().get(0);
		assertThat(proposed.title()).isEqualTo("Mobilität");
		assertThat(proposed.cardIds()).containsExactly(a.id());
		assertThat(proposed.votes()).isEqualTo(2);
		WorkshopResultsProposed.Measure measure = proposed.measures().get(0);
		assertThat(measure.title()).isEqualTo("Ein Bürgerbus für alle Dörfer");
		assertThat(measure.kuemmerer()).isEqualTo("Heimatverein");
		assertThat(measure.cardId()).isEqualTo(a.id());
		assertThat(measure.voteSessionIds()).containsExactly(session);
		assertThat(published.get(0).workshopPath()).isEqualTo(base + "/" + workshop.id());
		// the print view shows the proposals
		assertThat(mvc.perform(get(base + "/" + workshop.id() + "/druck").with(user(mentor))).andReturn().getResponse()
			.getContentAsString()).contains("Mobilität", "Heimatverein", "Fahrer suchen");
		// a photo of the pin board, uploaded as attachment of the step, is listed on the board and in the documentation
		byte[] photo = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/kommunen/" + kommune + "/schritte/zukunftswerkstatt/anhaenge")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "Stellwand-Kritik.png", "image/png", photo))
			.with(user(moderator)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(base + "/" + workshop.id()).with(user(mentor))).andReturn().getResponse()
			.getContentAsString()).contains("Stellwand-Kritik.png");
		// and the documentation as PDF and editable DOCX
		byte[] pdf = mvc.perform(get(base + "/" + workshop.id() + "/dokumentation.pdf").with(user(mentor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		byte[] docx = mvc.perform(get(base + "/" + workshop.id() + "/dokumentation.docx").with(user(mentor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(documentXml(docx)).contains("Mobilität", "Heimatverein", "Fahrer suchen",
				"Ein Bürgerbus für alle Dörfer", "Förderung über den Kreis möglich", "Stellwand-Kritik.png");
	}

	private static String documentXml(byte[] docx) throws java.io.IOException {
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		return "";
	}

	@Test
	void theLiveFeedDeliversEveryEventOnceInOrderAndReplaysWithoutHiddenText() throws Exception {
		// given
		Workshop workshop = plan("Live");
		List<LiveFeed.Frame> received = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch all = new CountDownLatch(60);
		LiveFeed.Subscription subscription = feed.subscribe(workshop.id(), -1, false, frame -> {
			if (frame.seq() > 0) {
				received.add(frame);
				all.countDown();
			}
			return true;
		});
		ExecutorService pool = Executors.newFixedThreadPool(6);
		// when
		for (int t = 0; t < 6; t++) {
			int thread = t;
			pool.submit(() -> {
				for (int i = 0; i < 10; i++) {
					workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Karte " + thread + "-" + i,
							CardOrigin.MODERATOR);
				}
				return null;
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
		subscription.close();
		// then
		assertThat(received).extracting(LiveFeed.Frame::seq).containsExactlyElementsOf(
				java.util.stream.LongStream.rangeClosed(1, 60).boxed().toList());
		assertThat(received).allMatch(f -> f.event().equals("card"));
		// a reconnecting client gets what it missed – a card hidden meanwhile without its text
		Card first = workshops.cards(workshop).get(0);
		workshops.hideCard(workshop, first.id(), "Test");
		List<LiveFeed.Frame> replay = Collections.synchronizedList(new ArrayList<>());
		LiveFeed.Subscription again = feed.subscribe(workshop.id(), 0, false, f -> f.seq() == 0 || replay.add(f));
		for (int i = 0; i < 100 && replay.size() < 61; i++) {
			Thread.sleep(50);
		}
		again.close();
		assertThat(replay).extracting(LiveFeed.Frame::seq).containsExactlyElementsOf(
				java.util.stream.LongStream.rangeClosed(1, 61).boxed().toList());
		LiveFeed.Frame replayed = replay.stream().filter(f -> f.data().contains("\"id\":" + first.id() + "}")
				|| f.data().contains("\"id\":" + first.id() + ",")).findFirst().orElseThrow();
		assertThat(replayed.event()).isEqualTo("card-hidden");
		assertThat(replayed.data()).doesNotContain(first.text());
	}

	@Test
	void theGuestsSseEndpointStreamsTheLogWithIdsAndNeverAHiddenText() throws Exception {
		// given
		Workshop workshop = plan("SSE");
		Cookie guest = join(workshop, "Sina");
		Card hidden = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Geheimer Text", CardOrigin.PAPER);
		workshops.hideCard(workshop, hidden.id(), "Test");
		// when
		MvcResult stream = mvc.perform(get("/w/" + workshop.code() + "/live").cookie(guest)
			.header("Last-Event-ID", "0")).andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
			.andReturn();
		workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Live über SSE", CardOrigin.MODERATOR);
		String body = "";
		for (int i = 0; i < 100 && !body.contains("Live über SSE"); i++) {
			Thread.sleep(50);
			body = stream.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		// then
		assertThat(body).contains("id:1\nevent:card-hidden\n", "id:3\nevent:card\n",
				"Live über SSE").doesNotContain("Geheimer Text");
		assertThat(body.indexOf("id:1\n")).isLessThan(body.indexOf("id:2\n"));
		assertThat(body.indexOf("id:2\n")).isLessThan(body.indexOf("id:3\n"));
		// without a guest identity of this workshop: refused
		mvc.perform(get("/w/" + workshop.code() + "/live")).andExpect(status().isForbidden());
	}

	@Test
	void mergingCardsKeepsTheirDotsOnTheTarget() {
		// given
		Workshop workshop = plan("Zusammenführen");
		Card a = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Ärztemangel", CardOrigin.PAPER);
		Card b = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Kein Hausarzt", CardOrigin.PAPER);
		long session = workshops.openSession(workshop, Phase.CRITIQUE, "", 2, false, true);
		workshops.vote(workshop, session, "g:1", a.id());
		workshops.vote(workshop, session, "g:2", b.id());
		// when
		workshops.mergeCard(workshop, b.id(), a.id());
		// then
		assertThatThrownBy(() -> workshops.mergeCard(workshop, a.id(), a.id())).isInstanceOf(WorkshopException.class);
		Board board = workshops.board(workshop, Phase.CRITIQUE, false);
		assertThat(board.column(0)).extracting(Card::id).containsExactly(a.id());
		assertThat(board.merged().get(a.id())).extracting(Card::id).containsExactly(b.id());
		VoteResult result = workshops.result(workshop, workshops.sessions(workshop).get(0));
		assertThat(result.clusters().get(0).cards().get(0).dots()).isEqualTo(2);
		assertThat(Map.of("dots", result.dots())).containsEntry("dots", 2);
	}

	private Workshop plan(String title) {
		return workshops.create(kommune, new NewWorkshop(title + " " + ProcessFixtures.random(),
				LocalDateTime.of(2027, 3, 14, 18, 0), "Rathaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
	}

	private Cookie join(Workshop workshop, String nickname) throws Exception {
		var request = post("/w/" + workshop.code()).with(csrf());
		if (nickname != null) {
			request = request.param("nickname", nickname);
		}
		MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		String header = result.getResponse().getHeader("Set-Cookie");
		assertThat(header).startsWith("daks-guest-" + workshop.code() + "=").contains("HttpOnly", "SameSite=Lax");
		String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
		return new Cookie("daks-guest-" + workshop.code(), value);
	}

	private org.springframework.test.web.servlet.ResultActions vote(Workshop workshop, Cookie guest, long session,
			long card) throws Exception {
		return mvc.perform(post("/w/" + workshop.code() + "/stimmen").cookie(guest).with(csrf())
			.param("sessionId", Long.toString(session)).param("cardId", Long.toString(card)));
	}
}
