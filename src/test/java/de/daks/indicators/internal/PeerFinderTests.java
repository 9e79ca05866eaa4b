package de.daks.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.indicators.PeerGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class PeerFinderTests {

	/** Indicators of an area with the given values (id, value, id, value …). */
	private static Indicators area(String key, Object... idsAndValues) {
		List<IndicatorValue> values = new ArrayList<>();
		for (int i = 0; i < idsAndValues.length; i += 2) {
			values.add(new IndicatorValue((String) idsAndValues[i], key, 2025, ((Number) idsAndValues[i + 1])
				.doubleValue(), "x", Set.of(), ""));
		}
		return new Indicators(key, 2025, values, List.of());
	}

	@Test
	void nearestNeighboursInStandardisedSpaceNotInRawUnits() {
		// given an old, small area and candidates; the population differs by orders of magnitude, the ratios little
		Indicators own = area("A", "youth_ratio", 30, "old_age_ratio", 45, "population", 10_000);
		Map<String, Indicators> candidates = new LinkedHashMap<>();
		candidates.put("B", area("B", "youth_ratio", 30, "old_age_ratio", 45, "population", 1_000_000)); // same age
		candidates.put("C", area("C", "youth_ratio", 40, "old_age_ratio", 25, "population", 10_000)); // same size
		candidates.put("D", area("D", "youth_ratio", 31, "old_age_ratio", 44, "population", 12_000)); // both close
		candidates.put("E", area("E", "youth_ratio", 35, "old_age_ratio", 35, "population", 100_000));
		// when
		PeerGroup peers = PeerFinder.find(own, candidates, Map.of("D", "Dorf"), 3);
		// then
		assertThat(peers.method()).isEqualTo("nearest-neighbours");
		assertThat(peers.features()).containsExactly("youth_ratio", "old_age_ratio", "population");
		// z-scores over A..E (sd youth 3.87, old age 7.86, log10 population 0.79): B differs only in size,
		// 2 / 0.79 = 2.54; E by 5 / 3.87, 10 / 7.86 and 1 / 0.79 = √(1.29² + 1.27² + 1.27²) = 2.21; C by 3.63
		assertThat(peers.peers()).extracting(PeerGroup.Peer::key).containsExactly("D", "E", "B");
		assertThat(peers.peers().get(1).distance()).isCloseTo(2.21, org.assertj.core.api.Assertions.within(0.01));
		assertThat(peers.peers().get(0).name()).isEqualTo("Dorf");
	}

	@Test
	void alternativesStandInForFeaturesTheBandsDoNotAllow() {
		// given Kreis-like data in bands where only the Destatis youth ratio and the 65+ share are computable
		Indicators own = area("A", "youth_ratio_destatis", 20, "share_65_plus", 22, "population", 100_000);
		Map<String, Indicators> candidates = Map.of(
				"B", area("B", "youth_ratio_destatis", 25, "share_65_plus", 18, "population", 100_000),
				"C", area("C", "youth_ratio_destatis", 20, "share_65_plus", 23, "population", 300_000),
				"D", area("D", "share_65_plus", 23, "population", 100_000)); // incomplete: left out
		// when
		PeerGroup peers = PeerFinder.find(own, candidates, Map.of(), 5);
		// then
		assertThat(peers.features()).containsExactly("youth_ratio_destatis", "share_65_plus", "population");
		assertThat(peers.candidates()).isEqualTo(2);
		assertThat(peers.peers()).extracting(PeerGroup.Peer::key).containsExactly("C", "B");
	}

	@Test
	void withoutStructureIndicatorsThePeersAreTheAreasOfMostSimilarSize() {
		// given only population totals
		Indicators own = area("A", "population", 50_000);
		Map<String, Indicators> candidates = Map.of("B", area("B", "population", 80_000), "C",
				area("C", "population", 45_000), "D", area("D", "population", 51_000));
		// when
		PeerGroup peers = PeerFinder.find(own, candidates, Map.of(), 2);
		// then
		assertThat(peers.method()).isEqualTo("similar-size");
		assertThat(peers.peers()).extracting(PeerGroup.Peer::key).containsExactly("D", "C");
		assertThat(peers.peers().get(0).distance()).isEqualTo(1_000.0 / 50_000);
		assertThat(PeerFinder.find(own, Map.of(), Map.of(), 2).method()).isEqualTo("none");
	}
}
