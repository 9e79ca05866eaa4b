package de.daks.review;

/** How a measure is anchored for the time after the funding. */
public enum Anchoring {
	COUNCIL_DECISION, BUDGET_LINE, STAFF_POSITION, PARTNER_AGREEMENT;

	public String messageKey() {
		return "review.anchoring." + name();
	}
}
