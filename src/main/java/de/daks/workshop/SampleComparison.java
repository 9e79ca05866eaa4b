package de.daks.workshop;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Stichprobe vs. Bevölkerung": the share of each age group and sex in a Zufallsbürger sample next to its share in
 * the Kommune's population (the statistics' latest year, as in the Kommunalprofil), with the difference in
 * percentage points. The population comes in bands (e.g. five-year bands, the top one open); a band is split evenly
 * over its years where it crosses an age group (the age groups lie on five-year bounds, so usually none is split).
 * The statistics count men and women only: "d" has no population share.
 *
 * @param year the population's year, null when the Kommune has no population by age and sex
 */
public record SampleComparison(@Nullable Integer year, int sampleSize, List<Row> rows) {

	/** A population band in years: {@code from} inclusive, {@code to} exclusive (null: open). */
	public record Band(int from, @Nullable Integer to, double male, double female) {
	}

	/**
	 * One row: an age group or a sex.
	 *
	 * @param population the share in the population in percent, null if unknown
	 * @param difference sample minus population in percentage points, null if unknown
	 */
	public record Row(Dimension dimension, String label, int count, double sample, @Nullable Double population,
			@Nullable Double difference) {
	}

	public enum Dimension {
		AGE, SEX
	}

	public boolean hasPopulation() {
		return year != null;
	}

	/** Compares a sample with the population bands of a year (no bands or no year: sample shares only). */
	public static SampleComparison of(List<RandomSelection.Person> sample, @Nullable Integer year, List<Band> bands) {
		boolean known = year != null && !bands.isEmpty();
		double total = bands.stream().mapToDouble(b -> b.male() + b.female()).sum();
		known = known && total > 0;
		int n = sample.size();
		List<Row> rows = new ArrayList<>();
		for (int[] group : RandomSelection.AGE_GROUPS) {
			String label = RandomSelection.label(group);
			int count = (int) sample.stream().filter(p -> p.ageGroup().equals(label)).count();
			Double population = null;
			if (known) {
				double persons = 0;
				for (Band band : bands) {
					persons += (band.male() + band.female()) * overlap(band, group[0], group[1]);
				}
				population = 100.0 * persons / total;
			}
			rows.add(row(Dimension.AGE, label, count, n, population));
		}
		double male = bands.stream().mapToDouble(Band::male).sum();
		double female = bands.stream().mapToDouble(Band::female).sum();
		for (String sex : List.of("w", "m", "d")) {
			int count = (int) sample.stream().filter(p -> p.sex().equals(sex)).count();
			Double population = !known || sex.equals("d") ? null : 100.0 * (sex.equals("w") ? female : male) / total;
			rows.add(row(Dimension.SEX, sex, count, n, population));
		}
		return new SampleComparison(known ? year : null, n, rows);
	}

	private static Row row(Dimension dimension, String label, int count, int n, @Nullable Double population) {
		double share = n == 0 ? 0 : 100.0 * count / n;
		return new Row(dimension, label, count, share, population, population == null ? null : share - population);
	}

	/** The part of a band's persons whose age lies in [from, to] (inclusive years), assuming an even spread. */
	static double overlap(Band band, int from, int to) {
		if (band.to() == null) {
			// an open band ("85+") belongs wholly to the group it starts in
			return band.from() >= from && band.from() <= to ? 1 : 0;
		}
		int years = band.to() - band.from();
		int inside = Math.max(0, Math.min(band.to(), to + 1) - Math.max(band.from(), from));
		return (double) inside / years;
	}
}
