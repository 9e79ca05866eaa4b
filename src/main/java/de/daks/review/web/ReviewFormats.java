package de.daks.review.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** German input and output of numbers, amounts and dates on the review pages and in the report (a template bean). */
public final class ReviewFormats {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Pattern GERMAN_AMOUNT = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");

	private static final Pattern GERMAN_NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,4})?");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	ReviewFormats() {
	}

	/** 12.500,50 or 12500,5 or 12500 (EUR, two decimals at most); null if it is not such an amount. */
	public static @Nullable BigDecimal parseMoney(String text) {
		return parse(text.strip().replace("€", "").replace("EUR", "").strip(), GERMAN_AMOUNT, 2);
	}

	/** A decimal number in German notation with up to four decimals; null if it is none. */
	public static @Nullable BigDecimal parseNumber(String text) {
		return parse(text.strip(), GERMAN_NUMBER, 4);
	}

	private static @Nullable BigDecimal parse(String text, Pattern pattern, int scale) {
		if (!pattern.matcher(text).matches()) {
			return null;
		}
		return new BigDecimal(text.replace(".", "").replace(',', '.')).setScale(scale, RoundingMode.UNNECESSARY);
	}

	/** yyyy-MM-dd (date input) or d.M.yyyy; null if neither. */
	public static @Nullable LocalDate parseDate(String text) {
		String t = text.strip();
		try {
			return t.contains(".") ? LocalDate.parse(t, GERMAN_DATE) : LocalDate.parse(t);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** 01.03.2027, a dash for none. */
	public static String date(@Nullable LocalDate date) {
		return date == null ? "–" : DAY.format(date);
	}

	/** 01.03.2027 – 30.09.2027, an open end as a dash, a single dash when neither is known. */
	public static String period(@Nullable LocalDate from, @Nullable LocalDate to) {
		return from == null && to == null ? "–" : date(from) + " – " + date(to);
	}

	/** 04.12.2026 14:05 (German time), a dash for none. */
	public static String dateTime(@Nullable Instant at) {
		return at == null ? "–" : DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(at.atZone(ZONE));
	}

	/** 12.500,00 €, a dash for none. */
	public static String money(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "–";
		}
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(amount) + " €";
	}

	/** 12.500,00 for a form field, empty for none. */
	public static String moneyInput(@Nullable BigDecimal amount) {
		return amount == null ? ""
				: new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(amount);
	}

	/** A number in German notation with the decimals it needs (up to four), a dash for none. */
	public static String number(@Nullable BigDecimal value) {
		return value == null ? "–"
				: new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(value);
	}

	/** A computed number with up to two decimals, a dash for none. */
	public static String number(@Nullable Double value) {
		return value == null ? "–"
				: new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(value);
	}

	/** A day count with its sign: +12, −3, 0; a dash for none. */
	public static String days(@Nullable Long days) {
		if (days == null) {
			return "–";
		}
		return days > 0 ? "+" + days : days < 0 ? "−" + Math.abs(days) : "0";
	}
}
