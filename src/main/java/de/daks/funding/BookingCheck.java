package de.daks.funding;

/**
 * The result of checking a booking against the rules.
 *
 * @param outcome OK, a warning (close to the limit), blocked (over the limit) or not eligible
 * @param limit the smaller of budget and cap (zero when not eligible)
 * @param remaining after the booking when allowed; when blocked, what is still available before it
 * @param bookedAfter the total booked if the booking were made
 */
public record BookingCheck(Outcome outcome, Money limit, Money remaining, Money bookedAfter) {

	public enum Outcome {
		OK, WARNING, BLOCKED, INELIGIBLE;

		public String messageKey() {
			return "funding.check." + name();
		}
	}

	/** Whether the booking may be made (a warning still allows it). */
	public boolean allowed() {
		return outcome == Outcome.OK || outcome == Outcome.WARNING;
	}
}
