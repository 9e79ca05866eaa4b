package de.daks.funding;

/** A commitment (e.g. a consultant contract) reserves money; an expense (with receipt) spends it. */
public enum BookingKind {
	COMMITMENT, EXPENSE;

	public String messageKey() {
		return "funding.kind." + name();
	}
}
