package de.daks.programme.selection;

import de.daks.programme.SizeClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible synthetic candidates for the benchmark and tests: 16 Länder (the larger ones more often), four
 * types, size classes by a log-uniform population, scores 0.0–40.0 in steps of 0.1 (e.g. 8 favourable conditions
 * × 0–5 points), about 40 % in GRW areas and half of them shrinking.
 */
public final class GeneratedCandidates {

	private static final String[] LAENDER = { "01", "02", "03", "03", "04", "05", "05", "05", "06", "07", "08", "08",
			"09", "09", "10", "11", "12", "13", "14", "14", "15", "16" };

	private static final String[] TYPES = { "Gemeinde", "Gemeinde", "Stadt", "Stadt", "Stadt", "Landkreis",
			"Quartier" };

	private GeneratedCandidates() {
	}

	public static List<Candidate> generate(int count, long seed) {
		Random random = new Random(seed);
		List<Candidate> candidates = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long population = Math.round(Math.pow(10, 3 + random.nextDouble() * 3));
			candidates.add(new Candidate(String.format("a%04d", i), "Kommune " + i,
					BigDecimal.valueOf(random.nextInt(401), 1), LAENDER[random.nextInt(LAENDER.length)],
					TYPES[random.nextInt(TYPES.length)], SizeClass.of(population), random.nextInt(10) < 4,
					random.nextBoolean()));
		}
		return candidates;
	}
}
