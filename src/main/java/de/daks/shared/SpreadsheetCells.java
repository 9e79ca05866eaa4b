package de.daks.shared;

import org.jspecify.annotations.Nullable;

/** Text cells for CSV and spreadsheet exports. */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/**
	 * A cell value a spreadsheet will not run as a formula: values starting with {@code = + - @}, tab or carriage
	 * return get a leading apostrophe (OWASP "CSV injection").
	 */
	public static @Nullable String safe(@Nullable String value) {
		return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
