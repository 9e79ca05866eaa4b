package de.daks.projection.internal;

import de.daks.projection.engine.Assumptions;
import de.daks.projection.engine.CohortComponent;
import de.daks.projection.engine.Migration;
import de.daks.projection.engine.Population;
import de.daks.projection.engine.Projection;
import de.daks.projection.engine.StandardSchedules;
import de.daks.projection.engine.Timing;
import de.daks.shared.cli.DaksCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code daks bench projection --areas <n> --years <h>}: times the cohort-component engine on {@code n} generated
 * areas (single years 0..100+, two sexes, standard rates scaled per area, net migration counts, half before/half
 * after) over {@code h} yearly steps on one thread, all events recorded, and prints areas·years per second (median
 * of three timed passes after one untimed pass). The
 * generated inputs match {@code bench/projection_numpy.py}.
 */
@Component
class BenchCommand implements DaksCommand {

	static final int GROUPS = 101;

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return "projection --areas <n> --years <h>  time the projection engine (areas·years per second, one thread)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (arguments.isEmpty() || !"projection".equals(arguments.get(0))) {
			out.println("Usage: daks bench " + usage());
			return 2;
		}
		Options options;
		try {
			options = Options.parse(arguments.subList(1, arguments.size()), Set.of("areas", "years"));
		}
		catch (IllegalArgumentException ex) {
			out.println("daks bench: " + ex.getMessage());
			return 2;
		}
		int areas = options.integer("areas", 11_000);
		int years = options.integer("years", 30);
		if (areas < 1 || years < 1) {
			out.println("daks bench: --areas and --years must be positive");
			return 2;
		}
		Population[] populations = new Population[areas];
		Assumptions[] assumptions = new Assumptions[areas];
		generate(areas, populations, assumptions);
		// one untimed pass so the JIT has compiled the loop and the heap has grown, then three timed passes
		run(populations, assumptions, areas, years);
		double[] rates = new double[3];
		double checksum = 0;
		for (int pass = 0; pass < rates.length; pass++) {
			long start = System.nanoTime();
			checksum = run(populations, assumptions, areas, years);
			double seconds = (System.nanoTime() - start) / 1e9;
			rates[pass] = areas * (double) years / seconds;
			out.printf(Locale.ROOT, "pass %d: %d areas x %d years in %.3f s%n", pass + 1, areas, years, seconds);
		}
		java.util.Arrays.sort(rates);
		out.printf(Locale.ROOT, "%.0f areas·years per second (median of 3 passes, one thread, checksum %.1f)%n",
				rates[1], checksum);
		return 0;
	}

	static double run(Population[] populations, Assumptions[] assumptions, int areas, int years) {
		double checksum = 0;
		for (int a = 0; a < areas; a++) {
			Projection p = CohortComponent.project(populations[a], years, assumptions[a]);
			checksum += p.total(years);
		}
		return checksum;
	}

	/**
	 * Area {@code a}: population {@code size·exp(−x/70)·(0.8 + 0.4·u)} per sex and age with {@code size} log-uniform in
	 * 300…300,000 persons, fertility the standard schedule × (0.8 + 0.4·u), standard survival, net migration counts
	 * {@code size·0.002·(exp(−((x−22)/4)²) − 0.5·exp(−((x−32)/6)²))} (u uniform, seed 42).
	 */
	static void generate(int areas, Population[] populations, Assumptions[] assumptions) {
		Random random = new Random(42);
		double[] fertility = StandardSchedules.fertility(GROUPS - 1);
		double[][] survival = { StandardSchedules.lifeTable(0).survival(1, GROUPS),
				StandardSchedules.lifeTable(1).survival(1, GROUPS) };
		double[] birthSurvival = { StandardSchedules.lifeTable(0).birthSurvival(1),
				StandardSchedules.lifeTable(1).birthSurvival(1) };
		for (int a = 0; a < areas; a++) {
			double size = 300 * Math.pow(1000, random.nextDouble());
			double[][] counts = new double[2][GROUPS];
			double[][] migration = new double[2][GROUPS];
			for (int s = 0; s < 2; s++) {
				for (int x = 0; x < GROUPS; x++) {
					counts[s][x] = size / 70 * Math.exp(-x / 70.0) * (0.8 + 0.4 * random.nextDouble());
					migration[s][x] = size * 0.002 * (Math.exp(-Math.pow((x - 22) / 4.0, 2))
							- 0.5 * Math.exp(-Math.pow((x - 32) / 6.0, 2)));
				}
			}
			double level = 0.8 + 0.4 * random.nextDouble();
			double[] f = fertility.clone();
			for (int x = 0; x < f.length; x++) {
				f[x] *= level;
			}
			populations[a] = new Population(1, counts);
			assumptions[a] = new Assumptions(f, survival, birthSurvival, StandardSchedules.SEX_RATIO_AT_BIRTH,
					new Migration.NetCounts(migration), Timing.HALF_BEFORE_HALF_AFTER);
		}
	}
}
