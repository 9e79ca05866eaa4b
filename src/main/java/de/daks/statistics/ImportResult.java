package de.daks.statistics;

import de.daks.statistics.parse.FileFormat;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an import.
 * @param dataset the new dataset (IMPORTED) or the one with the same content (UNCHANGED), else null
 * @param rows the observations written (IMPORTED) or held (UNCHANGED)
 */
public record ImportResult(Status status, @Nullable FileFormat format, @Nullable DatasetId dataset, int rows,
		List<ParseProblem> problems, Duration elapsed) {

	public enum Status {
		/** Written, in one transaction. */
		IMPORTED,
		/** The same file (same SHA-256) was imported before; nothing written. */
		UNCHANGED,
		/** The file has errors; nothing written. */
		REFUSED,
		/** The file has warnings the user has not accepted; nothing written. */
		NEEDS_ACCEPTANCE
	}

	public ImportResult {
		problems = List.copyOf(problems);
	}

	public boolean success() {
		return status == Status.IMPORTED || status == Status.UNCHANGED;
	}
}
