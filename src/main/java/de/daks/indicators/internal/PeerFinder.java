package de.daks.indicators.internal;

import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.indicators.PeerGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses peers of an area among candidates whose indicators are known (see {@link PeerGroup#method()}): nearest
 * neighbours by Euclidean distance of z-scores, or by population when fewer than two features are computable.
 */
public final class PeerFinder {

	/**
	 * The features, each a list of alternatives in order of preference (e.g. the youth ratio or, where the bands do
	 * not allow it, its Destatis variant); per feature the first alternative computable for the area is used.
	 */
	public static final List<List<String>> FEATURES = List.of(
			List.of("youth_ratio", "youth_ratio_destatis", "share_under_18"),
			List.of("old_age_ratio", "share_65_plus"),
			List.of("share_80_plus"),
			List.of("population_change_5y"),
			List.of("population"));

	private PeerFinder() {
	}

	/** Every definition id any feature may use. */
	public static List<String> featureIds() {
		return FEATURES.stream().flatMap(List::stream).toList();
	}

	/**
	 * @param own the area's indicators (at least the {@link #featureIds()})
	 * @param candidates the other areas' indicators by key
	 * @param names display names by key (key if absent)
	 */
	public static PeerGroup find(Indicators own, Map<String, Indicators> candidates, Map<String, String> names,
			int size) {
		if (candidates.isEmpty()) {
			return new PeerGroup("none", List.of(), 0, List.of());
		}
		List<String> usable = FEATURES.stream()
			.map(alternatives -> alternatives.stream().filter(id -> own.value(id).isPresent()).findFirst())
			.flatMap(Optional::stream)
			.toList();
		List<String> complete = candidates.keySet().stream().sorted()
			.filter(c -> usable.stream().allMatch(id -> candidates.get(c).value(id).isPresent())).toList();
		boolean onlySize = usable.stream().filter(id -> !id.equals("population")).count() < 2;
		if (onlySize || complete.size() < 2) {
			return bySize(own, candidates, names, size);
		}
		Map<String, double[]> vectors = new HashMap<>();
		List<String> all = new ArrayList<>(complete);
		all.add(own.area());
		Map<String, Indicators> indicators = new HashMap<>(candidates);
		indicators.put(own.area(), own);
		for (String c : all) {
			double[] v = new double[usable.size()];
			for (int i = 0; i < usable.size(); i++) {
				double x = indicators.get(c).value(usable.get(i)).orElseThrow().value();
				v[i] = usable.get(i).equals("population") ? Math.log10(Math.max(x, 1)) : x;
			}
			vectors.put(c, v);
		}
		for (int i = 0; i < usable.size(); i++) {
			final int f = i;
			double mean = all.stream().mapToDouble(c -> vectors.get(c)[f]).average().orElse(0);
			double sd = Math.sqrt(all.stream().mapToDouble(c -> Math.pow(vectors.get(c)[f] - mean, 2)).average()
				.orElse(0));
			for (String c : all) {
				vectors.get(c)[f] = sd == 0 ? 0 : (vectors.get(c)[f] - mean) / sd;
			}
		}
		double[] me = vectors.get(own.area());
		List<PeerGroup.Peer> peers = complete.stream()
			.map(c -> new PeerGroup.Peer(c, names.getOrDefault(c, c), distance(me, vectors.get(c)), candidates.get(c)))
			.sorted(Comparator.comparingDouble(PeerGroup.Peer::distance))
			.limit(size)
			.toList();
		return new PeerGroup("nearest-neighbours", usable, complete.size(), peers);
	}

	private static PeerGroup bySize(Indicators own, Map<String, Indicators> candidates, Map<String, String> names,
			int size) {
		double population = own.value("population").map(IndicatorValue::value).orElse(0.0);
		if (population == 0) {
			return new PeerGroup("none", List.of(), candidates.size(), List.of());
		}
		List<PeerGroup.Peer> peers = candidates.entrySet().stream()
			.filter(e -> e.getValue().value("population").isPresent())
			.map(e -> new PeerGroup.Peer(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
					Math.abs(e.getValue().value("population").orElseThrow().value() - population) / population,
					e.getValue()))
			.sorted(Comparator.comparingDouble(PeerGroup.Peer::distance).thenComparing(PeerGroup.Peer::key))
			.limit(size)
			.toList();
		return new PeerGroup("similar-size", List.of("population"), candidates.size(), peers);
	}

	private static double distance(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += (a[i] - b[i]) * (a[i] - b[i]);
		}
		return Math.sqrt(sum);
	}
}
