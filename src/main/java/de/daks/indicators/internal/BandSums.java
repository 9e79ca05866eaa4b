package de.daks.indicators.internal;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.DatasetId;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Exact sums over the stored age bands of one area, measure and reference date. A band asked for is the sum of stored
 * bands that tile it exactly (e.g. 20–64 = the single years 20 … 64, or 20–24 + 25–29 + … + 60–64); if no tiling
 * exists the sum is unknown – never interpolated. A total over both sexes is the stored total or, failing that, male
 * plus female.
 */
public final class BandSums {

	/** A sum and the datasets it comes from. */
	public record Sum(double value, Set<DatasetId> datasets) {

		Sum plus(Sum other) {
			Set<DatasetId> union = new HashSet<>(datasets);
			union.addAll(other.datasets);
			return new Sum(value + other.value, union);
		}

		Sum minus(Sum other) {
			Set<DatasetId> union = new HashSet<>(datasets);
			union.addAll(other.datasets);
			return new Sum(value - other.value, union);
		}

		static final Sum ZERO = new Sum(0, Set.of());
	}

	private static final int OPEN = Integer.MAX_VALUE;

	private final Map<Sex, Map<AgeBand, SourcedObservation>> bySex = new EnumMap<>(Sex.class);

	public BandSums(Collection<SourcedObservation> observations) {
		for (SourcedObservation o : observations) {
			bySex.computeIfAbsent(o.observation().sex(), s -> new HashMap<>()).put(o.observation().age(), o);
		}
	}

	public boolean isEmpty() {
		return bySex.isEmpty();
	}

	/** The sum over the given disjoint bands, if every one of them is covered exactly. */
	public Optional<Sum> sum(List<AgeBand> bands, Sex sex) {
		Sum total = Sum.ZERO;
		for (AgeBand band : bands) {
			Optional<Sum> part = sum(band, sex);
			if (part.isEmpty()) {
				return Optional.empty();
			}
			total = total.plus(part.get());
		}
		return Optional.of(total);
	}

	public Optional<Sum> sum(AgeBand band, Sex sex) {
		Optional<Sum> direct = tiled(band, bySex.getOrDefault(sex, Map.of()));
		if (direct.isPresent() || sex != Sex.TOTAL) {
			return direct;
		}
		Optional<Sum> male = tiled(band, bySex.getOrDefault(Sex.MALE, Map.of()));
		Optional<Sum> female = tiled(band, bySex.getOrDefault(Sex.FEMALE, Map.of()));
		return male.isPresent() && female.isPresent() ? Optional.of(male.get().plus(female.get())) : Optional.empty();
	}

	/** The stored bands of one sex, ascending (for messages). */
	public List<AgeBand> bands(Sex sex) {
		return bySex.getOrDefault(sex, Map.of()).keySet().stream().sorted().toList();
	}

	/** The stored open band starting at {@code from}, if any (of the sex, or male plus female for the total). */
	public Optional<Sum> storedOpenBand(int from, Sex sex) {
		AgeBand open = AgeBand.openFrom(from);
		SourcedObservation direct = bySex.getOrDefault(sex, Map.of()).get(open);
		if (direct != null) {
			return Optional.of(sumOf(direct));
		}
		if (sex == Sex.TOTAL) {
			SourcedObservation m = bySex.getOrDefault(Sex.MALE, Map.of()).get(open);
			SourcedObservation f = bySex.getOrDefault(Sex.FEMALE, Map.of()).get(open);
			if (m != null && f != null) {
				return Optional.of(sumOf(m).plus(sumOf(f)));
			}
		}
		return Optional.empty();
	}

	static Sum sumOf(SourcedObservation o) {
		return new Sum(o.observation().value(), Set.of(o.dataset()));
	}

	/** Shortest tiling of {@code band} by stored bands (breadth-first over the band boundaries). */
	private static Optional<Sum> tiled(AgeBand band, Map<AgeBand, SourcedObservation> stored) {
		SourcedObservation exact = stored.get(band);
		if (exact != null) {
			return Optional.of(sumOf(exact));
		}
		int target = band.to() == null ? OPEN : band.to();
		Map<Integer, List<AgeBand>> byStart = new HashMap<>();
		for (AgeBand b : stored.keySet()) {
			if (band.contains(b)) {
				byStart.computeIfAbsent(b.from(), k -> new ArrayList<>()).add(b);
			}
		}
		Map<Integer, @Nullable AgeBand> reachedBy = new HashMap<>();
		reachedBy.put(band.from(), null);
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(band.from());
		while (!queue.isEmpty()) {
			int at = queue.poll();
			if (at == target) {
				break;
			}
			for (AgeBand b : byStart.getOrDefault(at, List.of())) {
				int end = b.to() == null ? OPEN : b.to();
				if (!reachedBy.containsKey(end)) {
					reachedBy.put(end, b);
					queue.add(end);
				}
			}
		}
		if (!reachedBy.containsKey(target)) {
			return Optional.empty();
		}
		Sum sum = Sum.ZERO;
		for (int at = target; at != band.from();) {
			AgeBand b = java.util.Objects.requireNonNull(reachedBy.get(at));
			sum = sum.plus(sumOf(stored.get(b)));
			at = b.from();
		}
		return Optional.of(sum);
	}
}
