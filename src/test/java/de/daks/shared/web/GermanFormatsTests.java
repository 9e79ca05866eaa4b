package de.daks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class GermanFormatsTests {

	@Test
	void amountsAreReadInGermanNotationWithAtMostTwoDecimals() {
		assertThat(GermanFormats.parseMoney("12.500,50 €")).isEqualByComparingTo(new BigDecimal("12500.50"));
		assertThat(GermanFormats.parseMoney("12500,5")).isEqualByComparingTo(new BigDecimal(12_500 + 0.5));
		assertThat(GermanFormats.parseMoney("30000 EUR")).isEqualByComparingTo(new BigDecimal(30_000));
		assertThat(GermanFormats.parseMoney("-0,01")).isEqualByComparingTo(new BigDecimal("-0.01"));
		assertThat(GermanFormats.parseMoney("1,234")).as("three decimals are no amount").isNull();
		assertThat(GermanFormats.parseMoney("12.50")).as("a dot is the thousands separator").isNull();
		assertThat(GermanFormats.parseMoney("zwölf")).isNull();
	}

	@Test
	void numbersAllowFourDecimals() {
		assertThat(GermanFormats.parseNumber("1.234,5678")).isEqualByComparingTo(new BigDecimal("1234.5678"));
		assertThat(GermanFormats.parseNumber("0,12345")).isNull();
	}

	@Test
	void datesAreReadFromTheDateInputAndInGermanNotation() {
		assertThat(GermanFormats.parseDate("2027-03-01")).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(GermanFormats.parseDate(" 1.3.2027 ")).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(GermanFormats.parseDate("31.2.2027")).as("no 31 February").isNull();
		assertThat(GermanFormats.parseDate("März")).isNull();
	}

	@Test
	void outputIsGerman() {
		assertThat(GermanFormats.date(LocalDate.of(2027, 3, 1))).isEqualTo("01.03.2027");
		assertThat(GermanFormats.money(new BigDecimal("12500.5"))).isEqualTo("12.500,50");
		assertThat(GermanFormats.number(new BigDecimal("1234.5000"), 4)).isEqualTo("1.234,5");
		assertThat(GermanFormats.number(2.0 / 3)).isEqualTo("0,67");
	}

}
