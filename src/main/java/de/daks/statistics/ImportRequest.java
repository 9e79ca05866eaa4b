package de.daks.statistics;

import de.daks.shared.KommuneId;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.parse.ParseOptions;
import org.jspecify.annotations.Nullable;

/**
 * A file to import.
 * @param format the format the user chose, or null to detect it
 * @param acceptWarnings the user has seen the warnings and accepts them
 * @param kommune the Kommune importing it (its statistics page), or null for a programme-wide import
 * @param licence licence text to record when the file names none
 * @param attribution attribution text to record when the file names none
 */
public record ImportRequest(String fileName, byte[] content, @Nullable FileFormat format, ParseOptions options,
		boolean acceptWarnings, @Nullable KommuneId kommune, @Nullable String licence,
		@Nullable String attribution) {

	public static ImportRequest of(String fileName, byte[] content) {
		return new ImportRequest(fileName, content, null, ParseOptions.NONE, false, null, null, null);
	}

	public ImportRequest acceptingWarnings() {
		return new ImportRequest(fileName, content, format, options, true, kommune, licence, attribution);
	}
}
