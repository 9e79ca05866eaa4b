package de.daks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Snapshots of versions and their comparison: added, changed (with the fields), removed. */
class SnapshotTests {

	static PlanData plan(String leitbild, List<Measure> measures) {
		return new PlanData(1, KommuneId.random(), leitbild, List.of(new PlanField(10, "Wohnen", 1, null)),
				List.of(new Goal(20, 10, "Mehr barrierefreie Wohnungen", false, null, "Wohnungen", "Anzahl",
						new BigDecimal("12"), new BigDecimal("40.0"), LocalDate.of(2029, 12, 31))),
				measures, Map.of());
	}

	static Measure measure(long id, String title, BigDecimal budget) {
		return new Measure(id, 10, title, null, "Bauamt", "Herr Lenz", null, Set.of(TargetGroup.SENIORS),
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), budget, "Eigenmittel", MeasureStatus.PLANNED,
				null, 0, null);
	}

	@Test
	void comparesAddedChangedAndRemovedWithTheChangedFields() {
		Snapshot v1 = Snapshot.of(plan("Gut alt werden", List.of(measure(30, "Wohnberatung", new BigDecimal("5000")),
				measure(31, "Bänke", new BigDecimal("800")))));
		Snapshot v2 = Snapshot.of(plan("Gut alt werden in Musterstadt",
				List.of(measure(30, "Wohnberatung mobil", new BigDecimal("6500.00")),
						measure(32, "Mitfahrbank", new BigDecimal("300")))));

		List<Snapshot.Change> changes = v1.compareTo(v2);

		assertThat(changes).extracting(c -> c.type() + " " + c.key()).containsExactly("CHANGED LEITBILD",
				"CHANGED M30", "ADDED M32", "REMOVED M31");
		Snapshot.Change changed = changes.get(1);
		assertThat(changed.fields()).extracting(f -> f.name() + ": " + f.before() + " → " + f.after())
			.containsExactly("title: Wohnberatung → Wohnberatung mobil", "budget: 5000 → 6500");
		assertThat(v1.compareTo(v1)).isEmpty();
	}

	@Test
	void equalAmountsInAnotherScaleAreNoChange() {
		Snapshot a = Snapshot.of(plan(null, List.of(measure(30, "A", new BigDecimal("5000")))));
		Snapshot b = Snapshot.of(plan(null, List.of(measure(30, "A", new BigDecimal("5000.00")))));
		assertThat(a.compareTo(b)).isEmpty();
		assertThat(a.byKey().get("G20").attributes()).containsEntry("target", "40").containsEntry("baseline", "12");
	}
}
