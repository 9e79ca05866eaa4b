package de.daks.plan.web;

import de.daks.shared.web.GermanFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** German input and output of amounts, numbers and dates on the plan pages (used by templates as a bean too). */
public final class PlanFormats {

	PlanFormats() {
	}

	/** 12.500,50 or 12500,5 or 12500 (EUR, at most two decimals); null if it is not such an amount. */
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

	/** 04.12.2026 14:05 (German time). */
	public static String dateTime(java.time.Instant at) {
		return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(at.atZone(de.daks.plan.Plans.ZONE));
	}

	/** An ISO date of a snapshot as 01.03.2027; a dash when absent. */
	public static String isoDate(@Nullable String iso) {
		if (iso == null) {
			return "–";
		}
		LocalDate date = parseDate(iso);
		return date == null ? iso : GermanFormats.date(date);
	}

	/** 12.500,00 */
	public static String money(BigDecimal amount) {
		return GermanFormats.money(amount);
	}

	/** A number in German notation with the decimals it needs (up to four). */
	public static String number(@Nullable BigDecimal value) {
		return value == null ? "–" : GermanFormats.number(value, 4);
	}

	public static String number(double value) {
		return GermanFormats.number(value);
	}
}
