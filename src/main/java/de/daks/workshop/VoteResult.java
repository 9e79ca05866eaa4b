package de.daks.workshop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of a dot voting session, ranked per cluster: clusters by their dots, cards within by theirs; cards
 * without a cluster form the last group. Dots on a merged card count for the card it was merged into; hidden cards
 * are left out.
 *
 * @param voters how many people voted
 */
public record VoteResult(VoteSession session, int voters, int dots, List<ClusterResult> clusters) {

	/** @param cluster null for the cards without a cluster */
	public record ClusterResult(@Nullable Cluster cluster, int dots, List<CardResult> cards) {
	}

	public record CardResult(Card card, int dots) {
	}
}
