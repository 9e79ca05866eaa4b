package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class ScenarioTests {

	@Test
	void migrationScenariosLieSideBySideInTheirOrder() {
		// given: Konstanz 2015 and three migration variants
		KonstanzHistory.assumeAvailable();
		StockSeries konstanz = KonstanzHistory.harmonised();
		ProjectionMethods.Settings middle = ProjectionMethods.Settings.DEFAULT;
		LinkedHashMap<String, ProjectionMethods.Settings> variants = new LinkedHashMap<>();
		variants.put("low", middle.withMigrationFactor(0.5));
		variants.put("middle", middle);
		variants.put("high", middle.withMigrationFactor(1.5));

		// when
		LinkedHashMap<String, ProjectionRun> runs = ProjectionMethods.scenarios(konstanz, 2015, 10, 5, variants);

		// then: net in-migration to Konstanz, so more migration means more people in 2025; intervals around each
		assertThat(runs.keySet()).containsExactly("low", "middle", "high");
		double low = runs.get("low").total(10);
		double mid = runs.get("middle").total(10);
		double high = runs.get("high").total(10);
		assertThat(low).isLessThan(mid);
		assertThat(mid).isLessThan(high);
		ProjectionRun run = runs.get("middle");
		for (int s = 0; s < 2; s++) {
			for (int x = 0; x <= 100; x++) {
				assertThat(run.p10()[10][s][x]).isLessThanOrEqualTo(run.p90()[10][s][x]);
			}
		}
	}
}
