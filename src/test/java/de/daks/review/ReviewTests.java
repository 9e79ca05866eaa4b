package de.daks.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The life cycle of a review and the rules of its parts. */
class ReviewTests {

	static final Instant NOW = Instant.parse("2028-02-01T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2028, 2, 1);

	static Review open() {
		return new Review(7, KommuneId.random(), 1, NOW, "Clara", null, null, null, null, null, null, null);
	}

	@Test
	void aCompletedReviewNeverChanges() {
		// given
		Review completed = open().complete(NOW, "Clara", 0);
		// then: every change is refused with the same rule
		assertThat(completed.completed()).isTrue();
		assertThatThrownBy(completed::requireOpen).isInstanceOf(ReviewException.class)
			.hasMessage("review.rule.completed");
		assertThatThrownBy(completed::requireFactsOpen).hasMessage("review.rule.completed");
		assertThatThrownBy(completed::requireDecisionsOpen).hasMessage("review.rule.completed");
		assertThatThrownBy(() -> completed.applied(NOW, "Clara", 3)).hasMessage("review.rule.completed");
		assertThatThrownBy(() -> completed.published(2)).hasMessage("review.rule.completed");
		assertThatThrownBy(() -> completed.continuation(TODAY.plusYears(2), null, TODAY))
			.hasMessage("review.rule.completed");
		assertThatThrownBy(() -> completed.complete(NOW, "Clara", 0)).hasMessage("review.rule.completed");
	}

	@Test
	void decisionsAreAppliedOnceAndFreezeTheFacts() {
		Review review = open();
		assertThatThrownBy(() -> review.applied(NOW, "Clara", 0)).hasMessage("review.rule.noDecisions");
		Review applied = review.applied(NOW, "Clara", 2);
		assertThat(applied.decisionsApplied()).isTrue();
		assertThatThrownBy(() -> applied.applied(NOW, "Clara", 2)).hasMessage("review.rule.decisionsApplied");
		assertThatThrownBy(applied::requireFactsOpen).hasMessage("review.rule.factsFrozen");
		applied.requireOpen();
	}

	@Test
	void theNextVersionIsPublishedOnceAfterTheDecisionsWereApplied() {
		assertThatThrownBy(() -> open().published(2)).hasMessage("review.rule.publishBeforeApply");
		Review published = open().applied(NOW, "Clara", 1).published(2);
		assertThat(published.publishedVersion()).isEqualTo(2);
		assertThatThrownBy(() -> published.published(3)).hasMessage("review.rule.publishedTwice");
	}

	@Test
	void completingNeedsRecordedDecisionsAppliedFirst() {
		assertThatThrownBy(() -> open().complete(NOW, "Clara", 2)).hasMessage("review.rule.applyFirst");
		assertThat(open().applied(NOW, "Clara", 2).complete(NOW, "Dana", 2).completedBy()).isEqualTo("Dana");
		assertThat(open().complete(NOW, "Dana", 0).completed()).isTrue();
	}

	@Test
	void theNextReviewLiesInTheFuture() {
		assertThatThrownBy(() -> open().continuation(TODAY, null, TODAY)).hasMessage("review.rule.nextReviewPast");
		Review r = open().continuation(TODAY.plusYears(2), "  Haushalt 2030 ", TODAY);
		assertThat(r.nextReviewOn()).isEqualTo(TODAY.plusYears(2));
		assertThat(r.continuationNote()).isEqualTo("Haushalt 2030");
	}

	@Test
	void decisionsKeepTheirOwnRules() {
		assertThatThrownBy(() -> decision("M1", DecisionKind.STOP, null, null, null))
			.hasMessage("review.rule.reasonNeeded");
		assertThatThrownBy(() -> decision("M1", DecisionKind.CHANGE, null, null, null))
			.hasMessage("review.rule.changeNeedsValue");
		assertThatThrownBy(() -> decision(null, DecisionKind.CONTINUE, null, null, null))
			.hasMessage("review.rule.measureNeeded");
		assertThatThrownBy(() -> new Decision(0, null, DecisionKind.NEW, null, null, null, null, null, null, null,
				"F1", null, "Clara", NOW)).hasMessage("review.rule.titleNeeded");
		assertThatThrownBy(() -> new Decision(0, null, DecisionKind.NEW, null, "Neu", null, null, null, null, null,
				null, null, "Clara", NOW)).hasMessage("review.rule.fieldNeeded");
		assertThatThrownBy(() -> new Decision(0, "M1", DecisionKind.CHANGE, null, null, null, null,
				LocalDate.of(2028, 5, 1), LocalDate.of(2028, 4, 1), null, null, null, "Clara", NOW))
			.hasMessage("review.rule.endBeforeStart");
		// a decision to continue carries no values; a stop keeps its reason
		Decision keep = decision("M1", DecisionKind.CONTINUE, "Grund", "Titel", new BigDecimal("5"));
		assertThat(keep.reason()).isNull();
		assertThat(keep.title()).isNull();
		assertThat(keep.budget()).isNull();
		assertThat(decision("M12", DecisionKind.STOP, " Kein Bedarf ", null, null).reason()).isEqualTo("Kein Bedarf");
		assertThat(decision("M12", DecisionKind.STOP, "x", null, null).measureId()).isEqualTo(12);
	}

	@Test
	void reflectionsAndContinuationsCheckTheirInput() {
		assertThatThrownBy(() -> new Reflection(ReflectionCategory.NETWORKING, "x", 6, null, null))
			.hasMessage("review.rule.rating");
		assertThat(new Reflection(ReflectionCategory.NETWORKING, "  ", null, "", null).isEmpty()).isTrue();
		assertThatThrownBy(() -> new Continuation("M1", true, " ", null, Set.of(), null))
			.hasMessage("review.rule.carrierNeeded");
		assertThatThrownBy(() -> new MeasureEntry("M1", new BigDecimal("-1"), null, null, null))
			.hasMessage("review.rule.negativeSpent");
	}

	private static Decision decision(String key, DecisionKind kind, String reason, String title, BigDecimal budget) {
		return new Decision(0, key, kind, reason, title, null, null, null, null, budget, null, null, "Clara", NOW);
	}
}
