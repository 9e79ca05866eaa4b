package de.daks.territory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file the territory came from: the Gemeindeverzeichnis or a boundary file, with what a page must show about it.
 *
 * @param kind {@code GV100AD}, {@code BOUNDARIES} or {@code QUARTER}
 * @param gebietsstand the territorial reference date of the file, if it states one
 * @param importedBy the actor (e-mail of the user, {@code cli:<user>} or {@code system})
 * @param attribution the source note the licence requires, e.g. "© Statistisches Bundesamt (Destatis), 2023"
 * @param licence the licence id, e.g. {@code dl-de/by-2-0}
 */
public record TerritoryDataset(UUID id, String kind, String fileName, @Nullable LocalDate gebietsstand,
		Instant importedAt, String importedBy, String attribution, String licence) {

	public static final String GV100AD = "GV100AD";

	public static final String BOUNDARIES = "BOUNDARIES";

	/** Datenlizenz Deutschland – Namensnennung – Version 2.0. */
	public static final String DL_DE_BY_2_0 = "dl-de/by-2-0";
}
