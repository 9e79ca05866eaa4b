package de.daks.indicators.internal;

import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorDefinition.Term;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.indicators.NotComputable;
import de.daks.indicators.internal.BandSums.Sum;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.DatasetId;
import de.daks.statistics.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Computes the indicators of the catalogue for one area and year from an {@link ObservationSource}, exactly on the
 * stored bands (see {@link BandSums}). Stocks are taken at 31.12. of a year, flows of a year are stored at 31.12. too.
 * One calculator instance serves one area: it remembers the band sums it has read.
 */
public final class IndicatorCalculator {

	/** An open top band from this age on may stand for its ages in the mean age (counted at x + 0.5). */
	static final int MEAN_AGE_OPEN_BAND_MIN = 90;

	private final ObservationSource source;

	private final @Nullable BigDecimal areaKm2;

	private final Map<String, BandSums> read = new HashMap<>();

	/**
	 * @param areaKm2 the area of the territory in km² for the density, null if unknown
	 */
	public IndicatorCalculator(ObservationSource source, @Nullable BigDecimal areaKm2) {
		this.source = source;
		this.areaKm2 = areaKm2;
	}

	/** All definitions for the year: values and the reasons of those that are not computable. */
	public Indicators compute(List<IndicatorDefinition> definitions, String area, int year) {
		List<IndicatorValue> values = new ArrayList<>();
		List<NotComputable> missing = new ArrayList<>();
		for (IndicatorDefinition definition : definitions) {
			try {
				values.add(compute(definition, area, year));
			}
			catch (Missing ex) {
				missing.add(new NotComputable(definition.id(), ex.reason, ex.detail));
			}
		}
		return new Indicators(area, year, values, missing);
	}

	private IndicatorValue compute(IndicatorDefinition d, String area, int year) {
		Trace trace = new Trace();
		double value = switch (d.kind()) {
			case COUNT -> averaged(d.numerator(), year, d.windowYears(), trace);
			case RATIO, SHARE, RATE -> quotient(d, year, trace);
			case MEAN_AGE -> meanAge(d.numerator(), year, trace);
			case MEDIAN_AGE -> medianAge(d.numerator(), year, trace);
			case TFR -> tfr(d, year, trace);
			case CHANGE -> change(d, year, trace);
			case DENSITY -> density(d, year, trace);
		};
		return new IndicatorValue(d.id(), area, year, value, d.unit(), trace.datasets, trace.text.toString());
	}

	// ------------------------------------------------------------------------------------------------ kinds

	private double quotient(IndicatorDefinition d, int year, Trace trace) {
		Trace num = new Trace();
		Trace den = new Trace();
		double n = averaged(d.numerator(), year, d.windowYears(), num);
		double q = averaged(Objects.requireNonNull(d.denominator()), year, d.windowYears(), den);
		if (q == 0) {
			throw new Missing("zero-denominator", d.denominator().symbol(Locale.ROOT) + " " + year + " = 0");
		}
		trace.add(num).append(" / ").add(den).append(d.scale() == 1 ? "" : " × " + d.scale());
		return n / q * d.scale();
	}

	/** The term for the year, or the mean over the window of years ending with it. */
	private double averaged(Term term, int year, int window, Trace trace) {
		if (window == 1) {
			double value = term(term, year, trace);
			trace.append(number(value));
			return value;
		}
		List<String> parts = new ArrayList<>();
		double sum = 0;
		for (int y = year - window + 1; y <= year; y++) {
			try {
				double value = term(term, y, trace);
				sum += value;
				parts.add(number(value));
			}
			catch (Missing ex) {
				throw new Missing("window-incomplete", window + " years " + (year - window + 1) + "–" + year + ", "
						+ ex.detail);
			}
		}
		trace.append("Ø(" + String.join(", ", parts) + ")");
		return sum / window;
	}

	private double term(Term term, int year, Trace trace) {
		Sum sum = sum(term.measure(), year, term.ages(), term.sex());
		if (term.minus() != null) {
			sum = sum.minus(sum(term.minus(), year, term.ages(), term.sex()));
		}
		trace.datasets.addAll(sum.datasets());
		return sum.value();
	}

	private double meanAge(Term term, int year, Trace trace) {
		BandSums sums = sums(term.measure(), year);
		double weighted = 0;
		double total = 0;
		for (int age = 0;; age++) {
			var single = sums.sum(AgeBand.single(age), term.sex());
			if (single.isPresent()) {
				weighted += (age + 0.5) * single.get().value();
				total += single.get().value();
				trace.datasets.addAll(single.get().datasets());
				continue;
			}
			var open = age >= MEAN_AGE_OPEN_BAND_MIN ? sums.storedOpenBand(age, term.sex())
					: java.util.Optional.<Sum>empty();
			if (open.isPresent()) {
				weighted += (age + 0.5) * open.get().value();
				total += open.get().value();
				trace.datasets.addAll(open.get().datasets());
				break;
			}
			throw new Missing("single-years-needed", term.measure().code() + " " + year + " " + term.sex().code()
					+ " age " + age + (age >= MEAN_AGE_OPEN_BAND_MIN ? " (nor an open band " + age + "+)" : "")
					+ "; stored: " + describe(sums.bands(term.sex())));
		}
		if (total == 0) {
			throw new Missing("zero-denominator", "P " + year + " = 0");
		}
		trace.append(number(weighted) + " / " + number(total));
		return weighted / total;
	}

