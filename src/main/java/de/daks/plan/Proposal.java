package de.daks.plan;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A field of action proposed by a Zukunftswerkstatt (received with {@code WorkshopResultsProposed}), with its
 * proposed measures, and what the team adopted of it.
 */
public record Proposal(long id, Origin origin, String title, int priority, Instant receivedAt,
		@Nullable Long adoptedFieldId, List<ProposedMeasure> measures) {

	/** A proposed measure; adoptedMeasureId is the plan's measure it became. */
	public record ProposedMeasure(long id, String title, @Nullable String kuemmerer, @Nullable String firstSteps,
			@Nullable String realityCheck, @Nullable Long cardId, int votes, List<Long> voteSessionIds,
			@Nullable Long adoptedMeasureId) {
	}

	public boolean adopted() {
		return adoptedFieldId != null;
	}
}
