package de.daks.indicators;

/** How an indicator is computed from its numerator and denominator (see {@link IndicatorDefinition#formula()}). */
public enum IndicatorKind {

	/** The numerator itself (e.g. residents aged 0–2, births minus deaths). */
	COUNT,
	/** Numerator / denominator × scale, both populations of different ages (e.g. old-age ratio). */
	RATIO,
	/** Part / whole population × 100. */
	SHARE,
	/** Events of the year / population at 31.12. × scale (e.g. births per 1,000). */
	RATE,
	/** Σ (age + 0.5) · P(age) / P over single years. */
	MEAN_AGE,
	/** Age splitting the population in halves, interpolated within the median year. */
	MEDIAN_AGE,
	/** Σ over single years x of births to mothers aged x / women aged x. */
	TFR,
	/** (P_t − P_t−period) / P_t−period × 100. */
	CHANGE,
	/** Population / area in km². */
	DENSITY;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static IndicatorKind ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}
}
