package de.daks.review.web;

import de.daks.shared.web.GermanFormats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** German input and output of numbers, amounts and dates on the review pages and in the report (a template bean). */
public final class ReviewFormats {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	ReviewFormats() {
	}

	/** 12.500,50 or 12500,5 or 12500 (EUR, two decimals at most); null if it is not such an amount. */
	public static @Nullable BigDecimal parseMoney(String text) {
		return GermanFormats.parseMoney(text);
	}

	/** A decimal number in German notation with up to four decimals; null if it is none. */
	public static @Nullable BigDecimal parseNumber(String text) {
		return GermanFormats.parseNumber(text);
	}

	/** yyyy-MM-dd (date input) or d.M.yyyy; null if neither. */
	public static @Nullable LocalDate parseDate(String text) {
		return GermanFormats.parseDate(text);
	}

	/** 01.03.2027, a dash for none. */
	public static String date(@Nullable LocalDate date) {
		return date == null ? "–" : GermanFormats.date(date);
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
		return GermanFormats.money(amount) + " €";
	}

	/** 12.500,00 for a form field, empty for none. */
	public static String moneyInput(@Nullable BigDecimal amount) {
		return amount == null ? "" : GermanFormats.money(amount);
	}

	/** A number in German notation with the decimals it needs (up to four), a dash for none. */
	public static String number(@Nullable BigDecimal value) {
		return value == null ? "–" : GermanFormats.number(value, 4);
	}

	/** A computed number with up to two decimals, a dash for none. */
	public static String number(@Nullable Double value) {
		return value == null ? "–" : GermanFormats.number(value);
	}

	/** A day count with its sign: +12, −3, 0; a dash for none. */
	public static String days(@Nullable Long days) {
		if (days == null) {
			return "–";
		}
		return days > 0 ? "+" + days : days < 0 ? "−" + Math.abs(days) : "0";
	}
}
