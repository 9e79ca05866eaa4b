package de.daks.programme.demo;

import de.daks.process.KickOffManagement;
import de.daks.process.Minutes;
import de.daks.process.ProcessActor;
import de.daks.process.ProcessManagement;
import de.daks.process.StakeholderCategory;
import de.daks.process.StakeholderDetails;
import de.daks.process.Step;
import de.daks.process.StepStatus;
import de.daks.shared.KommuneId;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The process state of the three demo Kommunen, at different steps: Bremerhaven works on its Werkstattplan, Kreis
 * Düren prepares its Zukunftswerkstatt, Landkreis Rostock assembles its Kommunalprofil. The themes follow the seed
 * presentation; all people, stakeholders, minutes and dates are invented (the Kommunen are flagged synthetic).
 */
@Component
@Order(2)
class ProcessDemo implements DemoContributor {

	private final ProcessManagement process;

	private final KickOffManagement kickOff;

	ProcessDemo(ProcessManagement process, KickOffManagement kickOff) {
		this.process = process;
		this.kickOff = kickOff;
	}

	@Override
	public void afterKommunen(Context context) {
		ProcessActor bremerhaven = ProcessActor.user(context.accounts().get("koordination@bremerhaven.daks.example"),
				"Kira Koordination (Bremerhaven)");
		ProcessActor dueren = ProcessActor.user(context.accounts().get("koordination@dueren.daks.example"),
				"Dana Demografie (Kreis Düren)");
		ProcessActor rostock = ProcessActor.user(context.accounts().get("koordination@rostock.daks.example"),
				"Rolf Rostock (Landkreis Rostock)");

		done(context.bremerhaven(), bremerhaven, Step.KICK_OFF, Step.KOMMUNALPROFIL, Step.ZUKUNFTSWERKSTATT);
		process.advanceTo(context.bremerhaven(), Step.WERKSTATTPLAN, StepStatus.IN_PROGRESS, bremerhaven);
		process.tickFirst(context.bremerhaven(), Step.WERKSTATTPLAN, 3, bremerhaven);
		process.addNote(context.bremerhaven(), Step.WERKSTATTPLAN, "Entwurf der Handlungsfelder mit dem Sozialreferat "
				+ "abgestimmt; Jugendtreffpunkt und Beratungsstelle Barriereabbau als erste Maßnahmen gesetzt.",
				bremerhaven);
		kickOffBremerhaven(context.bremerhaven(), bremerhaven);

		done(context.dueren(), dueren, Step.KICK_OFF, Step.KOMMUNALPROFIL);
		process.advanceTo(context.dueren(), Step.ZUKUNFTSWERKSTATT, StepStatus.IN_PROGRESS, dueren);
		process.tickFirst(context.dueren(), Step.ZUKUNFTSWERKSTATT, 2, dueren);
		kickOffDueren(context.dueren(), dueren);

		done(context.rostock(), rostock, Step.KICK_OFF);
		process.advanceTo(context.rostock(), Step.KOMMUNALPROFIL, StepStatus.IN_PROGRESS, rostock);
		process.tickFirst(context.rostock(), Step.KOMMUNALPROFIL, 2, rostock);
		process.addNote(context.rostock(), Step.KOMMUNALPROFIL, "Bevölkerungsdaten nach Ämtern beim Statistischen Amt "
				+ "MV angefragt; Interviews mit den Amtsvorstehern im nächsten Monat.", rostock);
		kickOffRostock(context.rostock(), rostock);
	}

	private void done(KommuneId kommune, ProcessActor actor, Step... steps) {
		for (Step step : steps) {
			process.tickFirst(kommune, step, Integer.MAX_VALUE, actor);
			process.advanceTo(kommune, step, StepStatus.DONE, actor);
		}
	}

	private void kickOffBremerhaven(KommuneId k, ProcessActor actor) {
		stakeholder(k, actor, "Magistrat der Stadt Bremerhaven – Sozialreferat", "Petra Beispiel", "Referatsleitung",
				StakeholderCategory.VERWALTUNG, true);
		stakeholder(k, actor, "Stabsstelle Sozialplanung", "Jonas Muster", "Sozialplanung, Projektleitung",
				StakeholderCategory.VERWALTUNG, true);
		stakeholder(k, actor, "Stadtverordnetenversammlung – Sozialausschuss", "Erika Probe", "Ausschussvorsitz",
				StakeholderCategory.POLITIK, true);
		stakeholder(k, actor, "Seniorenvertretung Bremerhaven", "Hans Vorlage", "Sprecher",
				StakeholderCategory.ZIVILGESELLSCHAFT, true);
		stakeholder(k, actor, "Jugendring (Beispiel)", "Lea Entwurf", "Jugendbeteiligung",
				StakeholderCategory.VERBAENDE_VEREINE, false);
		stakeholder(k, actor, "Wohnungsbaugesellschaft (Beispiel)", "Murat Platzhalter", "Quartiersmanagement",
				StakeholderCategory.WIRTSCHAFT, false);
		stakeholder(k, actor, "Hochschule (Beispiel) – Institut für Sozialforschung", "Dr. Anna Annahme",
				"wissenschaftliche Begleitung", StakeholderCategory.WISSENSCHAFT, true);
		kickOff.addAgendaItem(k, LocalTime.of(10, 0), "Begrüßung durch die Stadträtin", "Sozialreferat", actor);
		kickOff.addAgendaItem(k, LocalTime.of(10, 15), "Das Modellprojekt ZWK und die fünf Schritte", "Prozessbegleitung",
				actor);
		kickOff.addAgendaItem(k, LocalTime.of(10, 45), "Bremerhaven im demografischen Wandel: erste Zahlen",
				"Stabsstelle Sozialplanung", actor);
		kickOff.addAgendaItem(k, LocalTime.of(11, 30), "Arbeitsgruppen: Was brauchen unsere Quartiere?", "alle",
				actor);
		kickOff.addAgendaItem(k, LocalTime.of(12, 30), "Verabredungen und nächste Schritte", "Koordination", actor);
		kickOff.saveMinutes(k, Minutes.of(LocalDate.of(2022, 3, 15), "Stadthaus, Sitzungssaal", 34,
				"Die Auftaktveranstaltung stellte das Projekt vor. In den Arbeitsgruppen wurden Jugendliche ohne "
						+ "Treffpunkt, fehlende Anlaufstellen am Stadtrand und Barrieren in Wohnungen als drängende "
						+ "Themen genannt.",
				"Kernteam aus Sozialreferat, Sozialplanung und Seniorenvertretung gebildet.\n"
						+ "Kommunalprofil mit kleinräumiger Bevölkerungsprognose wird beauftragt.\n"
						+ "Zukunftswerkstatt im Herbst mit Jugendlichen und Älteren."),
				actor);
		kickOff.addNextStep(k, "Leistungsbeschreibung für das Kommunalprofil", "Stabsstelle Sozialplanung",
				LocalDate.of(2022, 4, 30), true, actor);
		kickOff.addNextStep(k, "Termin und Ort der Zukunftswerkstatt festlegen", "Koordination",
				LocalDate.of(2022, 6, 30), true, actor);
		kickOff.addNextStep(k, "Jugendliche über den Jugendring einladen", "Jugendring", LocalDate.of(2022, 8, 31),
				false, actor);
	}

