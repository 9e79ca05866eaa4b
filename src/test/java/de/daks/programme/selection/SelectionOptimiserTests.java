package de.daks.programme.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.daks.programme.SizeClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class SelectionOptimiserTests {

	private final SelectionOptimiser optimiser = new SelectionOptimiser();

	private static Candidate c(String id, String score, String land, String type, boolean grw, boolean shrinking) {
		return new Candidate(id, id, new BigDecimal(score), land, type, SizeClass.FROM_5000, grw, shrinking);
	}

	private static Candidate c(String id, String score) {
		return c(id, score, "01", "Gemeinde", false, false);
	}

	@Test
	void withoutTargetsTheHighestScoresAreSelected() {
		// given
		List<Candidate> candidates = List.of(c("a", "7.5"), c("b", "9.25"), c("c", "3"), c("d", "8"));
		// when
		SelectionProposal proposal = optimiser.propose(candidates, SelectionTargets.placesOnly(2), Set.of(), Set.of());
		// then
		assertThat(proposal.selected()).containsExactly("b", "d");
		assertThat(proposal.totalScore()).isEqualByComparingTo(new BigDecimal("9.25").add(new BigDecimal("8")));
		assertThat(proposal.costs()).isEmpty();
	}

	@Test
	void theGrwShareTakesTheBestGrwCandidateAndShowsItsCost() {
		// given: the two best are outside GRW areas; 50 % of 2 places = 1 place from a GRW area
		List<Candidate> candidates = List.of(c("a", "10", "01", "Stadt", false, false),
				c("b", "9", "01", "Stadt", false, false), c("c", "8", "01", "Stadt", true, false),
				c("d", "1", "01", "Stadt", true, false));
		// when
		SelectionProposal proposal = optimiser.propose(candidates, new SelectionTargets(2, false, 0, 0, 50, 0),
				Set.of(), Set.of());
		// then
		assertThat(proposal.selected()).containsExactly("a", "c");
		assertThat(proposal.totalScore()).isEqualByComparingTo("" + (10 + 8));
		assertThat(proposal.costs()).containsOnlyKeys(SelectionConstraint.GRW_SHARE);
		assertThat(proposal.costs().get(SelectionConstraint.GRW_SHARE)).isEqualByComparingTo("" + ((10 + 9) - (10 + 8)));
	}

	@Test
	void everyLandIsRepresentedAndTheCostIsShown() {
		// given
		List<Candidate> candidates = List.of(c("a", "10", "01", "Stadt", false, false),
				c("b", "9", "01", "Stadt", false, false), c("c", "8", "01", "Stadt", false, false),
				c("d", "2", "02", "Stadt", false, false));
		// when
		SelectionProposal proposal = optimiser.propose(candidates, new SelectionTargets(3, true, 0, 0, 0, 0), Set.of(),
				Set.of());
		// then
		assertThat(proposal.selected()).containsExactly("a", "b", "d");
		assertThat(proposal.costs().get(SelectionConstraint.LAENDER)).isEqualByComparingTo("" + ((10 + 9 + 8) - (10 + 9 + 2)));
	}

	@Test
	void withFewerPlacesThanLaenderAsManyLaenderAsPlacesAreCovered() {
		// given: three Länder, two places
		List<Candidate> candidates = List.of(c("a", "10", "01", "Stadt", false, false),
				c("b", "9", "01", "Stadt", false, false), c("c", "3", "02", "Stadt", false, false),
				c("d", "2", "03", "Stadt", false, false));
		// when
		SelectionProposal proposal = optimiser.propose(candidates, new SelectionTargets(2, true, 0, 0, 0, 0), Set.of(),
				Set.of());
		// then
		assertThat(proposal.selected()).containsExactly("a", "c");
		assertThat(proposal.totalScore()).isEqualByComparingTo("" + (10 + 3));
	}

	@Test
	void twoSharesTogetherFindTheOptimumAGreedyPickMisses() {
		// given: greedy takes a (10), then must add one GRW and one shrinking → no room; optimum is a + d
		List<Candidate> candidates = List.of(c("a", "10", "01", "Stadt", false, false),
				c("b", "9", "01", "Stadt", true, false), c("c", "8", "01", "Stadt", false, true),
				c("d", "7.5", "01", "Stadt", true, true));
		// when
		SelectionProposal proposal = optimiser.propose(candidates, new SelectionTargets(2, false, 0, 0, 50, 50),
				Set.of(), Set.of());
		// then
		assertThat(proposal.selected()).containsExactly("a", "d");
		assertThat(proposal.totalScore()).isEqualByComparingTo(new BigDecimal("10").add(new BigDecimal("7.5")));
	}

	@Test
	void aMixOfTypesAndSizeClassesIsKept() {
		// given
		List<Candidate> candidates = List.of(
				new Candidate("a", "a", new BigDecimal("10"), "01", "Stadt", SizeClass.FROM_20000, false, false),
				new Candidate("b", "b", new BigDecimal("9"), "01", "Stadt", SizeClass.FROM_20000, false, false),
				new Candidate("c", "c", new BigDecimal("8"), "01", "Landkreis", SizeClass.FROM_100000, false, false),
				new Candidate("d", "d", new BigDecimal("4"), "01", "Gemeinde", SizeClass.UNDER_5000, false, false),
				new Candidate("e", "e", new BigDecimal("3"), "01", "Gemeinde", SizeClass.FROM_5000, false, false));
		// when: one of each type, and one of each size class
		SelectionProposal types = optimiser.propose(candidates, new SelectionTargets(3, false, 1, 0, 0, 0), Set.of(),
				Set.of());
		SelectionProposal both = optimiser.propose(candidates, new SelectionTargets(4, false, 1, 1, 0, 0), Set.of(),
				Set.of());
		// then
		assertThat(types.selected()).containsExactly("a", "c", "d");
		assertThat(both.selected()).containsExactly("a", "c", "d", "e");
		assertThat(both.costs().get(SelectionConstraint.SIZE_CLASSES)).isEqualByComparingTo("" + ((10 + 9 + 8 + 4) - (10 + 8 + 4 + 3)));
	}

	@Test
	void theOptimumEqualsAnExhaustiveSearchOnRandomCases() {
		Random random = new Random(7);
		for (int round = 0; round < 40; round++) {
			// given
			List<Candidate> candidates = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				candidates.add(new Candidate("k" + i, "k" + i, BigDecimal.valueOf(random.nextInt(400), 1),
						"0" + random.nextInt(4), random.nextBoolean() ? "Stadt" : "Gemeinde", SizeClass.FROM_5000,
						random.nextInt(3) == 0, random.nextInt(3) == 0));
			}
			SelectionTargets targets = new SelectionTargets(4, random.nextBoolean(), random.nextInt(2), 0,
					random.nextInt(3) * 25, random.nextInt(3) * 25);
			// when
			BigDecimal exhaustive = exhaustiveBest(candidates, targets);
			// then
			if (exhaustive == null) {
				assertThatThrownBy(() -> optimiser.propose(candidates, targets, Set.of(), Set.of()))
					.isInstanceOf(SelectionInfeasibleException.class);
			}
			else {
				assertThat(optimiser.propose(candidates, targets, Set.of(), Set.of()).totalScore())
					.as("round %d", round).isEqualByComparingTo(exhaustive);
			}
		}
	}

	@Test
	void fortyOutOfFourHundredMeetEveryTarget() {
		// given: the benchmark's case
		List<Candidate> candidates = GeneratedCandidates.generate(400, 1);
		SelectionTargets targets = new SelectionTargets(40, true, 3, 2, 50, 40);
		// when
		SelectionProposal proposal = optimiser.propose(candidates, targets, Set.of(), Set.of());
		// then
		var byId = new java.util.HashMap<String, Candidate>();
		candidates.forEach(c -> byId.put(c.id(), c));
		List<Candidate> selected = proposal.selected().stream().map(byId::get).toList();
		assertThat(selected).hasSize(40);
		assertThat(selected.stream().map(Candidate::land).distinct().count())
			.isEqualTo(candidates.stream().map(Candidate::land).distinct().count());
		assertThat(selected.stream().filter(Candidate::grw).count()).isGreaterThanOrEqualTo(20);
		assertThat(selected.stream().filter(Candidate::shrinking).count()).isGreaterThanOrEqualTo(16);
		assertThat(selected.stream().collect(java.util.stream.Collectors.groupingBy(Candidate::type,
				java.util.stream.Collectors.counting())).values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
		// and the optimum is at most the unconstrained top 40 and at least a feasible hand-made choice's score
		BigDecimal top40 = candidates.stream().map(Candidate::score).sorted(java.util.Comparator.reverseOrder())
			.limit(40).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(proposal.totalScore()).isLessThanOrEqualTo(top40);
		BigDecimal costSum = proposal.costs().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(costSum).isPositive();
	}

	@Test
	void aManualInclusionShowsItsEffect() {
		// given
		List<Candidate> candidates = List.of(c("a", "10"), c("b", "9"), c("c", "2"));
		// when
		SelectionProposal proposal = optimiser.propose(candidates, SelectionTargets.placesOnly(2), Set.of("c"),
				Set.of());
		// then
		assertThat(proposal.selected()).containsExactly("a", "c");
		assertThat(proposal.manualEffects()).singleElement().satisfies(effect -> {
			assertThat(effect.included()).isTrue();
			assertThat(effect.scoreChange()).isEqualByComparingTo("" + ((10 + 2) - (10 + 9)));
			assertThat(effect.added()).containsExactly("c");
			assertThat(effect.removed()).containsExactly("b");
		});
	}

	@Test
	void aManualExclusionShowsItsEffect() {
		// given
		List<Candidate> candidates = List.of(c("a", "10"), c("b", "9"), c("c", "2"));
		// when
		SelectionProposal proposal = optimiser.propose(candidates, SelectionTargets.placesOnly(2), Set.of(),
				Set.of("a"));
		// then
		assertThat(proposal.selected()).containsExactly("b", "c");
		assertThat(proposal.manualEffects()).singleElement().satisfies(effect -> {
			assertThat(effect.included()).isFalse();
			assertThat(effect.scoreChange()).isEqualByComparingTo("" + ((9 + 2) - (10 + 9)));
			assertThat(effect.removed()).containsExactly("a");
		});
	}

	@Test
	void tooFewGrwCandidatesAreNamed() {
		// given: 50 % of 4 places = 2, only one GRW candidate
		List<Candidate> candidates = List.of(c("a", "1", "01", "Stadt", true, false), c("b", "2"), c("c", "3"),
				c("d", "4"), c("e", "5"));
		// when / then
		assertThatThrownBy(() -> optimiser.propose(candidates, new SelectionTargets(4, false, 0, 0, 50, 0), Set.of(),
				Set.of()))
			.isInstanceOfSatisfying(SelectionInfeasibleException.class, ex -> {
				assertThat(ex.constraints()).containsExactly(SelectionConstraint.GRW_SHARE);
				assertThat(ex.getMessage()).contains("needs 2 of 4 places from GRW areas").contains("only 1");
			});
	}

	@Test
	void tooFewCandidatesForThePlacesAreNamed() {
		assertThatThrownBy(() -> optimiser.propose(List.of(c("a", "1"), c("b", "2")), SelectionTargets.placesOnly(3),
				Set.of(), Set.of()))
			.isInstanceOfSatisfying(SelectionInfeasibleException.class, ex -> {
				assertThat(ex.constraints()).containsExactly(SelectionConstraint.PLACES);
				assertThat(ex.getMessage()).isEqualTo("Only 2 eligible applications for 3 places.");
			});
	}

	@Test
	void aTypeMixLargerThanThePlacesIsNamed() {
		// given: three types, one of each wanted, two places
		List<Candidate> candidates = List.of(c("a", "1", "01", "Stadt", false, false),
				c("b", "2", "01", "Gemeinde", false, false), c("c", "3", "01", "Landkreis", false, false));
		// when / then
		assertThatThrownBy(() -> optimiser.propose(candidates, new SelectionTargets(2, false, 1, 0, 0, 0), Set.of(),
				Set.of()))
			.isInstanceOfSatisfying(SelectionInfeasibleException.class,
					ex -> assertThat(ex.constraints()).containsExactly(SelectionConstraint.TYPES));
	}

	@Test
	void targetsThatConflictOnlyTogetherAreNamed() {
		// given: Land 02 has only a candidate that is neither GRW nor shrinking; 2 places need one of each
		List<Candidate> candidates = List.of(c("a", "5", "01", "Stadt", true, false),
				c("b", "4", "01", "Stadt", false, true), c("c", "3", "02", "Stadt", false, false));
		// when / then
		assertThatThrownBy(() -> optimiser.propose(candidates, new SelectionTargets(2, true, 0, 0, 50, 50), Set.of(),
				Set.of()))
			.isInstanceOfSatisfying(SelectionInfeasibleException.class, ex -> {
				assertThat(ex.constraints()).containsExactly(SelectionConstraint.LAENDER, SelectionConstraint.GRW_SHARE,
						SelectionConstraint.SHRINKING_SHARE);
				assertThat(ex.getMessage()).contains("LAENDER cannot be met together with the others in 2 places");
			});
	}

	@Test
	void tooManyInclusionsAreNamed() {
		assertThatThrownBy(() -> optimiser.propose(List.of(c("a", "1"), c("b", "2"), c("c", "3")),
				SelectionTargets.placesOnly(1), Set.of("a", "b"), Set.of()))
			.isInstanceOfSatisfying(SelectionInfeasibleException.class,
					ex -> assertThat(ex.constraints()).containsExactly(SelectionConstraint.MANUAL));
	}

	private static BigDecimal exhaustiveBest(List<Candidate> candidates, SelectionTargets t) {
		BigDecimal best = null;
		int n = candidates.size();
		Set<String> lands = new HashSet<>();
		candidates.forEach(c -> lands.add(c.land()));
		for (int mask = 0; mask < (1 << n); mask++) {
			if (Integer.bitCount(mask) != t.places()) {
				continue;
			}
			List<Candidate> s = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if ((mask & (1 << i)) != 0) {
					s.add(candidates.get(i));
				}
			}
			if (t.everyLand() && s.stream().map(Candidate::land).distinct().count() < Math.min(t.places(), lands.size())) {
				continue;
			}
			boolean typesOk = true;
			for (String type : List.of("Stadt", "Gemeinde")) {
				long available = candidates.stream().filter(c -> c.type().equals(type)).count();
				if (s.stream().filter(c -> c.type().equals(type)).count() < Math.min(available, t.minPerType())) {
					typesOk = false;
				}
			}
			if (!typesOk || s.stream().filter(Candidate::grw).count() < t.grwPlaces()
					|| s.stream().filter(Candidate::shrinking).count() < t.shrinkingPlaces()) {
				continue;
			}
			BigDecimal total = s.stream().map(Candidate::score).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (best == null || total.compareTo(best) > 0) {
				best = total;
			}
		}
		return best;
	}
}
