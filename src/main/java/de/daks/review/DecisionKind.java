package de.daks.review;

/** What the review decides for a measure: continue unchanged, change, stop, or a new measure. */
public enum DecisionKind {
	CONTINUE, CHANGE, STOP, NEW;

	public String messageKey() {
		return "review.decision." + name();
	}
}
