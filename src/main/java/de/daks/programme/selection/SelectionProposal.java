package de.daks.programme.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An optimal selection.
 *
 * @param selected ids of the selected candidates, in descending score order
 * @param totalScore the sum of their scores (exact)
 * @param costs for every constraint in force except the number of places: how much more total score a selection
 *        without that constraint (all others kept) would have; zero when the constraint costs nothing, and absent
 *        when the constraint is not in force
 * @param manualEffects the effect of every manual inclusion and exclusion
 */
public record SelectionProposal(List<String> selected, BigDecimal totalScore, Map<SelectionConstraint, BigDecimal> costs,
		List<ManualEffect> manualEffects) {

	public SelectionProposal {
		selected = List.copyOf(selected);
		// in the order of the constraints, for the page and the benchmark output
		costs = costs.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(costs));
		manualEffects = List.copyOf(manualEffects);
	}

	/**
	 * What one manual decision changes, compared with the same selection without it.
	 *
	 * @param id the candidate included or excluded
	 * @param included true for an inclusion, false for an exclusion
	 * @param scoreChange total score with the decision minus total score without it (zero or negative)
	 * @param added candidates selected only because of the decision
	 * @param removed candidates that would be selected without the decision
	 */
	public record ManualEffect(String id, boolean included, BigDecimal scoreChange, List<String> added,
			List<String> removed) {

		public ManualEffect {
			added = List.copyOf(added);
			removed = List.copyOf(removed);
		}
	}
}