	private double medianAge(Term term, int year, Trace trace) {
		Sum all = sum(term.measure(), year, List.of(AgeBand.ALL), term.sex());
		if (all.value() == 0) {
			throw new Missing("zero-denominator", "P " + year + " = 0");
		}
		trace.datasets.addAll(all.datasets());
		double half = all.value() / 2;
		double below = 0;
		BandSums sums = sums(term.measure(), year);
		for (int age = 0;; age++) {
			var single = sums.sum(AgeBand.single(age), term.sex());
			if (single.isEmpty()) {
				throw new Missing("single-years-needed", term.measure().code() + " " + year + " "
						+ term.sex().code() + " age " + age + "; stored: " + describe(sums.bands(term.sex())));
			}
			double p = single.get().value();
			trace.datasets.addAll(single.get().datasets());
			if (below + p >= half && p > 0) {
				trace.append(age + " + (" + number(half) + " − " + number(below) + ") / " + number(p));
				return age + (half - below) / p;
			}
			below += p;
		}
	}

	private double tfr(IndicatorDefinition d, int year, Trace trace) {
		Term births = d.numerator();
		Term women = Objects.requireNonNull(d.denominator());
		AgeBand range = births.ages().get(0);
		int to = Objects.requireNonNull(range.to(), "TFR needs a closed age range");
		BandSums b = sums(births.measure(), year);
		BandSums w = sums(women.measure(), year);
		if (b.isEmpty() || w.isEmpty()) {
			throw new Missing("no-data", (b.isEmpty() ? births.measure() : women.measure()).code() + " " + year);
		}
		double tfr = 0;
		List<String> parts = new ArrayList<>();
		for (int age = range.from(); age < to; age++) {
			var born = b.sum(AgeBand.single(age), births.sex());
			var mothers = w.sum(AgeBand.single(age), women.sex());
			if (born.isEmpty() || mothers.isEmpty()) {
				throw new Missing("single-years-needed", (born.isEmpty() ? births.measure().code() + " " + year
						+ " age " + age + "; stored: " + describe(b.bands(births.sex()))
						: women.measure().code() + " " + year + " " + women.sex().code() + " age " + age));
			}
			trace.datasets.addAll(born.get().datasets());
			trace.datasets.addAll(mothers.get().datasets());
			if (mothers.get().value() == 0) {
				if (born.get().value() > 0) {
					throw new Missing("zero-denominator", "women aged " + age + " " + year + " = 0");
				}
				continue;
			}
			tfr += born.get().value() / mothers.get().value();
			parts.add(number(born.get().value()) + "/" + number(mothers.get().value()));
		}
		trace.append("Σ " + String.join(" + ", parts));
		return tfr;
	}

	private double change(IndicatorDefinition d, int year, Trace trace) {
		int period = Objects.requireNonNull(d.periodYears());
		Term p = d.numerator();
		double now = term(p, year, trace);
		double before;
		try {
			before = term(p, year - period, trace);
		}
		catch (Missing ex) {
			throw new Missing("no-data", ex.detail);
		}
		if (before == 0) {
			throw new Missing("zero-denominator", "P " + (year - period) + " = 0");
		}
		trace.append("(" + number(now) + " − " + number(before) + ") / " + number(before) + " × 100");
		return (now - before) / before * 100;
	}

	private double density(IndicatorDefinition d, int year, Trace trace) {
		double population = term(d.numerator(), year, trace);
		if (areaKm2 == null || areaKm2.signum() <= 0) {
			throw new Missing("no-area-size", "");
		}
		trace.append(number(population) + " / " + areaKm2.toPlainString());
		return population / areaKm2.doubleValue();
	}

	// ------------------------------------------------------------------------------------------------ helpers

	private Sum sum(Measure measure, int year, List<AgeBand> ages, Sex sex) {
		BandSums sums = sums(measure, year);
		if (sums.isEmpty()) {
			throw new Missing("no-data", measure.code() + " " + year);
		}
		return sums.sum(ages, sex).orElseThrow(() -> new Missing("ages-not-covered", measure.code() + " " + year + " "
				+ sex.code() + " " + ages.stream().map(AgeBand::label).collect(Collectors.joining(" + "))
				+ "; stored: " + describe(sums.bands(sex).isEmpty() ? sums.bands(Sex.MALE) : sums.bands(sex))));
	}

	private BandSums sums(Measure measure, int year) {
		return read.computeIfAbsent(measure.code() + "@" + year,
				k -> new BandSums(source.at(measure, LocalDate.of(year, 12, 31))));
	}

	/** Stored bands, compressed: runs of single years as {@code 0…74}. */
	static String describe(List<AgeBand> bands) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < bands.size()) {
			AgeBand band = bands.get(i);
			int j = i;
			while (band.isSingleYear() && j + 1 < bands.size() && bands.get(j + 1).isSingleYear()
					&& bands.get(j + 1).from() == bands.get(j).from() + 1) {
				j++;
			}
			parts.add(j > i + 1 ? band.from() + "…" + bands.get(j).from() : band.label());
			if (j == i + 1) {
				parts.add(bands.get(j).label());
			}
			i = j + 1;
		}
		return parts.isEmpty() ? "none" : String.join(", ", parts);
	}

	static String number(double value) {
		return CanonicalCsv.format(value);
	}

	private static final class Trace {

		final Set<DatasetId> datasets = new HashSet<>();

		final StringBuilder text = new StringBuilder();

		Trace append(String part) {
			text.append(part);
			return this;
		}

		Trace add(Trace other) {
			datasets.addAll(other.datasets);
			text.append(other.text);
			return this;
		}
	}

	/** Why a definition cannot be computed; control flow inside the calculator only. */
	private static final class Missing extends RuntimeException {

		final String reason;

		final String detail;

		Missing(String reason, String detail) {
			super(reason + ": " + detail, null, false, false);
			this.reason = reason;
			this.detail = detail;
		}
	}
}
