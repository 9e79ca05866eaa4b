package de.daks.review;

import de.daks.shared.KommuneId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A Zwischenbilanz of one published plan version (an aggregate: its life-cycle rules are here). It is open until it
 * is completed, and a completed review never changes. The decisions are applied to the plan draft once; from then
 * on the facts (goals, measures) are frozen and the decisions cannot change; the next plan version is published
 * once, after the decisions were applied.
 */
public record Review(long id, KommuneId kommuneId, int versionNumber, Instant startedAt, String startedBy,
		@Nullable Instant appliedAt, @Nullable String appliedBy, @Nullable Integer publishedVersion,
		@Nullable LocalDate nextReviewOn, @Nullable String continuationNote, @Nullable Instant completedAt,
		@Nullable String completedBy) {

	public boolean completed() {
		return completedAt != null;
	}

	public boolean decisionsApplied() {
		return appliedAt != null;
	}

	/** Anything may change only while the review is open. */
	public void requireOpen() {
		if (completed()) {
			throw new ReviewException("review.rule.completed");
		}
	}

	/** Goal values and measure entries: until the decisions are applied (they were made on these facts). */
	public void requireFactsOpen() {
		requireOpen();
		if (decisionsApplied()) {
			throw new ReviewException("review.rule.factsFrozen");
		}
	}

	/** Decisions: until they are applied. */
	public void requireDecisionsOpen() {
		requireOpen();
		if (decisionsApplied()) {
			throw new ReviewException("review.rule.decisionsApplied");
		}
	}

	/** The review with its decisions applied; there must be at least one decision. */
	public Review applied(Instant at, String by, int decisions) {
		requireDecisionsOpen();
		if (decisions == 0) {
			throw new ReviewException("review.rule.noDecisions");
		}
		return new Review(id, kommuneId, versionNumber, startedAt, startedBy, at, by, publishedVersion, nextReviewOn,
				continuationNote, completedAt, completedBy);
	}

	/** The review that led to plan version {@code number}: only after the decisions were applied, once. */
	public Review published(int number) {
		requirePublishable();
		return new Review(id, kommuneId, versionNumber, startedAt, startedBy, appliedAt, appliedBy, number,
				nextReviewOn, continuationNote, completedAt, completedBy);
	}

	/** The next plan version may be published from the review: open, decisions applied, not yet published. */
	public void requirePublishable() {
		requireOpen();
		if (!decisionsApplied()) {
			throw new ReviewException("review.rule.publishBeforeApply");
		}
		if (publishedVersion != null) {
			throw new ReviewException("review.rule.publishedTwice");
		}
	}

	/** The Verstetigung's next review date and note. */
	public Review continuation(@Nullable LocalDate nextReview, @Nullable String note, LocalDate today) {
		requireOpen();
		if (nextReview != null && !nextReview.isAfter(today)) {
			throw new ReviewException("review.rule.nextReviewPast");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 4000) {
			throw new ReviewException("review.rule.textLength");
		}
		return new Review(id, kommuneId, versionNumber, startedAt, startedBy, appliedAt, appliedBy, publishedVersion,
				nextReview, text, completedAt, completedBy);
	}

	/**
	 * The completed review. Decisions that were recorded must have been applied first (otherwise they would be
	 * lost); a review without decisions can be completed as it is.
	 */
	public Review complete(Instant at, String by, int decisions) {
		requireOpen();
		if (decisions > 0 && !decisionsApplied()) {
			throw new ReviewException("review.rule.applyFirst");
		}
		return new Review(id, kommuneId, versionNumber, startedAt, startedBy, appliedAt, appliedBy, publishedVersion,
				nextReviewOn, continuationNote, at, by);
	}
}
