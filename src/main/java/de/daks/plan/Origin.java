package de.daks.plan;

import java.util.List;

/**
 * Where a field of action or a measure came from: the Zukunftswerkstatt, its cards and the dots they got.
 *
 * @param workshopPath the team's board of the workshop
 * @param voteSessionIds the closed voting sessions in which the cards got dots
 */
public record Origin(long workshopId, String workshopTitle, String workshopPath, List<Long> cardIds, int votes,
		List<Long> voteSessionIds) {

	public Origin {
		cardIds = List.copyOf(cardIds);
		voteSessionIds = List.copyOf(voteSessionIds);
	}

	/** The link to one card on the workshop's board. */
	public String cardLink(long cardId) {
		return workshopPath + "#card-" + cardId;
	}
}
