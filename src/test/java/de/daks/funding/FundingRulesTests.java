package de.daks.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class FundingRulesTests {

	private final FundingRules rules = FundingRules.DEFAULTS;

	@Test
	void theCallsCapsAreTheDefaults() {
		assertThat(rules.cap(CostCategory.EXTERNAL_CONSULTING)).contains(Money.of(30_000));
		assertThat(rules.cap(CostCategory.MATERIAL_COSTS)).contains(Money.of(10_000));
		assertThat(rules.isEligible(CostCategory.CONSTRUCTION_INVESTMENT)).isFalse();
		assertThat(rules.isEligible(CostCategory.PUBLIC_STAFF)).isFalse();
	}

	@Test
	void exactlyTheCapIsAllowedOneCentMoreIsBlocked() {
		// given: 3 consultant contracts of 9,000 € already booked
		Money booked = Money.of(3 * 9_000);
		// when
		BookingCheck atCap = rules.check(CostCategory.EXTERNAL_CONSULTING, Optional.empty(), booked,
				Money.of(30_000 - 3 * 9_000));
		BookingCheck overCap = rules.check(CostCategory.EXTERNAL_CONSULTING, Optional.empty(), booked,
				Money.of("3000.01"));
		// then
		assertThat(atCap.allowed()).isTrue();
		assertThat(atCap.remaining()).isEqualTo(Money.ZERO);
		assertThat(overCap.outcome()).isEqualTo(BookingCheck.Outcome.BLOCKED);
		assertThat(overCap.remaining()).isEqualTo(Money.of(30_000 - 3 * 9_000));
		assertThat(overCap.bookedAfter()).isEqualTo(Money.of("30000.01"));
	}

	@Test
	void aWarningComesBeforeTheCap() {
		// given: 90 % of 10,000 € = 9,000 €
		Money booked = Money.of(8_000);
		// when
		BookingCheck below = rules.check(CostCategory.MATERIAL_COSTS, Optional.empty(), booked, Money.of("999.99"));
		BookingCheck atLine = rules.check(CostCategory.MATERIAL_COSTS, Optional.empty(), booked, Money.of(1_000));
		// then
		assertThat(below.outcome()).isEqualTo(BookingCheck.Outcome.OK);
		assertThat(below.remaining()).isEqualTo(Money.of("10000").minus(Money.of("8999.99")));
		assertThat(atLine.outcome()).isEqualTo(BookingCheck.Outcome.WARNING);
		assertThat(atLine.allowed()).isTrue();
	}

	@Test
	void aLowerBudgetIsTheLimitAHigherOneIsCappedByTheRules() {
		// given: budget 12,000 € for consulting, 15,000 € for material (cap 10,000 €)
		// when
		BookingCheck consulting = rules.check(CostCategory.EXTERNAL_CONSULTING, Optional.of(Money.of(12_000)),
				Money.of(7_500), Money.of(5_000));
		BookingCheck material = rules.check(CostCategory.MATERIAL_COSTS, Optional.of(Money.of(15_000)), Money.ZERO,
				Money.of(10_001));
		// then
		assertThat(consulting.outcome()).isEqualTo(BookingCheck.Outcome.BLOCKED);
		assertThat(consulting.remaining()).isEqualTo(Money.of(12_000 - 7_500));
		assertThat(material.outcome()).isEqualTo(BookingCheck.Outcome.BLOCKED);
		assertThat(material.limit()).isEqualTo(Money.of(10_000));
	}

	@Test
	void ineligibleCategoriesAreRefusedWhateverTheAmount() {
		BookingCheck check = rules.check(CostCategory.CONSTRUCTION_INVESTMENT, Optional.empty(), Money.ZERO,
				Money.of("0.01"));
		assertThat(check.outcome()).isEqualTo(BookingCheck.Outcome.INELIGIBLE);
		assertThat(check.allowed()).isFalse();
	}

	@Test
	void aChangedCapApplies() {
		FundingRules changed = rules.withCap(CostCategory.MATERIAL_COSTS, Money.of("12500.50"));
		assertThat(changed.check(CostCategory.MATERIAL_COSTS, Optional.empty(), Money.of(10_000), Money.of("2500.50"))
			.allowed()).isTrue();
		assertThat(changed.check(CostCategory.MATERIAL_COSTS, Optional.empty(), Money.of(10_000), Money.of("2500.51"))
			.allowed()).isFalse();
	}

	@Test
	void carriedOverMoneyRaisesTheLimitAndIsRoundedToTheCent() {
		// given: a third of the unused 20,000.01 € is carried over → 6,666.67 € (6,666.67 rounded half up)
		FundingRules rules = new FundingRules(FundingRules.DEFAULTS.caps(), FundingRules.DEFAULTS.ineligible(),
				new java.math.BigDecimal("90"), new java.math.BigDecimal("33.3333333333"));
		Money carried = rules.carryOver(Money.of("20000.01"));
		// when
		BookingCheck atLimit = rules.check(CostCategory.EXTERNAL_CONSULTING, Optional.empty(), carried, Money.ZERO,
				Money.of(30_000).plus(carried));
		BookingCheck over = rules.check(CostCategory.EXTERNAL_CONSULTING, Optional.empty(), carried, Money.ZERO,
				Money.of(30_000).plus(carried).plus(Money.of("0.01")));
		// then
		assertThat(carried).isEqualTo(Money.of("6666.67"));
		assertThat(atLimit.allowed()).isTrue();
		assertThat(over.outcome()).isEqualTo(BookingCheck.Outcome.BLOCKED);
		assertThat(rules.carryOver(Money.of(-5))).isEqualTo(Money.ZERO);
	}
}
