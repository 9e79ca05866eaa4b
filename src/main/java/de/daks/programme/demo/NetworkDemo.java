package de.daks.programme.demo;

import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.network.ConsultantPool;
import de.daks.network.ConsultingMethod;
import de.daks.network.EventKind;
import de.daks.network.EventMaterials;
import de.daks.network.Events;
import de.daks.network.NetworkEvent;
import de.daks.process.Step;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The network services in the demo: two approved consultant profiles (the demo consultant and an invented
 * facilitator without sign-in) and upcoming events – a regional meeting with few places, an online seminar and the
 * annual conference – and a past regional meeting with attendance, a recording link and public material. All names
 * are invented.
 */
@Component
@Order(5)
class NetworkDemo implements DemoContributor {

	private final ConsultantPool pool;

	private final Events events;

	private final EventMaterials materials;

	private final UserManagement users;

	private final Clock clock;

	NetworkDemo(ConsultantPool pool, Events events, EventMaterials materials, UserManagement users, Clock clock) {
		this.pool = pool;
		this.events = events;
		this.materials = materials;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void afterKommunen(Context context) {
		UserId beratung = context.accounts().get("beratung@daks.example");
		pool.approve(pool.saveProfile(beratung, new ConsultantPool.ProfileData("Bea Beratung",
				"Büro für Demografie und Beteiligung (Beispiel)",
				EnumSet.of(Theme.DEMOGRAFIESTRATEGIE, Theme.BUERGERBETEILIGUNG, Theme.WOHNEN),
				EnumSet.of(ConsultingMethod.PROZESSBEGLEITUNG, ConsultingMethod.MODERATION,
						ConsultingMethod.BETEILIGUNG),
				EnumSet.of(Step.KICK_OFF, Step.ZUKUNFTSWERKSTATT, Step.WERKSTATTPLAN),
				EnumSet.of(Land.BREMEN, Land.NIEDERSACHSEN, Land.NORDRHEIN_WESTFALEN), false, "Deutsch, Englisch",
				"Zukunftswerkstätten in zwölf Kommunen (Beispieldaten)", new BigDecimal("850"),
				new BigDecimal("1100"), 6, null)).id());
		UserId facilitator = users.createUser("moderation@daks.example", "Mats Moderation", null, null);
		pool.approve(pool.saveProfile(facilitator, new ConsultantPool.ProfileData("Mats Moderation",
				"Moderation im ländlichen Raum (Beispiel)",
				EnumSet.of(Theme.ENGAGEMENT, Theme.GESUNDHEIT_PFLEGE, Theme.KOOPERATION, Theme.BUERGERBETEILIGUNG),
				EnumSet.of(ConsultingMethod.MODERATION, ConsultingMethod.EVALUATION),
				EnumSet.of(Step.ZUKUNFTSWERKSTATT, Step.ZWISCHENBILANZ), Set.of(), true, "Deutsch, Plattdeutsch",
				"Regionalkonferenzen und Dorfwerkstätten (Beispieldaten)", new BigDecimal("650"),
				new BigDecimal("800"), 4, null)).id());

		LocalDate today = LocalDate.now(clock.withZone(Events.ZONE));
		LocalDate regional = today.plusWeeks(5);
		events.create(EventKind.REGIONAL_MEETING, "Regionales Werkstatttreffen Nord",
				"Kollegiale Beratung der Programmkommunen im Norden: Erfahrungen aus Zukunftswerkstätten und erste "
						+ "Maßnahmen der Werkstattpläne.",
				"10:00 Ankommen und Begrüßung\n10:30 Fallberatung in Kleingruppen\n12:30 Mittagspause\n"
						+ "13:30 Marktplatz der Maßnahmen\n15:00 Ausblick",
				"Bremerhaven, Stadthaus (Beispiel)", null, at(regional, 10), at(regional, 15).plusSeconds(1800), 2);
		LocalDate seminar = today.plusWeeks(2);
		events.create(EventKind.ONLINE_SEMINAR, "Online-Seminar: Fördermittel für Demografiemaßnahmen",
				"Welche Programme von EU, Bund und Ländern passen zu Maßnahmen des Werkstattplans?",
				"14:00 Überblick\n14:30 Beispiele aus zwei Kommunen\n15:15 Fragen", "",
				"https://konferenz.example/foerdermittel", at(seminar, 14), at(seminar, 16), 100);
		LocalDate conference = today.plusMonths(4);
		events.create(EventKind.CONFERENCE, "Jahreskonferenz Demografie",
				"Alle Programmkommunen, Beraterinnen und Berater und das Ministerium ziehen gemeinsam Bilanz.",
				"09:30 Eröffnung\n10:00 Impulse\n11:30 Foren\n14:00 Abschluss", "Berlin (Beispiel)", null,
				at(conference, 9), at(conference, 16), 150);

		// a meeting six weeks ago: attendance of two Kommunen (Rostock is short), a recording link, public material
		LocalDate past = today.minusWeeks(6);
		NetworkEvent review = events.create(EventKind.REGIONAL_MEETING, "Regionales Werkstatttreffen West (Rückblick)",
				"Erfahrungsaustausch zu Bürgerbeteiligung und Wohnen im Alter (Beispielveranstaltung).",
				"10:00 Begrüßung\n10:30 Praxisbeispiele\n13:30 Werkstattgespräche", "Düren, Kreishaus (Beispiel)", null,
				at(past, 10), at(past, 15), 40);
		events.addAttendee(review.id(), "Dora Düren (Beispiel)", context.dueren());
		events.addAttendee(review.id(), "Bruno Bremerhaven (Beispiel)", context.bremerhaven());
		materials.addLink(review.id(), "Aufzeichnung der Praxisbeispiele (Beispiel)",
				"https://video.example.org/werkstatttreffen-west");
		events.setMaterialsPublic(review.id(), true);
	}

	private static java.time.Instant at(LocalDate date, int hour) {
		return date.atTime(LocalTime.of(hour, 0)).atZone(Events.ZONE).toInstant();
	}
}
