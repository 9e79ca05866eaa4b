package de.daks.indicators;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the catalogue (a row of {@code indicator_definition}). Publishers define the same indicator with
 * different age bounds, so each variant is its own definition with its own id.
 *
 * @param id stable identifier, e.g. {@code old_age_ratio}
 * @param topic grouping for display: {@code structure}, {@code age_groups}, {@code natural}, {@code migration},
 * {@code development}
 * @param numerator what is counted (for {@link IndicatorKind#TFR} the births by mother's age)
 * @param denominator what it is divided by, null for counts, mean/median age, change and density
 * @param scale factor of the quotient (100 for "per 100" and percentages, 1000 for "per 1,000", else 1)
 * @param windowYears numerator and denominator are averaged over this many years ending with the year asked for
 * @param periodYears the period of a {@link IndicatorKind#CHANGE}, else null
 * @param variant the publisher whose definition this follows (e.g. {@code Destatis}, {@code Wegweiser Kommune})
 * @param unit unit code: {@code persons}, {@code per_100}, {@code per_1000}, {@code percent}, {@code years},
 * {@code children_per_woman}, {@code persons_per_km2}
 * @param source where a grouping comes from, if it is not obvious (e.g. the functional age groups)
 */
public record IndicatorDefinition(String id, int position, String topic, IndicatorKind kind, String nameDe,
		String nameEn, Term numerator, @Nullable Term denominator, int scale, int windowYears,
		@Nullable Integer periodYears, String variant, String unit, String descriptionDe, String descriptionEn,
		@Nullable String source) {

	public IndicatorDefinition {
		Objects.requireNonNull(id, "id");
		if (windowYears < 1 || scale < 1) {
			throw new IllegalArgumentException(id + ": window and scale must be at least 1");
		}
		boolean needsDenominator = kind == IndicatorKind.RATIO || kind == IndicatorKind.SHARE
				|| kind == IndicatorKind.RATE || kind == IndicatorKind.TFR;
		if (needsDenominator && denominator == null) {
			throw new IllegalArgumentException(id + ": a " + kind.code() + " needs a denominator");
		}
		if (kind == IndicatorKind.CHANGE && (periodYears == null || periodYears < 1)) {
			throw new IllegalArgumentException(id + ": a change needs a period of at least one year");
		}
	}

	/**
	 * Numerator or denominator: a measure (minus another, e.g. births − deaths), summed over age bands of one sex.
	 *
	 * @param ages disjoint age bands, ascending; {@code [0, open)} for all ages
	 */
	public record Term(Measure measure, @Nullable Measure minus, List<AgeBand> ages, Sex sex) {

		public Term {
			ages = List.copyOf(ages);
			if (ages.isEmpty()) {
				throw new IllegalArgumentException("a term needs at least one age band");
			}
			for (int i = 1; i < ages.size(); i++) {
				if (ages.get(i - 1).overlaps(ages.get(i)) || ages.get(i - 1).compareTo(ages.get(i)) > 0) {
					throw new IllegalArgumentException("age bands must be disjoint and ascending: " + ages);
				}
			}
		}

		public static Term of(Measure measure, String ages, Sex sex) {
			return new Term(measure, null, parseAges(ages), sex);
		}

		/** The notation of the catalogue table: {@code 0-20;65-} (upper bounds exclusive); empty = all ages. */
		public static List<AgeBand> parseAges(@Nullable String text) {
			if (text == null || text.isBlank()) {
				return List.of(AgeBand.ALL);
			}
			List<AgeBand> bands = new ArrayList<>();
			for (String part : text.split(";")) {
				String[] bounds = part.trim().split("-", -1);
				if (bounds.length != 2) {
					throw new IllegalArgumentException("age band must be 'from-to' or 'from-': '" + part + "'");
				}
				int from = Integer.parseInt(bounds[0].trim());
				bands.add(bounds[1].isBlank() ? AgeBand.openFrom(from)
						: AgeBand.of(from, Integer.parseInt(bounds[1].trim())));
			}
			return bands;
		}

		/** Human-readable ages: {@code 0–19 + 65+}, {@code alle Alter}/{@code all ages}. */
		public String agesLabel(Locale locale) {
			if (ages.size() == 1 && ages.get(0).isTotal()) {
				return german(locale) ? "alle Alter" : "all ages";
			}
			return ages.stream().map(AgeBand::label).collect(Collectors.joining(" + "));
		}

		/** Symbolic notation, e.g. {@code P(0–19 + 65+)}, {@code (B − D)}, {@code P_f(15–49)}. */
		public String symbol(Locale locale) {
			String sexSuffix = sex == Sex.TOTAL ? "" : "_" + sex.code();
			String ageText = ages.size() == 1 && ages.get(0).isTotal() ? "" : "(" + agesLabel(locale) + ")";
			String main = symbolOf(measure) + sexSuffix;
			if (minus != null) {
				return "(" + main + " − " + symbolOf(minus) + sexSuffix + ")" + ageText;
			}
			return main + ageText;
		}

		private static String symbolOf(Measure measure) {
			return switch (measure) {
				case POPULATION -> "P";
				case BIRTHS -> "B";
				case BIRTHS_BY_MOTHER_AGE -> "B_Mutter";
				case DEATHS -> "D";
				case IN_MOVES -> "Z";
				case OUT_MOVES -> "F";
			};
		}
	}

	public String name(Locale locale) {
		return german(locale) ? nameDe : nameEn;
	}

	public String description(Locale locale) {
		return german(locale) ? descriptionDe : descriptionEn;
	}

	/** The formula in symbols (DOMAIN.md notation), e.g. {@code P(65+) / P(20–64) × 100}. */
	public String formula(Locale locale) {
		String num = numerator.symbol(locale);
		String window = windowYears > 1 ? (german(locale) ? " (je Ø " + windowYears + " Jahre)"
				: " (each averaged over " + windowYears + " years)") : "";
		String scaled = scale == 1 ? "" : " × " + (scale == 1000 ? (german(locale) ? "1.000" : "1,000") : scale);
		return switch (kind) {
			case COUNT -> num;
			case RATIO, SHARE, RATE -> num + " / " + Objects.requireNonNull(denominator).symbol(locale) + scaled + window;
			case MEAN_AGE -> german(locale) ? "Σ (x + 0,5) · P(x) / P" : "Σ (x + 0.5) · P(x) / P";
			case MEDIAN_AGE -> german(locale) ? "x + (P/2 − P(0..x−1)) / P(x), x = Medianjahr"
					: "x + (P/2 − P(0..x−1)) / P(x), x = median year";
			case TFR -> "Σ_x B_Mutter(x) / P_f(x), x = " + Objects.requireNonNull(denominator).agesLabel(locale);
			case CHANGE -> "(P_t − P_t−" + periodYears + ") / P_t−" + periodYears + " × 100";
			case DENSITY -> german(locale) ? "P / Fläche km²" : "P / area km²";
		};
	}

	static boolean german(Locale locale) {
		return !"en".equals(locale.getLanguage());
	}
}
