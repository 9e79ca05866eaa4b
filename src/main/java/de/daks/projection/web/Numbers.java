package de.daks.projection.web;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Numbers on the projection pages: formatted for the locale, parsed from what users type (German or English). */
final class Numbers {

	private static final Pattern GERMAN_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d*)?");

	private static final Pattern NUMBER = Pattern.compile("[-−]?\\d+([.,]\\d+)?");

	private Numbers() {
	}

	static String format(double value, int decimals, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** For input fields: no grouping, so that the text parses back unambiguously. */
	static String input(double value, int decimals, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setGroupingUsed(false);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value).replace('\u2212', '-');
	}

	static String percent(double share, int decimals, Locale locale) {
		return format(share * 100, decimals, locale) + " %";
	}

	/** A signed relative change as "+3,4 %". */
	static String change(double share, Locale locale) {
		return (share > 0 ? "+" : "") + percent(share, 1, locale);
	}

	/**
	 * The number in the text: a comma or a point as the decimal mark; German thousands separators ("1.234,5") are
	 * understood. Null for blank text.
	 *
	 * @throws NumberFormatException if the text is no number
	 */
	static @Nullable Double parse(String text) {
		String t = text.strip().replace('\u2212', '-').replace(" ", "").replace("\u00a0", "");
		if (t.isEmpty()) {
			return null;
		}
		if (GERMAN_THOUSANDS.matcher(t).matches()) {
			t = t.replace(".", "");
		}
		if (!NUMBER.matcher(t).matches()) {
			throw new NumberFormatException(text);
		}
		return Double.parseDouble(t.replace(',', '.'));
	}
}
