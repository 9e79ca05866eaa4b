package de.daks.workshop;

import org.jspecify.annotations.Nullable;

/**
 * A proposed measure of a field of action.
 *
 * @param kuemmerer the volunteer who follows it up
 * @param realityCheck the administration's note on feasibility
 * @param cardId the card it came from
 */
public record ProposedMeasure(long id, String title, @Nullable String kuemmerer, @Nullable String firstSteps,
		@Nullable String realityCheck, @Nullable Long cardId) {
}
