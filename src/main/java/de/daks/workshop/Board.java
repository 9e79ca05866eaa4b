package de.daks.workshop;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One phase of a workshop as a board: its columns with their cards, the clusters, the open voting session.
 *
 * @param cards per column index, in posting order; for participants only visible cards
 * @param merged the cards merged into each card (by its id)
 * @param openSession the open voting session of this phase, if any
 */
public record Board(Workshop workshop, Phase phase, List<String> columns, Map<Integer, List<Card>> cards,
		List<Cluster> clusters, Map<Long, List<Card>> merged, @Nullable VoteSession openSession, long lastSeq) {

	public List<Card> column(int index) {
		return cards.getOrDefault(index, List.of());
	}

	public int cardCount() {
		return cards.values().stream().mapToInt(List::size).sum();
	}
}
