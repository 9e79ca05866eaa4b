package de.daks.indicators;

import java.util.List;

/**
 * Areas similar to a given one, and how they were chosen.
 *
 * @param method {@code nearest-neighbours}: the areas of the same level (and Land for Gemeinden) closest in the
 * standardised indicator space of {@code features} (Euclidean distance of z-scores over all candidates);
 * {@code similar-size}: the areas of the same level whose population differs least (used when the features are not
 * computable for the area); {@code none}: no candidates with data
 * @param features the definition ids spanning the indicator space (empty for {@code similar-size})
 * @param candidates how many areas with data were considered
 * @param peers the chosen areas, most similar first, with their distance (z units; relative size difference for
 * {@code similar-size})
 */
public record PeerGroup(String method, List<String> features, int candidates, List<Peer> peers) {

	public PeerGroup {
		features = List.copyOf(features);
		peers = List.copyOf(peers);
	}

	public record Peer(String key, String name, double distance, Indicators indicators) {
	}
}
