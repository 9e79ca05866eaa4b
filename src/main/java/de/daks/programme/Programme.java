package de.daks.programme;

import java.time.LocalDate;

/**
 * A funding programme or round run by a Geschäftsstelle, e.g. "Zukunftswerkstatt Kommunen" 2021–2024.
 *
 * @param shortName a short unique label such as {@code ZWK}
 */
public record Programme(ProgrammeId id, String name, String shortName, String description, LocalDate periodStart,
		LocalDate periodEnd) {
}
