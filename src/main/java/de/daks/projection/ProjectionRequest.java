package de.daks.projection;


/**
 * What a user asks for when starting a projection.
 *
 * @param method {@code cohort-component} or {@code hamilton-perry}
 * @param scenario the run's name (e.g. "Basis")
 * @param sideBySide also start the named scenarios low and high next to this one (see
 *     {@link ProjectionService#SCENARIOS})
 */
public record ProjectionRequest(int baseYear, int horizon, String method, int historyYears, String scenario,
		boolean sideBySide, ProjectionSettings settings) {
}
