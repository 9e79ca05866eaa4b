package de.daks.programme.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Picks the candidates with the highest total score under the number of places and the diversity targets, exactly:
 * a binary integer programme (one 0/1 variable per candidate, maximise Σ score·x) solved to optimality by ojAlgo's
 * branch and bound. Each constraint's cost is the gain of re-solving without it; each manual decision's effect the
 * difference to re-solving without that decision. When no selection exists, the constraints that cannot be met are
 * named: first by direct counting (too few GRW candidates for the share …), otherwise by finding which single
 * constraint, left out, makes a selection possible.
 */
public final class SelectionOptimiser {

	/** A binary variable above this value is read as 1 (the solver returns values within its tolerance). */
	private static final double INTEGRALITY = 0.5;

	/**
	 * @param candidates the eligible applications (ids unique)
	 * @param targets places and diversity targets
	 * @param include ids that must be selected
	 * @param exclude ids that must not be selected
	 * @throws SelectionInfeasibleException if no selection meets all constraints
	 * @throws IllegalArgumentException on duplicate ids, unknown ids in include/exclude or an id in both
	 */
	public SelectionProposal propose(List<Candidate> candidates, SelectionTargets targets, Set<String> include,
			Set<String> exclude) {
		Map<String, Candidate> byId = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			if (byId.put(c.id(), c) != null) {
				throw new IllegalArgumentException("Duplicate candidate id " + c.id());
			}
		}
		for (String id : union(include, exclude)) {
			if (!byId.containsKey(id)) {
				throw new IllegalArgumentException("Unknown candidate " + id);
			}
		}
		Set<String> both = new HashSet<>(include);
		both.retainAll(exclude);
		if (!both.isEmpty()) {
			throw new IllegalArgumentException("Included and excluded at the same time: " + both);
		}
		EnumSet<SelectionConstraint> active = activeConstraints(targets, include, exclude);
		Model model = new Model(candidates, targets, include, exclude);
		Optional<Set<String>> best = model.solve(active);
		if (best.isEmpty()) {
			throw new SelectionInfeasibleException(explain(model, active));
		}
		BigDecimal total = model.total(best.get());
		Map<SelectionConstraint, BigDecimal> costs = new EnumMap<>(SelectionConstraint.class);
		for (SelectionConstraint c : active) {
			if (c == SelectionConstraint.PLACES || c == SelectionConstraint.MANUAL) {
				continue;
			}
			EnumSet<SelectionConstraint> without = EnumSet.copyOf(active);
			without.remove(c);
			BigDecimal other = model.solve(without).map(model::total).orElse(total);
			costs.put(c, other.subtract(total).max(BigDecimal.ZERO));
		}
		List<SelectionProposal.ManualEffect> effects = new ArrayList<>();
		for (String id : union(include, exclude)) {
			boolean included = include.contains(id);
			Model withoutDecision = new Model(candidates, targets, minus(include, id), minus(exclude, id));
			Optional<Set<String>> other = withoutDecision.solve(active);
			if (other.isEmpty()) {
				// cannot happen: dropping a fixed variable only enlarges the feasible set
				continue;
			}
			List<String> added = model.ordered(best.get().stream().filter(s -> !other.get().contains(s)).toList());
			List<String> removed = model.ordered(other.get().stream().filter(s -> !best.get().contains(s)).toList());
			effects.add(new SelectionProposal.ManualEffect(id, included, total.subtract(model.total(other.get())),
					added, removed));
		}
		return new SelectionProposal(model.ordered(best.get()), total, costs, effects);
	}

	private static EnumSet<SelectionConstraint> activeConstraints(SelectionTargets t, Set<String> include,
			Set<String> exclude) {
		EnumSet<SelectionConstraint> active = EnumSet.of(SelectionConstraint.PLACES);
		if (t.everyLand()) {
			active.add(SelectionConstraint.LAENDER);
		}
		if (t.minPerType() > 0) {
			active.add(SelectionConstraint.TYPES);
		}
		if (t.minPerSizeClass() > 0) {
			active.add(SelectionConstraint.SIZE_CLASSES);
		}
		if (t.grwPercent() > 0) {
			active.add(SelectionConstraint.GRW_SHARE);
		}
		if (t.shrinkingPercent() > 0) {
			active.add(SelectionConstraint.SHRINKING_SHARE);
		}
		if (!include.isEmpty() || !exclude.isEmpty()) {
			active.add(SelectionConstraint.MANUAL);
		}
		return active;
	}

	private static List<SelectionProblem> explain(Model model, EnumSet<SelectionConstraint> active) {
		List<SelectionProblem> problems = new ArrayList<>(model.countingProblems(active));
		if (!problems.isEmpty()) {
			return problems;
		}
		List<SelectionConstraint> culprits = new ArrayList<>();
		for (SelectionConstraint c : active) {
			if (c == SelectionConstraint.PLACES) {
				continue;
			}
			EnumSet<SelectionConstraint> without = EnumSet.copyOf(active);
			without.remove(c);
			if (model.solve(without).isPresent()) {
				culprits.add(c);
			}
		}
		if (culprits.isEmpty()) {
			culprits.addAll(active);
			culprits.remove(SelectionConstraint.PLACES);
			String names = culprits.stream().map(Enum::name).collect(Collectors.joining(", "));
			return List.of(new SelectionProblem(culprits.isEmpty() ? SelectionConstraint.PLACES : culprits.get(0),
					"programme.selection.infeasible.together", List.of(model.targets.places()),
					"The targets " + names + " cannot be met together with " + model.targets.places()
							+ " places; relax at least two of them."));
		}
		for (SelectionConstraint c : culprits) {
			problems.add(new SelectionProblem(c, "programme.selection.infeasible.conflict",
					List.of(model.targets.places()), "The target " + c.name() + " cannot be met together with the others in "
							+ model.targets.places() + " places; without it a selection exists."));
		}
		return problems;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}

	private static Set<String> minus(Set<String> set, String id) {
		Set<String> copy = new HashSet<>(set);
		copy.remove(id);
		return copy;
	}

	/** The candidates and targets, from which models with any subset of the constraints are built. */
	private static final class Model {

		private final List<Candidate> candidates;

		private final SelectionTargets targets;

		private final Set<String> include;

		private final Set<String> exclude;

		private final Map<String, Candidate> byId;

		Model(List<Candidate> candidates, SelectionTargets targets, Set<String> include, Set<String> exclude) {
			this.candidates = candidates;
			this.targets = targets;
			this.include = include;
			this.exclude = exclude;
			this.byId = candidates.stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
		}

		BigDecimal total(Set<String> selected) {
			return selected.stream().map(id -> byId.get(id).score()).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		List<String> ordered(java.util.Collection<String> ids) {
			return ids.stream().map(byId::get)
				.sorted(Comparator.comparing(Candidate::score).reversed().thenComparing(Candidate::id))
				.map(Candidate::id).toList();
		}

		/** Candidates that may be selected under the given constraints (exclusions apply only with MANUAL). */
		private List<Candidate> available(Set<SelectionConstraint> active) {
			if (!active.contains(SelectionConstraint.MANUAL)) {
				return candidates;
			}
			return candidates.stream().filter(c -> !exclude.contains(c.id())).toList();
		}

		/** Problems that can be seen by counting, before any solving. */
		List<SelectionProblem> countingProblems(Set<SelectionConstraint> active) {
			List<SelectionProblem> problems = new ArrayList<>();
			List<Candidate> pool = available(active);
			int places = targets.places();
			if (pool.size() < places) {
				problems.add(new SelectionProblem(SelectionConstraint.PLACES, "programme.selection.infeasible.places",
						List.of(pool.size(), places),
						"Only " + pool.size() + " eligible applications for " + places + " places."));
			}
			if (active.contains(SelectionConstraint.MANUAL) && include.size() > places) {
				problems.add(new SelectionProblem(SelectionConstraint.MANUAL, "programme.selection.infeasible.manual",
						List.of(include.size(), places),
						include.size() + " applications are included by hand, but there are only " + places
								+ " places."));
			}
			if (active.contains(SelectionConstraint.GRW_SHARE)) {
				long grw = pool.stream().filter(Candidate::grw).count();
				if (grw < targets.grwPlaces()) {
					problems.add(new SelectionProblem(SelectionConstraint.GRW_SHARE,
							"programme.selection.infeasible.grw", List.of(targets.grwPlaces(), places, grw),
							"The GRW share needs " + targets.grwPlaces() + " of " + places
									+ " places from GRW areas, but only " + grw
									+ " eligible applications are from GRW areas."));
				}
			}
			if (active.contains(SelectionConstraint.SHRINKING_SHARE)) {
				long shrinking = pool.stream().filter(Candidate::shrinking).count();
				if (shrinking < targets.shrinkingPlaces()) {
					problems.add(new SelectionProblem(SelectionConstraint.SHRINKING_SHARE,
							"programme.selection.infeasible.shrinking",
							List.of(targets.shrinkingPlaces(), places, shrinking),
							"The share of shrinking Kommunen needs " + targets.shrinkingPlaces() + " of " + places
									+ " places, but only " + shrinking
									+ " eligible applications are from shrinking Kommunen."));
				}
			}
			if (active.contains(SelectionConstraint.TYPES)) {
				int needed = minimumsNeeded(pool, Candidate::type, targets.minPerType());
				if (needed > places) {
					problems.add(new SelectionProblem(SelectionConstraint.TYPES, "programme.selection.infeasible.types",
							List.of(needed, places),
							"The mix of types needs " + needed + " places, but there are only " + places + "."));
				}
			}
			if (active.contains(SelectionConstraint.SIZE_CLASSES)) {
				int needed = minimumsNeeded(pool, c -> c.sizeClass().name(), targets.minPerSizeClass());
				if (needed > places) {
					problems.add(new SelectionProblem(SelectionConstraint.SIZE_CLASSES,
							"programme.selection.infeasible.sizeClasses", List.of(needed, places),
							"The mix of size classes needs " + needed + " places, but there are only " + places
									+ "."));
				}
			}
			return problems;
		}

		private static int minimumsNeeded(List<Candidate> pool, Function<Candidate, String> group, int minimum) {
			return pool.stream().collect(Collectors.groupingBy(group, Collectors.counting())).values().stream()
				.mapToInt(n -> (int) Math.min(n, minimum)).sum();
		}

		/** The optimal selection under the given constraints, or empty if there is none. */
		Optional<Set<String>> solve(Set<SelectionConstraint> active) {
			List<Candidate> pool = available(active);
			int places = targets.places();
			if (pool.size() < places || !countingProblems(active).isEmpty()) {
				return Optional.empty();
			}
			ExpressionsBasedModel model = new ExpressionsBasedModel();
			Map<String, Variable> x = new LinkedHashMap<>();
			for (Candidate c : pool) {
				Variable v = model.addVariable("x_" + x.size()).binary().weight(c.score());
				if (active.contains(SelectionConstraint.MANUAL) && include.contains(c.id())) {
					v.lower(1);
				}
				x.put(c.id(), v);
			}
			Expression placesRow = model.addExpression("places").level(places);
			pool.forEach(c -> placesRow.set(x.get(c.id()), 1));
			if (active.contains(SelectionConstraint.LAENDER)) {
				Map<String, List<Candidate>> byLand = pool.stream()
					.collect(Collectors.groupingBy(Candidate::land, LinkedHashMap::new, Collectors.toList()));
				if (byLand.size() <= places) {
					byLand.forEach((land, members) -> atLeast(model, "land_" + land, members, x, 1));
				}
				else {
					// fewer places than Länder: as many different Länder as there are places, one y per Land
					Expression covered = model.addExpression("laender").lower(places);
					int i = 0;
					for (List<Candidate> members : byLand.values()) {
						Variable y = model.addVariable("y_" + i).binary();
						covered.set(y, 1);
						Expression link = model.addExpression("land_link_" + i++).lower(0);
						link.set(y, -1);
						members.forEach(c -> link.set(x.get(c.id()), 1));
					}
				}
			}
			if (active.contains(SelectionConstraint.TYPES)) {
				pool.stream().collect(Collectors.groupingBy(Candidate::type, LinkedHashMap::new, Collectors.toList()))
					.forEach((type, members) -> atLeast(model, "type_" + type, members, x,
							Math.min(members.size(), targets.minPerType())));
			}
			if (active.contains(SelectionConstraint.SIZE_CLASSES)) {
				pool.stream()
					.collect(Collectors.groupingBy(c -> c.sizeClass().name(), LinkedHashMap::new, Collectors.toList()))
					.forEach((size, members) -> atLeast(model, "size_" + size, members, x,
							Math.min(members.size(), targets.minPerSizeClass())));
			}
			if (active.contains(SelectionConstraint.GRW_SHARE)) {
				atLeast(model, "grw", pool.stream().filter(Candidate::grw).toList(), x, targets.grwPlaces());
			}
			if (active.contains(SelectionConstraint.SHRINKING_SHARE)) {
				atLeast(model, "shrinking", pool.stream().filter(Candidate::shrinking).toList(), x,
						targets.shrinkingPlaces());
			}
			Optimisation.Result result = model.maximise();
			if (!result.getState().isFeasible()) {
				return Optional.empty();
			}
			Set<String> selected = new LinkedHashSet<>();
			int index = 0;
			for (String id : x.keySet()) {
				// the candidates' variables were added first, in this order
				if (result.doubleValue(index++) > INTEGRALITY) {
					selected.add(id);
				}
			}
			if (selected.size() != places) {
				throw new IllegalStateException("The solver returned " + selected.size() + " of " + places + " places");
			}
			return Optional.of(selected);
		}

		private static void atLeast(ExpressionsBasedModel model, String name, List<Candidate> members,
				Map<String, Variable> x, int minimum) {
			if (minimum <= 0) {
				return;
			}
			Expression row = model.addExpression(name).lower(minimum);
			members.forEach(c -> row.set(x.get(c.id()), 1));
		}
	}
}
