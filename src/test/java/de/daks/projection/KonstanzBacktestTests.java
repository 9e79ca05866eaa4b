package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.projection.engine.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class KonstanzBacktestTests {

	static final int HORIZON = 10;

	static final int[] FIVE_WINDOWS = { 2000, 2004, 2008, 2012, 2015 };

	@BeforeAll
	static void data() {
		KonstanzHistory.assumeAvailable();
	}

	@Test
	void printTable() {
		StockSeries raw = KonstanzHistory.raw();
		StockSeries harmonised = Boolean.getBoolean("scaledOnly") ? KonstanzHistory.scaled() : KonstanzHistory.harmonised();
		int history = Integer.getInteger("history", 5);
		StringBuilder out = new StringBuilder();
		for (int base = Integer.getInteger("from", 2000); base <= 2015; base++) {
			double[][] actual = raw.populations(List.of(base + HORIZON)).get(0).counts();
			Backtest.Score hpRaw = Backtest.score(ProjectionMethods.plainHamiltonPerry(raw, base, HORIZON, 5)[2], List.of(), actual, 1);
			Backtest.Score hpHarm = Backtest.score(ProjectionMethods.plainHamiltonPerry(harmonised, base, HORIZON, 5)[2], List.of(), actual, 1);
			ProjectionRun cc = ProjectionMethods.cohortComponent(harmonised, base, HORIZON, history, ProjectionMethods.Settings.DEFAULT.withPersistence(Double.parseDouble(System.getProperty("lambda", "1.5"))));
			Backtest.Score daks = Backtest.score(cc.point()[HORIZON], Backtest.drawsAt(cc, HORIZON), actual, 1);
			if (Boolean.getBoolean("groups")) {
				double[] pg = Backtest.fiveYearGroups(cc.point()[HORIZON], 1);
				double[] ag = Backtest.fiveYearGroups(actual, 1);
				StringBuilder g = new StringBuilder();
				for (int i = 0; i < pg.length; i++) {
					g.append(String.format(Locale.ROOT, " %+.0f", 100 * (pg[i] / ag[i] - 1)));
				}
				out.append(base).append(" groups").append(g).append('\n');
			}
			out.append(String.format(Locale.ROOT, "%d hpRaw %5.1f %5.1f | hpHarm %5.1f %5.1f | cc %5.1f %5.1f cov %d/%d  %s%n", base,
					100 * Math.abs(hpRaw.totalError()), 100 * hpRaw.mape(), 100 * Math.abs(hpHarm.totalError()), 100 * hpHarm.mape(),
					100 * daks.totalError(), 100 * daks.mape(), daks.covered(), daks.numbers(), ""));
		}
		System.out.println(out);
	}
}
