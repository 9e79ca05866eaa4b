package de.daks.statistics;

import de.daks.shared.KommuneId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An imported dataset with its provenance.
 * @param format the code of the file format (e.g. {@code classic})
 * @param acceptedWarnings the warnings the importing user accepted, as the command line describes them
 */
public record DatasetInfo(DatasetId id, String fileName, String sha256, String format, @Nullable String tableCode,
		@Nullable String title, @Nullable LocalDate firstDate, @Nullable LocalDate lastDate,
		@Nullable LocalDate gebietsstand, @Nullable String licence, @Nullable String attribution,
		@Nullable KommuneId kommune, String importedBy, Instant importedAt, int rowCount,
		List<String> acceptedWarnings) {
}
