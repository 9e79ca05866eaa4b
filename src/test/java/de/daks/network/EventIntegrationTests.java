package de.daks.network;

import static de.daks.network.NetworkTestData.mailsTo;
import static de.daks.network.NetworkTestData.person;
import static de.daks.network.NetworkTestData.text;
import static de.daks.network.NetworkTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class EventIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	JdbcClient jdbc;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	private KommuneId kommune() {
		return kommunen.create(new NewKommune("Gemeinde " + unique(), KommuneKind.GEMEINDE, List.of(), "13", 8_000L,
				"2023-12-31", new BigDecimal("50.00"), false));
	}

	private NetworkEvent event(EventKind kind, Instant start, int capacity) {
		return events.create(kind, "Treffen " + unique(), "Austausch", "10:00 Begrüßung\n11:00 Werkstatt",
				"Rathaus", null, start, start.plus(Duration.ofHours(5)), capacity);
	}

	@Test
	void theOfficeCreatesAnEventThroughTheFormAndBadInputNamesTheFields() throws Exception {
		// when: bad input
		mvc.perform(post("/veranstaltungen/neu").with(csrf()).with(user(office)).param("kind", "CONFERENCE")
			.param("title", "Jahreskonferenz").param("description", "Bilanz").param("date", "2030-05-20")
			.param("startTime", "16:00").param("endTime", "10:00").param("capacity", "0")
			.param("onlineUrl", "ftp://x"))
			// then
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("eventForm", "endTime", "capacity", "onlineUrl"))
			.andExpect(content().string(Matchers.containsString("Das Ende muss nach dem Beginn liegen.")));
		// when: good input in German local time
		String title = "Jahreskonferenz " + unique();
		mvc.perform(post("/veranstaltungen/neu").with(csrf()).with(user(office)).param("kind", "CONFERENCE")
			.param("title", title).param("description", "Bilanz des Jahres").param("date", "2030-05-20")
			.param("startTime", "10:00").param("endTime", "16:30").param("capacity", "120")
			.param("location", "Berlin, Tagungszentrum")).andExpect(status().is3xxRedirection());
		// then
		NetworkEvent created = events.upcoming().stream().filter(e -> e.title().equals(title)).findFirst()
			.orElseThrow();
		assertThat(created.startsAt()).isEqualTo(Instant.parse("2030-05-20T08:00:00Z"));
		mvc.perform(get("/veranstaltungen/" + created.id())).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("20.05.2030, 10:00–16:30 Uhr")));
		mvc.perform(get("/veranstaltungen/" + created.id() + "/kalender.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("text/calendar")))
			.andExpect(content().string(Matchers.containsString("DTSTART:20300520T080000Z\r\n")));
	}

	@Test
	void aFullEventPutsTheNextOnTheWaitingListWhoMovesUpWithAMailWhenSomeoneCancels() throws Exception {
		// given
		NetworkEvent event = event(EventKind.ONLINE_SEMINAR, Instant.now().plus(Duration.ofDays(20)), 2);
		DaksPrincipal a = person(users, "Anna Erste");
		DaksPrincipal b = person(users, "Bert Zweiter");
		DaksPrincipal c = person(users, "Cleo Dritte");
		// when
		for (DaksPrincipal p : List.of(a, b, c)) {
			mvc.perform(post("/veranstaltungen/" + event.id() + "/anmeldung").with(csrf()).with(user(p)))
				.andExpect(status().is3xxRedirection());
		}
		// then
		assertThat(events.registrationOf(event.id(), c.id().value()).orElseThrow().status())
			.isEqualTo(Registration.Status.WAITING);
		mvc.perform(get("/veranstaltungen/" + event.id()).with(user(c)))
			.andExpect(content().string(Matchers.containsString("2 von 2 Plätzen belegt, 1 auf der Warteliste")));

		// when: a second registration changes nothing; then the first cancels
		events.register(event.id(), a, null);
		mvc.perform(post("/veranstaltungen/" + event.id() + "/abmeldung").with(csrf()).with(user(a)))
			.andExpect(status().is3xxRedirection());
		// then
		assertThat(events.registrationOf(event.id(), c.id().value()).orElseThrow().status())
			.isEqualTo(Registration.Status.REGISTERED);
		assertThat(events.registrations(event.id()).stream()
			.filter(r -> r.status() == Registration.Status.REGISTERED)).hasSize(2);
		assertThat(mailsTo(greenMail, c.email())).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Platz frei: " + event.title()));
		// and: a registration after a cancellation is a new one at the end of the queue
		assertThat(events.register(event.id(), a, null).status()).isEqualTo(Registration.Status.WAITING);
	}

	@Test
	void attendanceAtTwoProgrammeMeetingsFulfilsTheKommunesObligationOnlineSeminarsDoNotCount() throws Exception {
		// given: a Kommune whose coordinator attends two events in 2031, one a seminar
		KommuneId kommuneId = kommune();
		DaksPrincipal coordinator = person(users, "Kai Koordination");
		users.addMembership(coordinator.id(), kommuneId, KommuneRole.KOORDINATION);
		NetworkEvent meeting = event(EventKind.REGIONAL_MEETING, Instant.parse("2031-03-10T09:00:00Z"), 30);
		NetworkEvent seminar = event(EventKind.ONLINE_SEMINAR, Instant.parse("2031-04-10T09:00:00Z"), 30);
		NetworkEvent conference = event(EventKind.CONFERENCE, Instant.parse("2031-11-10T09:00:00Z"), 30);
		for (NetworkEvent e : List.of(meeting, seminar, conference)) {
			mvc.perform(post("/veranstaltungen/" + e.id() + "/anmeldung").with(csrf()).with(user(coordinator))
				.param("kommune", kommuneId.toString())).andExpect(status().is3xxRedirection());
		}
		Kommune kommune = kommunen.get(kommuneId);
		// when: attendance of meeting and seminar
		for (NetworkEvent e : List.of(meeting, seminar)) {
			UUID registration = events.registrationOf(e.id(), coordinator.id().value()).orElseThrow().id();
			mvc.perform(post("/veranstaltungen/" + e.id() + "/teilnahme").with(csrf()).with(user(office))
				.param("attended", registration.toString())).andExpect(status().is3xxRedirection());
		}
		// then: one of two
		assertThat(events.obligations(2031, List.of(kommune))).singleElement()
			.satisfies(o -> assertThat(o.attended()).extracting(NetworkEvent::id).containsExactly(meeting.id()))
			.satisfies(o -> assertThat(o.fulfilled()).isFalse());
		// when: the conference too
		events.recordAttendance(conference.id(),
				List.of(events.registrationOf(conference.id(), coordinator.id().value()).orElseThrow().id()));
		// then
		assertThat(events.obligations(2031, List.of(kommune)).get(0).fulfilled()).isTrue();
		mvc.perform(get("/veranstaltungen/pflichttermine").param("jahr", "2031").with(user(office)))
			.andExpect(content().string(Matchers.containsString(kommune.name())))
			.andExpect(content().string(Matchers.containsString("2 / 2")));
		// and: registering for a Kommune one does not belong to is refused
		mvc.perform(post("/veranstaltungen/" + meeting.id() + "/anmeldung").with(csrf())
			.with(user(person(users, "Fremde Person"))).param("kommune", kommuneId.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from network_event_registration where event_id = :e")
			.param("e", meeting.id()).query(Integer.class).single()).isOne();
	}

	@Test
	void remindersGoOnceToTheRegisteredOfEventsWithinADay() {
		// given
		NetworkEvent soon = event(EventKind.ONLINE_SEMINAR, Instant.now().plus(Duration.ofHours(20)), 1);
		NetworkEvent later = event(EventKind.ONLINE_SEMINAR, Instant.now().plus(Duration.ofDays(3)), 5);
		DaksPrincipal registered = person(users, "Rita Registriert");
		DaksPrincipal waiting = person(users, "Willi Warteliste");
		events.register(soon.id(), registered, null);
		events.register(soon.id(), waiting, null);
		events.register(later.id(), waiting, null);
		// when
		events.sendReminders();
		events.sendReminders();
		// then
		assertThat(mailsTo(greenMail, registered.email())).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).isEqualTo("Erinnerung: " + soon.title());
			assertThat(text(m)).contains("Guten Tag Rita Registriert").contains("/veranstaltungen/" + soon.id());
		});
		assertThat(mailsTo(greenMail, waiting.email())).isEmpty();
		assertThat(soon.startsAt()).isAfter(Instant.now().truncatedTo(ChronoUnit.MINUTES));
	}

	@Test
	void theOfficeCorrectsTheKommuneOfARegistrationAddsAWalkInAndSeesWhoIsShortForTheYear() throws Exception {
		// given: two Kommunen; a coordinator registered for a 2032 meeting without naming her Kommune
		KommuneId counted = kommune();
		KommuneId shortOne = kommune();
		DaksPrincipal coordinator = person(users, "Lea Lückenlos");
		NetworkEvent meeting = event(EventKind.REGIONAL_MEETING, Instant.parse("2032-03-10T09:00:00Z"), 30);
		NetworkEvent conference = event(EventKind.CONFERENCE, Instant.parse("2032-11-10T09:00:00Z"), 30);
		events.register(meeting.id(), coordinator, null);
		UUID registration = events.registrationOf(meeting.id(), coordinator.id().value()).orElseThrow().id();

		// when: the office marks her attendance and sets the Kommune; an unknown Kommune is refused first
		mvc.perform(post("/veranstaltungen/" + meeting.id() + "/teilnahme").with(csrf()).with(user(office))
			.param("attended", registration.toString()).param("kommune-" + registration, UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(events.registrations(meeting.id()).get(0).attended()).isFalse();
		mvc.perform(post("/veranstaltungen/" + meeting.id() + "/teilnahme").with(csrf()).with(user(office))
			.param("attended", registration.toString()).param("kommune-" + registration, counted.toString()))
			.andExpect(status().is3xxRedirection());
		// and: someone of the same Kommune came to the conference without registering; a walk-in without Kommune
		// is refused
		mvc.perform(post("/veranstaltungen/" + conference.id() + "/teilnahme/nachtrag").with(csrf()).with(user(office))
			.param("name", "Bürgermeister Ohneanmeldung")).andExpect(status().is3xxRedirection());
		assertThat(events.registrations(conference.id())).isEmpty();
		mvc.perform(post("/veranstaltungen/" + conference.id() + "/teilnahme/nachtrag").with(csrf()).with(user(office))
			.param("name", "Bürgermeister Ohneanmeldung").param("kommune", counted.toString()))
			.andExpect(status().is3xxRedirection());

		// then: the Kommune has both meetings, the other is short and listed first
		List<Events.Obligation> obligations = events.obligations(2032,
				List.of(kommunen.get(counted), kommunen.get(shortOne)));
		assertThat(obligations).extracting(o -> o.kommune().id()).containsExactly(shortOne, counted);
		assertThat(obligations.get(1).fulfilled()).isTrue();
		assertThat(obligations.get(1).attended()).extracting(NetworkEvent::id)
			.containsExactly(meeting.id(), conference.id());
		assertThat(obligations.get(0).missing()).isEqualTo(2);
		assertThat(obligations.get(0).atRisk()).isTrue();
		mvc.perform(get("/veranstaltungen/" + meeting.id() + "/teilnahme")
			.with(user(office))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("selected")));
		mvc.perform(get("/veranstaltungen/pflichttermine").param("jahr", "2032").param("rueckstand", "true")
			.with(user(office))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(kommunen.get(shortOne).name())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(kommunen.get(counted).name()))))
			.andExpect(content().string(Matchers.containsString("Rückstand: 2 Treffen fehlen")));
		// and: the walk-in gets no reminder mail (no address)
		assertThat(events.registrations(conference.id())).singleElement()
			.satisfies(r -> assertThat(r.email()).isEmpty());
	}
}
