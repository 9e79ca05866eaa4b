package de.daks.statistics;

/**
 * What an observation counts. Stocks are at the reference date (31.12. unless the dataset says otherwise); flows are
 * the events of the calendar year ending at the reference date.
 */
public enum Measure {

	/** Residents (stock). */
	POPULATION("population"),
	/** Live births in the year, by sex of the child; age band = all ages. */
	BIRTHS("births"),
	/** Live births in the year by age of the mother (sex {@code t}, age band = the mother's age). */
	BIRTHS_BY_MOTHER_AGE("births_by_mother_age"),
	/** Deaths in the year, by sex and age at death. */
	DEATHS("deaths"),
	/** Moves across the area's boundary into the area in the year. */
	IN_MOVES("in_moves"),
	/** Moves across the area's boundary out of the area in the year. */
	OUT_MOVES("out_moves");

	private final String code;

	Measure(String code) {
		this.code = code;
	}

	/** The code in the optional {@code measure} column of the canonical CSV and in the database. */
	public String code() {
		return code;
	}

	public boolean isStock() {
		return this == POPULATION;
	}

	public static Measure ofCode(String code) {
		for (Measure measure : values()) {
			if (measure.code.equals(code)) {
				return measure;
			}
		}
		throw new IllegalArgumentException("unknown measure '" + code + "'");
	}
}
