package de.daks.programme.demo;

import de.daks.plan.Goal;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A Werkstattplan for the Kreis Düren: Leitbild, the five fields of the call, goals and measures in every status,
 * milestones, progress reports and a published version 1, so that the views and the public page show something;
 * the coordinator's account is the responsible user of one measure.
 */
@Component
@Order(6)
class PlanDemo implements DemoContributor {

	private final Plans plans;

	PlanDemo(Plans plans) {
		this.plans = plans;
	}

	@Override
	public void afterKommunen(Context context) {
		KommuneId k = context.dueren();
		LocalDate today = plans.today();
		LocalDate year = today.withDayOfYear(1);
		plans.setLeitbild(k, "Der Kreis Düren ist ein Ort, an dem Menschen jeden Alters gut leben, sich begegnen und "
				+ "mitgestalten – in der Stadt wie in den Dörfern.");
		plans.addStarterFields(k);
		List<Long> fields = plans.draft(k).fields().stream().map(f -> f.id()).toList();
		plans.addGoal(k, new Goal(0, fields.get(0), "Mehr Begegnung zwischen Jung und Alt", false, null,
				"Teilnehmende an generationenübergreifenden Angeboten", "pro Jahr", new BigDecimal("120"),
				new BigDecimal("400"), year.plusYears(3).minusDays(1)));
		plans.addGoal(k, new Goal(0, fields.get(2), "Mehr Beteiligung in den Ortsteilen", false, null,
				"Besuche der Ortsteilwerkstätten", "pro Jahr", new BigDecimal("80"), new BigDecimal("250"),
				year.plusYears(2).minusDays(1)));
		// Dana, the coordinator, is the responsible user of the café: "Meine Aufgaben" and reminders
		long cafe = plans.addMeasure(k, new Measure(0, fields.get(0), "Generationencafé in Jülich", null, "Sozialamt",
				"Dana Demografie", null, Set.of(TargetGroup.SENIORS, TargetGroup.YOUNG_PEOPLE), year.minusMonths(3),
				year.plusMonths(9), new BigDecimal("8500"), "Förderprogramm Demografie", MeasureStatus.PLANNED, null, 0,
				null, context.accounts().get("koordination@dueren.daks.example").value()));
		long lotsen = measure(k, fields.get(1), "Seniorenlotsen in allen Gemeinden", "Seniorenberatung",
				"Herr Schmitz", Set.of(TargetGroup.SENIORS), year.minusMonths(1), year.plusMonths(14), "12000",
				"Kreishaushalt");
		long app = measure(k, fields.get(4), "Dorf-App mit Mitfahrbörse", "Digitalisierung", "Dana Demografie",
				Set.of(TargetGroup.ALL), year.plusMonths(4), year.plusMonths(16), "15000", "Förderprogramm Demografie");
		long beirat = measure(k, fields.get(2), "Jugendbeirat", "Jugendamt", "Frau Yilmaz",
				Set.of(TargetGroup.YOUNG_PEOPLE), year.minusMonths(6), year.plusMonths(2), null, null);
		measure(k, fields.get(3), "Ortsteilchroniken mit Zugezogenen", "Kulturamt", null,
				Set.of(TargetGroup.NEW_IMMIGRANTS, TargetGroup.FAMILIES), null, null, null, null);
		plans.addMilestone(k, cafe, "Räume gefunden", year.minusMonths(2));
		plans.addMilestone(k, cafe, "Erstes Café", year.plusMonths(1));
		plans.addMilestone(k, app, "Ausschreibung", year.plusMonths(5));
		plans.reportProgress(k, cafe, 45, "Räume im Bürgerhaus gefunden, zwölf Ehrenamtliche gewonnen.",
				"Dana Demografie");
		plans.reportProgress(k, beirat, 80, "Wahl abgeschlossen, erste Sitzung im Kreishaus.", "Frau Yilmaz");
		plans.changeStatus(k, lotsen, MeasureStatus.PAUSED, "Stelle der Koordination wird neu besetzt.",
				"Dana Demografie");
		plans.publish(k, year.plusDays(20), "Kreistagsbeschluss KT/2026/017 (Demo)", "Dana Demografie");
	}

	private long measure(KommuneId k, long field, String title, String unit, @Nullable String person,
			Set<TargetGroup> groups, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable String budget,
			@Nullable String source) {
		return plans.addMeasure(k, new Measure(0, field, title, null, unit, person, null, groups, start, end,
				budget == null ? null : new BigDecimal(budget), source, MeasureStatus.PLANNED, null, 0, null));
	}
}
