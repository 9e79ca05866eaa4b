package de.daks.funding;

import de.daks.programme.BenchKommuneAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synthetic money for the Synopse benchmark: a consulting budget, a commitment and an expense per synthetic Kommune,
 * booked through {@link FundingManagement} like any other booking (rules, caps and audit included).
 */
@Component
class FundingBenchData {

	private final FundingManagement funding;

	FundingBenchData(FundingManagement funding) {
		this.funding = funding;
	}

	@EventListener
	void on(BenchKommuneAdded event) {
		int n = event.index();
		funding.setBudget(event.programme(), event.kommune(), 2026, CostCategory.EXTERNAL_CONSULTING,
				Money.of(20_000 + n));
		funding.book(event.programme(), event.kommune(), 2025, CostCategory.EXTERNAL_CONSULTING,
				BookingKind.COMMITMENT, Money.of(1_000 + n % 500), "Lasttest (synthetisch)", "SYN",
				true);
		funding.book(event.programme(), event.kommune(), 2026, CostCategory.MATERIAL_COSTS, BookingKind.EXPENSE,
				Money.of(1_000 + n % 500), "Lasttest (synthetisch)", "SYN", true);
	}

}
