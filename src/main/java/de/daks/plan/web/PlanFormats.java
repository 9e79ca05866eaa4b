package de.daks.plan.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** German input and output of amounts, numbers and dates on the plan pages (used by templates as a bean too). */
public final class PlanFormats {

	private static final Pattern GERMAN_AMOUNT = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");

	private static final Pattern GERMAN_NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,4})?");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	PlanFormats() {
	}

	/** 12.500,50 or 12500,5 or 12500 (EUR, at most two decimals); null if it is not such an amount. */
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
		return date == null ? iso : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
	}

	/** 12.500,00 */
	public static String money(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(amount);
	}

	/** A number in German notation with the decimals it needs (up to four). */
	public static String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "–";
		}
		DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(value);
	}

	public static String number(double value) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(value);
	}
}
