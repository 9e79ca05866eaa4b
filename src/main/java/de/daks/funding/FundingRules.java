package de.daks.funding;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The money rules of a programme: the cap per Kommune and year for each eligible category, the categories that are
 * not eligible, and from which share of the limit a booking is warned about.
 *
 * @param caps cap per Kommune and year by eligible category (a category without cap is not eligible)
 * @param ineligible categories never funded
 * @param carryOverPercent share (0–100) of a year's unused limit added to the next year's limit of the same category
 *        (carry-over, not compounding over several years)
 * @param warningPercent a booking that brings the spent share of the limit to this percent or more is warned about
 *        (0–100)
 */
public record FundingRules(Map<CostCategory, Money> caps, Set<CostCategory> ineligible, BigDecimal warningPercent,
		BigDecimal carryOverPercent) {

	/** The defaults of the ZWK call: 30,000 EUR external consulting and 10,000 EUR material costs per year, 90 % warning. */
	public static final FundingRules DEFAULTS = new FundingRules(
			Map.of(CostCategory.EXTERNAL_CONSULTING, Money.of(30_000), CostCategory.MATERIAL_COSTS, Money.of(10_000)),
			EnumSet.of(CostCategory.CONSTRUCTION_INVESTMENT, CostCategory.PUBLIC_STAFF), new BigDecimal("90"),
			BigDecimal.ZERO);

	public FundingRules {
		caps = Map.copyOf(caps);
		ineligible = ineligible.isEmpty() ? EnumSet.noneOf(CostCategory.class) : EnumSet.copyOf(ineligible);
		Objects.requireNonNull(warningPercent, "warningPercent");
		for (var entry : caps.entrySet()) {
			if (entry.getValue().isNegative()) {
				throw new IllegalArgumentException("Negative cap for " + entry.getKey());
			}
			if (ineligible.contains(entry.getKey())) {
				throw new IllegalArgumentException(entry.getKey() + " has a cap but is not eligible");
			}
		}
		Objects.requireNonNull(carryOverPercent, "carryOverPercent");
		if (carryOverPercent.signum() < 0 || carryOverPercent.compareTo(new BigDecimal("100")) > 0) {
			throw new IllegalArgumentException("The carry-over share is a percentage from 0 to 100");
		}
		if (warningPercent.signum() < 0 || warningPercent.compareTo(new BigDecimal("100")) > 0) {
			throw new IllegalArgumentException("The warning share is a percentage from 0 to 100");
		}
	}

	public boolean isEligible(CostCategory category) {
		return !ineligible.contains(category) && caps.containsKey(category);
	}

	/** The amount carried into the next year from a year's unused limit, rounded half up to the cent. */
	public Money carryOver(Money unused) {
		return unused.isPositive() ? unused.percent(carryOverPercent) : Money.ZERO;
	}

	public Optional<Money> cap(CostCategory category) {
		return Optional.ofNullable(caps.get(category));
	}

	/** The caps with one category's cap changed (for the programme settings). */
	public FundingRules withCap(CostCategory category, Money cap) {
		Map<CostCategory, Money> changed = new EnumMap<>(CostCategory.class);
		changed.putAll(caps);
		changed.put(category, cap);
		Set<CostCategory> stillIneligible = EnumSet.noneOf(CostCategory.class);
		stillIneligible.addAll(ineligible);
		stillIneligible.remove(category);
		return new FundingRules(changed, stillIneligible, warningPercent, carryOverPercent);
	}

	/**
	 * Checks a new booking (commitment or expense) of {@code amount} in {@code category} for a Kommune and year.
	 *
	 * @param budget the budget set for the Kommune, year and category, if one is set; the limit is the smaller of
	 *        budget and cap
	 * @param alreadyBooked what is already booked in that Kommune, year and category (of the same kind)
	 * @param amount the new booking, positive
	 */
	public BookingCheck check(CostCategory category, Optional<Money> budget, Money alreadyBooked, Money amount) {
		return check(category, budget, Money.ZERO, alreadyBooked, amount);
	}

	/**
	 * As {@link #check(CostCategory, Optional, Money, Money)} with money carried over from the previous year, which
	 * is added to the limit.
	 */
	public BookingCheck check(CostCategory category, Optional<Money> budget, Money carriedOver, Money alreadyBooked,
			Money amount) {
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("A booking must be positive, not " + amount);
		}
		if (!isEligible(category)) {
			return new BookingCheck(BookingCheck.Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, alreadyBooked.plus(amount));
		}
		Money cap = caps.get(category);
		Money limit = budget.map(b -> b.min(cap)).orElse(cap).plus(carriedOver);
		Money after = alreadyBooked.plus(amount);
		Money remainingAfter = limit.minus(after);
		if (after.exceeds(limit)) {
			return new BookingCheck(BookingCheck.Outcome.BLOCKED, limit, limit.minus(alreadyBooked), after);
		}
		Money warningLine = limit.percent(warningPercent);
		BookingCheck.Outcome outcome = limit.isPositive() && !warningLine.exceeds(after) ? BookingCheck.Outcome.WARNING
				: BookingCheck.Outcome.OK;
		return new BookingCheck(outcome, limit, remainingAfter, after);
	}
}
