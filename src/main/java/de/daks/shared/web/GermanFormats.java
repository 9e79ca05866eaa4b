package de.daks.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers, amounts and dates as German users type and read them: "12.500,50", "1.3.2027". The modules' page helpers
 * (plan, review) build on these, so every form parses the same way.
 */
public final class GermanFormats {

	private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");

	private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,4})?");

	/** Strict: 31.2.2027 is an error, not the 28th. */
	private static final DateTimeFormatter INPUT_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private GermanFormats() {
	}

	/** 12.500,50 or 12500,5 or 12500 (EUR, at most two decimals, "€" or "EUR" allowed); null if it is none. */
	public static @Nullable BigDecimal parseMoney(String text) {
		return parse(text.strip().replace("€", "").replace("EUR", "").strip(), AMOUNT, 2);
	}

	/** A decimal number in German notation with up to four decimals; null if it is none. */
	public static @Nullable BigDecimal parseNumber(String text) {
		return parse(text.strip(), NUMBER, 4);
	}

	private static @Nullable BigDecimal parse(String text, Pattern pattern, int scale) {
		if (!pattern.matcher(text).matches()) {
			return null;
		}
		return new BigDecimal(text.replace(".", "").replace(',', '.')).setScale(scale, RoundingMode.UNNECESSARY);
	}

	/** yyyy-MM-dd (a date input) or d.M.yyyy; null if neither. */
	public static @Nullable LocalDate parseDate(String text) {
		String t = text.strip();
		try {
			return t.contains(".") ? LocalDate.parse(t, INPUT_DATE) : LocalDate.parse(t);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** 01.03.2027 */
	public static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** 12.500,00 */
	public static String money(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(amount);
	}

	/** A number with the decimals it needs, up to {@code decimals}: 1.234,5 */
	public static String number(BigDecimal value, int decimals) {
		return new DecimalFormat("#,##0." + "#".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.GERMANY))
			.format(value);
	}

	/** A computed number with up to two decimals: 1.234,57 */
	public static String number(double value) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(value);
	}

}
