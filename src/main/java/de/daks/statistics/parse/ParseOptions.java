package de.daks.statistics.parse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the importing user adds to a file: the area when the file names none (a register extract of one Gemeinde),
 * the reference date when neither the file nor its name gives one, and the column mapping of a quarter table.
 */
public record ParseOptions(@Nullable String area, @Nullable LocalDate date, @Nullable QuarterMapping mapping) {

	public static final ParseOptions NONE = new ParseOptions(null, null, null);

	public static ParseOptions area(String area) {
		return new ParseOptions(area, null, null);
	}

	public ParseOptions withMapping(QuarterMapping mapping) {
		return new ParseOptions(area, date, mapping);
	}
}
