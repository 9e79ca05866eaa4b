package de.daks.statistics.parse;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the values of a file agree with each other: a total over all ages equals the sum of a complete set of
 * disjoint age bands, a total of both sexes equals male plus female, and age bands overlap only by nesting. Findings
 * are warnings (official tables round and reallocate); they name the line of the total.
 */
public final class Consistency {

	private static final int MAX_FINDINGS = 50;

	private Consistency() {
	}

	public static List<ParseProblem> check(List<Observation> observations, Map<Observation.Cell, Integer> lines) {
		List<ParseProblem> problems = new ArrayList<>();
		Map<Group, TreeMap<AgeBand, Double>> byAge = new HashMap<>();
		for (Observation o : observations) {
			byAge.computeIfAbsent(new Group(o.area(), o.date(), o.measure(), o.sex()), g -> new TreeMap<>())
				.put(o.age(), o.value());
		}
		for (Map.Entry<Group, TreeMap<AgeBand, Double>> entry : byAge.entrySet()) {
			if (problems.size() >= MAX_FINDINGS) {
				break;
			}
			Group g = entry.getKey();
			TreeMap<AgeBand, Double> bands = entry.getValue();
			AgeBand overlap = inconsistentOverlap(bands.keySet().stream().toList());
			if (overlap != null) {
				problems.add(ParseProblem.warning(line(lines, g, overlap), "", "overlapping-age-bands",
						g.describe() + " " + overlap.label()));
				continue;
			}
			Double total = bands.get(AgeBand.ALL);
			if (total == null) {
				continue;
			}
			List<AgeBand> finest = finestPartition(bands);
			if (finest != null) {
				double sum = finest.stream().mapToDouble(bands::get).sum();
				if (Math.abs(sum - total) > 0.5 + 1e-9 * total) {
					problems.add(ParseProblem.warning(line(lines, g, AgeBand.ALL), "", "total-mismatch",
							g.describe() + ": total " + CanonicalFormat.number(total) + ", sum of the age bands "
									+ CanonicalFormat.number(sum)));
				}
			}
		}
		for (Map.Entry<Group, TreeMap<AgeBand, Double>> entry : byAge.entrySet()) {
			Group g = entry.getKey();
			if (g.sex != Sex.TOTAL || problems.size() >= MAX_FINDINGS) {
				continue;
			}
			TreeMap<AgeBand, Double> male = byAge.get(new Group(g.area, g.date, g.measure, Sex.MALE));
			TreeMap<AgeBand, Double> female = byAge.get(new Group(g.area, g.date, g.measure, Sex.FEMALE));
			if (male == null || female == null) {
				continue;
			}
			for (Map.Entry<AgeBand, Double> band : entry.getValue().entrySet()) {
				Double m = male.get(band.getKey());
				Double f = female.get(band.getKey());
				if (m != null && f != null && Math.abs(m + f - band.getValue()) > 0.5 + 1e-9 * band.getValue()) {
					problems.add(ParseProblem.warning(line(lines, g, band.getKey()), "", "sex-total-mismatch",
							g.describe() + " " + band.getKey().label() + ": total "
									+ CanonicalFormat.number(band.getValue()) + ", male + female "
									+ CanonicalFormat.number(m + f)));
					break;
				}
			}
		}
		return problems;
	}

	/** Two bands that overlap without one containing the other, or null. */
	private static AgeBand inconsistentOverlap(List<AgeBand> sorted) {
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				AgeBand a = sorted.get(i);
				AgeBand b = sorted.get(j);
				if (b.from() >= (a.to() == null ? Integer.MAX_VALUE : a.to())) {
					break;
				}
				if (a.overlaps(b) && !a.contains(b) && !b.contains(a)) {
					return b;
				}
			}
		}
		return null;
	}

	/** The innermost bands (containing no other band) if they tile [0, open) without gaps; else null. */
	private static List<AgeBand> finestPartition(TreeMap<AgeBand, Double> bands) {
		List<AgeBand> leaves = new ArrayList<>();
		AgeBand[] sorted = bands.keySet().toArray(new AgeBand[0]);
		for (int i = 0; i < sorted.length; i++) {
			AgeBand band = sorted[i];
			// sorted by start, then end: a band inside this one starts at its start or later, before its end
			int j = i;
			while (j > 0 && sorted[j - 1].from() == band.from()) {
				j--;
			}
			boolean containsOther = false;
			for (; j < sorted.length && (band.to() == null || sorted[j].from() < band.to()); j++) {
				if (j != i && band.contains(sorted[j])) {
					containsOther = true;
					break;
				}
			}
			if (!containsOther) {
				leaves.add(band);
			}
		}
		int next = 0;
		for (AgeBand leaf : leaves) {
			if (leaf.from() != next) {
				return null;
			}
			if (leaf.to() == null) {
				return leaves.size() > 1 ? leaves : null;
			}
			next = leaf.to();
		}
		return null;
	}

	private static int line(Map<Observation.Cell, Integer> lines, Group g, AgeBand age) {
		return lines.getOrDefault(new Observation.Cell(g.area, g.date, g.measure, g.sex, age), 0);
	}

	private record Group(String area, LocalDate date, Measure measure, Sex sex) {

		String describe() {
			return area + " " + date + " " + measure.code() + " " + sex.code();
		}
	}

	/** Numbers in findings: integers plain, others with up to three decimals. */
	static final class CanonicalFormat {

		private CanonicalFormat() {
		}

		static String number(double value) {
			return de.daks.statistics.CanonicalCsv.format(Math.round(value * 1000) / 1000.0);
		}
	}
}
