package de.daks.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class MoneyTests {

	@Test
	void amountsAreKeptToTheCent() {
		assertThat(Money.of("12.5").amount()).isEqualTo(new BigDecimal("12.50"));
		assertThat(Money.of(30_000).amount()).isEqualTo(new BigDecimal("30000.00"));
		assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
		assertThat(Money.of("10000").minus(Money.of("9999.99"))).isEqualTo(Money.of("0.01"));
	}

	@Test
	void moreThanTwoDecimalsAreRefusedButComputationsRoundHalfUp() {
		assertThatThrownBy(() -> Money.of("1.005")).hasMessageContaining("More than two decimals");
		// 1/3 of 100 € = 33.333… → 33.33; 2.5 % of 0.30 € = 0.0075 → 0.01; 50 % of 0.01 € = 0.005 → 0.01
		assertThat(Money.of(100).times(BigDecimal.ONE.divide(new BigDecimal("3"), 10, java.math.RoundingMode.DOWN)))
			.isEqualTo(Money.of("33.33"));
		assertThat(Money.of("0.30").percent(new BigDecimal("2.5"))).isEqualTo(Money.of("0.01"));
		assertThat(Money.of("0.01").percent(new BigDecimal("50"))).isEqualTo(Money.of("0.01"));
		assertThat(Money.of("0.01").percent(new BigDecimal("49"))).isEqualTo(Money.ZERO);
		assertThat(Money.rounded(new BigDecimal("-2.345"))).isEqualTo(Money.of("-2.35"));
	}

	@Test
	void germanInputAndOutput() {
		assertThat(Money.parseGerman("1.234,56")).isEqualTo(Money.of("1234.56"));
		assertThat(Money.parseGerman("30.000 €")).isEqualTo(Money.of(30_000));
		assertThat(Money.parseGerman("99,9")).isEqualTo(Money.of("99.90"));
		assertThat(Money.parseGerman("1500.5")).isEqualTo(Money.of("1500.50"));
		assertThat(Money.parseGerman("2000")).isEqualTo(Money.of(2000));
		assertThat(Money.of("30000").toGerman()).isEqualTo("30.000,00 €");
		assertThat(Money.of("-0.5").toGerman()).isEqualTo("-0,50 €");
		assertThatThrownBy(() -> Money.parseGerman("12,345")).hasMessageContaining("More than two decimals");
		assertThatThrownBy(() -> Money.parseGerman("1,2,3")).hasMessageContaining("Not an amount: 1,2,3");
		assertThatThrownBy(() -> Money.parseGerman("zehn")).hasMessageContaining("Not an amount: zehn");
		assertThatThrownBy(() -> Money.parseGerman("  ")).hasMessageContaining("No amount");
	}
}