	private void kickOffDueren(KommuneId k, ProcessActor actor) {
		stakeholder(k, actor, "Amt für Generationen, Demografie, Inklusion und Sozialplanung", "Sabine Exempel",
				"Amtsleitung", StakeholderCategory.VERWALTUNG, true);
		stakeholder(k, actor, "Kreistag – Ausschuss für Soziales", "Klaus Fiktiv", "Vorsitz", StakeholderCategory.POLITIK,
				true);
		stakeholder(k, actor, "Bürgermeisterkonferenz der 15 kreisangehörigen Kommunen", "Ines Beispiel",
				"Geschäftsführung", StakeholderCategory.VERWALTUNG, true);
		stakeholder(k, actor, "Integrationszentrum (Beispiel)", "Yusuf Muster", "Leitung",
				StakeholderCategory.ZIVILGESELLSCHAFT, true);
		stakeholder(k, actor, "Wirtschaftsförderung (Beispiel)", "Nina Probe", "Fachkräftesicherung",
				StakeholderCategory.WIRTSCHAFT, false);
		kickOff.addAgendaItem(k, LocalTime.of(14, 0), "Begrüßung durch den Landrat", "Kreisverwaltung", actor);
		kickOff.addAgendaItem(k, LocalTime.of(14, 20), "Wachstumsoffensive 300.000+ und Demografiestrategie",
				"Amt für Generationen", actor);
		kickOff.addAgendaItem(k, LocalTime.of(15, 0), "Austausch an Thementischen", "alle", actor);
		kickOff.saveMinutes(k, Minutes.of(LocalDate.of(2022, 5, 10), "Kreishaus Düren", 41,
				"Vertreterinnen und Vertreter der kreisangehörigen Kommunen, der Politik und der Verbände "
						+ "diskutierten Zuzug, Vielfalt und die Versorgung in den ländlichen Orten.",
				"Kommunalprofil für alle 15 Kommunen.\nZukunftswerkstatt als World Café."), actor);
		kickOff.addNextStep(k, "Datenanfrage an IT.NRW stellen", "Amt für Generationen", LocalDate.of(2022, 6, 15),
				true, actor);
	}

	private void kickOffRostock(KommuneId k, ProcessActor actor) {
		stakeholder(k, actor, "Landkreis Rostock – Sozialplanung", "Frank Vorbild", "Sozialplaner",
				StakeholderCategory.VERWALTUNG, true);
		stakeholder(k, actor, "Ämter und amtsfreie Gemeinden (Vertretung)", "Greta Schablone", "Sprecherin",
				StakeholderCategory.VERWALTUNG, true);
		stakeholder(k, actor, "Ehrenamtsnetzwerk (Beispiel)", "Ole Annahme", "Koordination",
				StakeholderCategory.ZIVILGESELLSCHAFT, false);
		kickOff.addAgendaItem(k, LocalTime.of(9, 30), "Begrüßung und Ziele", "Landrat", actor);
		kickOff.addAgendaItem(k, LocalTime.of(10, 0), "Wie altert der Landkreis?", "Sozialplanung", actor);
		kickOff.saveMinutes(k, Minutes.of(LocalDate.of(2023, 2, 8), "Kreisverwaltung Güstrow", 22,
				"Schwerpunkt: Teilhabe Älterer in den ländlichen Räumen und Mobilität.",
				"Kernteam gebildet.\nMentoring durch eine erfahrene Kommune vereinbart."), actor);
		kickOff.addNextStep(k, "Kommunalprofil beauftragen", "Sozialplanung", LocalDate.of(2023, 4, 1), false, actor);
	}

	private void stakeholder(KommuneId kommune, ProcessActor actor, String organisation, String person, String role,
			StakeholderCategory category, boolean attended) {
		kickOff.addStakeholder(kommune, new StakeholderDetails(organisation, person, role,
				person.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "@beispiel.daks.example", null,
				category, true, attended), actor);
	}
}
