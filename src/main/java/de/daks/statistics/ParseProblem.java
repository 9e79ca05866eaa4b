package de.daks.statistics;

import java.io.Serial;
import java.io.Serializable;

/**
 * One thing wrong with a statistics file, found while reading or validating it.
 *
 * @param line the 1-based line of the file (0 for the file as a whole)
 * @param column the column or field concerned as the file names it (e.g. {@code age_from}, {@code 3. Spalte}), or
 * empty
 * @param code message code: the text is {@code statistics.problem.<code>} with the arguments line, column, detail
 * @param detail the offending value or further detail, may be empty
 * @param error true: the file cannot be imported as it is; false: a warning the importing user may accept
 */
public record ParseProblem(int line, String column, String code, String detail, boolean error)
		implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static ParseProblem error(int line, String column, String code, String detail) {
		return new ParseProblem(line, column, code, detail, true);
	}

	public static ParseProblem warning(int line, String column, String code, String detail) {
		return new ParseProblem(line, column, code, detail, false);
	}

	/** English one-liner for logs and the command line. */
	public String describe() {
		return (error ? "error" : "warning") + ", line " + line + (column.isEmpty() ? "" : ", " + column) + ": "
				+ code.replace('-', ' ') + (detail.isEmpty() ? "" : " (" + detail + ")");
	}
}
