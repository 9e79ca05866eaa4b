package de.daks.workshop;

import de.daks.shared.KommuneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The moderation handed the workshop's results over to the Werkstattplan: proposed fields of action and measures,
 * each with the links back to where it came from.
 *
 * @param workshopPath the team's board of the workshop, e.g. {@code /kommunen/<id>/zukunftswerkstatt/12}
 */
public record WorkshopResultsProposed(KommuneId kommuneId, long workshopId, String workshopTitle, String workshopPath,
		List<Field> fields) {

	/**
	 * @param clusterId the cluster the field came from
	 * @param votes the dots on the cluster's cards over all closed sessions
	 * @param cardIds the cards of the cluster
	 */
	public record Field(String title, int priority, @Nullable Long clusterId, int votes, List<Long> cardIds,
			List<Measure> measures) {
	}

	/**
	 * @param cardId the card the measure came from (null when typed directly)
	 * @param votes the dots on that card over all closed sessions
	 * @param voteSessionIds the closed sessions in which the card got dots
	 */
	public record Measure(String title, @Nullable String kuemmerer, @Nullable String firstSteps,
			@Nullable String realityCheck, @Nullable Long cardId,
			int votes, List<Long> voteSessionIds) {
	}
}
