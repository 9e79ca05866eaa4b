package de.daks.statistics.parse;

import java.util.Locale;

/** The file formats DAKS reads statistics from; {@link #code()} is the word of {@code --format}. */
public enum FileFormat {

	/** GENESIS/Regionalstatistik "classic" CSV: title block, header rows, data rows, footer. */
	CLASSIC("classic"),
	/** GENESIS flat file (ffcsv): one value per row, old German or new English header. */
	FFCSV("ffcsv"),
	/** A municipal register extract by single year of age and sex (layout of the Konstanz pyramids). */
	REGISTER("register"),
	/** A quarter table in long or wide layout, read through a confirmed column mapping. */
	QUARTERS("quarters"),
	/** DAKS's canonical CSV. */
	CANONICAL("canonical"),
	/** Kreis population as a JSON array of objects ({@code ID_County}, {@code Total}, age groups). */
	KREISE_JSON("kreise-json");

	private final String code;

	FileFormat(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static FileFormat ofCode(String code) {
		String wanted = code.trim().toLowerCase(Locale.ROOT);
		for (FileFormat format : values()) {
			if (format.code.equals(wanted) || format.name().equalsIgnoreCase(wanted)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown format '" + code + "' (one of classic, ffcsv, register, quarters, "
				+ "canonical, kreise-json)");
	}
}
