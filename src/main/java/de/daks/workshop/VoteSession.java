package de.daks.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A dot voting session on the cards of one phase.
 *
 * @param multiplePerCard whether a person may put several dots on one card
 * @param resultsVisible whether the counts are shown while the session is open (always after it closed)
 */
public record VoteSession(long id, Phase phase, String title, int dotsPerPerson, boolean multiplePerCard,
		boolean resultsVisible, Instant openedAt, @Nullable Instant closedAt) {

	public boolean open() {
		return closedAt == null;
	}

	public boolean showResults() {
		return closedAt != null || resultsVisible;
	}
}
