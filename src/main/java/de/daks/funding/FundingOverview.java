package de.daks.funding;

import java.util.List;

/**
 * Planned, committed, spent and remaining money by year and category.
 *
 * @param rows one per year and eligible category
 */
public record FundingOverview(List<Row> rows, Money planned, Money committed, Money spent, Money remaining) {

	/**
	 * @param planned the limit: the budget set for the year and category, at most the cap (the cap if none is set)
	 * @param remaining planned minus the larger of committed and spent
	 */
	public record Row(int year, CostCategory category, Money planned, Money committed, Money spent, Money remaining) {
	}

	static FundingOverview of(List<Row> rows) {
		Money planned = Money.ZERO;
		Money committed = Money.ZERO;
		Money spent = Money.ZERO;
		Money remaining = Money.ZERO;
		for (Row r : rows) {
			planned = planned.plus(r.planned());
			committed = committed.plus(r.committed());
			spent = spent.plus(r.spent());
			remaining = remaining.plus(r.remaining());
		}
		return new FundingOverview(rows, planned, committed, spent, remaining);
	}
}
