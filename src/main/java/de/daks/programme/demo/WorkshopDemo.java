package de.daks.programme.demo;

import de.daks.workshop.Card;
import de.daks.workshop.CardOrigin;
import de.daks.workshop.NewWorkshop;
import de.daks.workshop.Phase;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopFormat;
import de.daks.workshop.Workshops;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A Zukunftswerkstatt of Kreis Düren (synthetic, marked so in its title): cards of the critique and fantasy phases
 * typed from paper and from the room, two clusters, a closed dot vote, and a proposed field of action with a
 * measure; its documentation is published on the public page. Every text is invented.
 */
@Component
@Order(5)
class WorkshopDemo implements DemoContributor {

	private final Workshops workshops;

	WorkshopDemo(Workshops workshops) {
		this.workshops = workshops;
	}

	@Override
	public void afterKommunen(Context context) {
		Workshop workshop = workshops.create(context.dueren(), new NewWorkshop(
				"Zukunftswerkstatt „Älter werden im Kreis Düren“ (synthetische Beispieldaten)",
				LocalDateTime.of(2026, 11, 14, 10, 0), "Kreishaus Düren, Sitzungssaal", true, WorkshopFormat.HYBRID,
				"10:00 Begrüßung\n10:15 Kritikphase\n11:00 Fantasiephase\n12:00 Verwirklichungsphase\n13:00 Ende",
				"Dana Demografie, Bernd Beratung",
				Map.of(Phase.CRITIQUE, List.of("Mobilität", "Versorgung", "Miteinander"),
						Phase.FANTASY, List.of("Tisch Nord", "Tisch Süd"))));
		Card bus = paper(workshop, Phase.CRITIQUE, 0, "Abends fährt in den Dörfern kein Bus mehr.");
		Card taxi = paper(workshop, Phase.CRITIQUE, 0, "Das Anrufsammeltaxi kennt kaum jemand.");
		Card doctor = paper(workshop, Phase.CRITIQUE, 1, "Die Hausärztin in Nideggen hört auf, eine Nachfolge fehlt.");
		Card shop = paper(workshop, Phase.CRITIQUE, 1, "Seit der Dorfladen zu ist, fehlt ein Treffpunkt.");
		Card lonely = room(workshop, Phase.CRITIQUE, 2, "Viele Ältere leben allein und kommen kaum raus.");
		long mobility = workshops.addCluster(workshop, Phase.CRITIQUE, "Mobilität auf dem Land",
				List.of(bus.id(), taxi.id()));
		workshops.addCluster(workshop, Phase.CRITIQUE, "Nahversorgung und Begegnung",
				List.of(doctor.id(), shop.id(), lonely.id()));
		long vote = workshops.openSession(workshop, Phase.CRITIQUE, "Was drängt am meisten?", 3, false, false);
		String[][] dots = { { "g:demo-1", "bus", "shop", "lonely" }, { "g:demo-2", "bus", "doctor" },
				{ "g:demo-3", "shop", "lonely", "taxi" }, { "g:demo-4", "bus", "lonely" } };
		Map<String, Card> byName = Map.of("bus", bus, "taxi", taxi, "doctor", doctor, "shop", shop, "lonely", lonely);
		for (String[] voter : dots) {
			for (int i = 1; i < voter.length; i++) {
				workshops.vote(workshop, vote, voter[0], byName.get(voter[i]).id());
			}
		}
		workshops.closeSession(workshop, vote);

		Card bus2 = paper(workshop, Phase.FANTASY, 0, "Ein Bürgerbus verbindet alle Dörfer – auch abends.");
		paper(workshop, Phase.FANTASY, 0, "Eine Mitfahr-Bank an jeder Bushaltestelle.");
		Card cafe = room(workshop, Phase.FANTASY, 1, "Im alten Dorfladen ist ein Dorfcafé mit Sprechstunde.");
		long fantasy = workshops.addCluster(workshop, Phase.FANTASY, "Dorfmitte beleben", List.of(cafe.id()));
		workshops.addCluster(workshop, Phase.FANTASY, "Mobil ohne Auto", List.of(bus2.id()));
		long field = workshops.proposeField(workshop, mobility, "Mobilität im ländlichen Raum", 1);
		workshops.proposeMeasure(workshop, field, bus2.id(), "Bürgerbus-Verein gründen", "Heimatverein Nideggen",
				"Fahrerinnen und Fahrer suchen, Fahrzeug über das Förderprogramm beantragen",
				"Kreisverkehrsgesellschaft unterstützt Konzession; Fahrzeugförderung des Landes möglich.");
		long village = workshops.proposeField(workshop, fantasy, null, 2);
		workshops.proposeMeasure(workshop, village, cafe.id(), null, "Seniorenbeirat", "Eigentümer ansprechen",
				"Mietzuschuss aus dem Quartiersbudget prüfen.");
		workshops.setPhase(workshop, Phase.REALISATION, null);
		// the documentation is on the public page of the Kreis (/zukunftswerkstaetten/{id})
		workshops.publish(workshops.get(context.dueren(), workshop.id()));
	}

	private Card paper(Workshop workshop, Phase phase, int column, String text) {
		return workshops.postAsModerator(workshop, null, phase, column, text, CardOrigin.PAPER);
	}

	private Card room(Workshop workshop, Phase phase, int column, String text) {
		return workshops.postAsModerator(workshop, null, phase, column, text, CardOrigin.MODERATOR);
	}
}
