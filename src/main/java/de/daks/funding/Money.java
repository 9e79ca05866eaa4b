package de.daks.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in euros, exact to the cent: a {@link BigDecimal} always with scale 2. Amounts given with more than two
 * decimals are refused by {@link #of}; where a computation needs rounding (shares, percentages) it is rounded half
 * up ({@link RoundingMode#HALF_UP}) to the cent, the commercial rounding of German public budgets.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("More than two decimals: " + amount.toPlainString() + " EUR");
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** An exact amount such as {@code "30000"} or {@code "12.50"}; more than two decimals are refused. */
	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	public static Money of(long euros) {
		return new Money(BigDecimal.valueOf(euros));
	}

	/** An amount rounded half up to the cent, for results of computations. */
	public static Money rounded(BigDecimal amount) {
		return new Money(amount.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * Parses German input: {@code 1.234,56}, {@code 1234,5}, {@code 1234} (a dot as decimal separator is accepted
	 * when there is no comma and at most two digits follow it). A leading or trailing {@code €}/{@code EUR} is ignored.
	 * @throws IllegalArgumentException naming the input if it is no amount or has more than two decimals
	 */
	public static Money parseGerman(String input) {
		String s = input.strip().replace("€", "").replace("EUR", "").replace('\u00a0', ' ').strip().replace(" ", "");
		if (s.isEmpty()) {
			throw new IllegalArgumentException("No amount given");
		}
		if (!s.matches("-?[0-9.,]+")) {
			throw new IllegalArgumentException("Not an amount: " + input);
		}
		String normalised;
		if (s.contains(",")) {
			if (s.indexOf(',') != s.lastIndexOf(',')) {
				throw new IllegalArgumentException("Not an amount: " + input);
			}
			String integer = s.substring(0, s.indexOf(','));
			if (!integer.matches("-?[0-9]{1,3}(\\.[0-9]{3})*|-?[0-9]*")) {
				throw new IllegalArgumentException("Not an amount: " + input);
			}
			normalised = integer.replace(".", "") + "." + s.substring(s.indexOf(',') + 1);
		}
		else if (s.matches("-?[0-9]{1,3}(\\.[0-9]{3})+")) {
			normalised = s.replace(".", "");
		}
		else if (s.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
			normalised = s;
		}
		else {
			throw new IllegalArgumentException("Not an amount: " + input);
		}
		return of(normalised);
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	/** This amount times a factor, rounded half up to the cent. */
	public Money times(BigDecimal factor) {
		return rounded(amount.multiply(factor));
	}

	/** The given percentage of this amount, rounded half up to the cent. */
	public Money percent(BigDecimal percent) {
		return rounded(amount.multiply(percent).movePointLeft(2));
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean exceeds(Money other) {
		return compareTo(other) > 0;
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	/** German display: {@code 30.000,00 €}. */
	public String toGerman() {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(amount) + " €";
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " EUR";
	}
}
