package de.daks.territory;

import java.io.Serial;
import java.io.Serializable;

/**
 * One thing wrong with an imported file.
 *
 * @param position line number (1-based) of a GV100AD file, or feature index (0-based) of a GeoJSON file; 0 for
 * the file as a whole
 * @param field the column or property concerned, e.g. "ARS (Spalten 11–22)" or "geometry"
 * @param code message code: the text is {@code territory.problem.<code>} with the arguments field and detail
 * @param detail the value or the parser's detail, may be empty
 */
public record ImportProblem(int position, String field, String code, String detail) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** English one-liner for logs and the command line. */
	public String describe(String positionName) {
		return positionName + " " + position + ", " + field + ": " + code.replace('-', ' ')
				+ (detail.isEmpty() ? "" : " (" + detail + ")");
	}
}
