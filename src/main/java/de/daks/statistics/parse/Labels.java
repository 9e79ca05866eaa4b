package de.daks.statistics.parse;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the labels official and municipal tables use for ages, sexes, dates and numbers. */
final class Labels {

	private static final Pattern UNDER = Pattern.compile("unter (\\d{1,3})( jahre?)?");

	private static final Pattern FROM_TO = Pattern.compile(
			"(\\d{1,3}) ?(?:bis unter|bis_unter|- ?<|bis u\\.?) ?(\\d{1,3})( jahre?)?");

	private static final Pattern INCLUSIVE = Pattern.compile("(\\d{1,3}) ?(?:bis|-|–) ?(\\d{1,3})( jahre?| years?)?");

	private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})(?:-jährige| jahre| jahr| jahre alt)?");

	private static final Pattern OPEN = Pattern.compile(
			"(\\d{1,3}) ?(?:jahre )?(?:und mehr|und älter|oder älter|u\\. ?m\\.?|und darüber|\\+|jahre und mehr)( jahre)?");

	private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	private static final Pattern DATE_IN_TEXT = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");

	private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	private static final Pattern THOUSANDS_DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

	private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	/** The 16 Länder by name as GENESIS writes them in column heads. */
	static final Map<String, String> LAENDER = Map.ofEntries(Map.entry("schleswig-holstein", "01"),
			Map.entry("hamburg", "02"), Map.entry("niedersachsen", "03"), Map.entry("bremen", "04"),
			Map.entry("nordrhein-westfalen", "05"), Map.entry("hessen", "06"), Map.entry("rheinland-pfalz", "07"),
			Map.entry("baden-württemberg", "08"), Map.entry("bayern", "09"), Map.entry("saarland", "10"),
			Map.entry("berlin", "11"), Map.entry("brandenburg", "12"), Map.entry("mecklenburg-vorpommern", "13"),
			Map.entry("sachsen", "14"), Map.entry("sachsen-anhalt", "15"), Map.entry("thüringen", "16"),
			Map.entry("deutschland", "DG"));

	private Labels() {
	}

	static String normalize(String label) {
		String text = label.replace('\u00a0', ' ').trim();
		StringBuilder collapsed = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
			if (collapsed == null) {
				if (space && (c != ' ' || isSpace(text.charAt(i + 1)))) {
					collapsed = new StringBuilder(text.length()).append(text, 0, i);
				}
				else {
					continue;
				}
			}
			if (!space) {
				collapsed.append(c);
			}
			else if (collapsed.charAt(collapsed.length() - 1) != ' ') {
				collapsed.append(' ');
			}
		}
		return (collapsed == null ? text : collapsed.toString()).toLowerCase(Locale.GERMAN);
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
	}

	/** An age label ("unter 1 Jahr", "1 bis unter 2 Jahre", "5-Jährige", "90 Jahre und mehr", "0_bis_unter_1"). */
	static @Nullable AgeBand age(String label) {
		String text = normalize(label).replace('_', ' ');
		if (text.isEmpty()) {
			return null;
		}
		try {
			Matcher m = UNDER.matcher(text);
			if (m.matches()) {
				return new AgeBand(0, Integer.parseInt(m.group(1)));
			}
			m = FROM_TO.matcher(text);
			if (m.matches()) {
				return new AgeBand(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			}
			m = INCLUSIVE.matcher(text);
			if (m.matches()) {
				return new AgeBand(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1);
			}
			m = OPEN.matcher(text);
			if (m.matches()) {
				return AgeBand.openFrom(Integer.parseInt(m.group(1)));
			}
			m = SINGLE.matcher(text);
			if (m.matches() && (m.group(0).length() > m.group(1).length())) {
				return AgeBand.single(Integer.parseInt(m.group(1)));
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return null;
	}

	/** A bare number as age label (register extracts write "53"). */
	static @Nullable AgeBand bareAge(String label) {
		String text = normalize(label);
		if (!text.isEmpty() && text.length() <= 3 && digits(text, 0)) {
			return AgeBand.single(Integer.parseInt(text));
		}
		return age(label);
	}

	static boolean isTotal(String label) {
		String text = normalize(label);
		return text.equals("insgesamt") || text.equals("total") || text.equals("gesamt") || text.equals("zusammen")
				|| text.equals("summe") || text.equals("alle");
	}

	static @Nullable Sex sex(String label) {
		return switch (normalize(label)) {
			case "männlich", "maennlich", "männer", "maenner", "m", "male", "men" -> Sex.MALE;
			case "weiblich", "frauen", "w", "f", "female", "women" -> Sex.FEMALE;
			default -> null;
		};
	}

	static @Nullable LocalDate date(String label) {
		String text = normalize(label);
		try {
			Matcher m = GERMAN_DATE.matcher(text);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
			m = ISO_DATE.matcher(text);
			if (m.matches()) {
				return LocalDate.parse(text);
			}
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
		return null;
	}

	/** The first German date (dd.mm.yyyy) in a text, e.g. "Stichtag: 31.12.2020". */
	static @Nullable LocalDate firstDate(String text) {
		Matcher m = DATE_IN_TEXT.matcher(text);
		while (m.find()) {
			LocalDate date = date(m.group());
			if (date != null) {
				return date;
			}
		}
		return null;
	}

	/** Whether a label is a regional key: {@code DG} or 2, 3, 5, 8, 9 or 12 digits. */
	static boolean isRegionKey(String label) {
		String text = label.trim();
		int n = text.length();
		return text.equals("DG") || ((n == 2 || n == 3 || n == 5 || n == 8 || n == 9 || n == 12) && digits(text, 0));
	}

	/** Whether every character from {@code start} on is an ASCII digit (true for none). */
	private static boolean digits(String text, int start) {
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** The GENESIS special values: - nothing, . unknown/secret, x not meaningful, ... not yet, / too uncertain. */
	static boolean isSpecialValue(String cell) {
		String text = cell.trim();
		return text.equals("-") || text.equals(".") || text.equals("x") || text.equals("X") || text.equals("...")
				|| text.equals("/") || text.equals("…");
	}

	static String specialMeaning(String cell) {
		return switch (cell.trim()) {
			case "-" -> "nothing";
			case "." -> "unknown or secret";
			case "x", "X" -> "not meaningful";
			case "...", "…" -> "not yet available";
			case "/" -> "too uncertain";
			default -> "";
		};
	}

	/**
	 * A count written German style: {@code 1234}, {@code 1.234}, {@code 1 234}, {@code 12,5}; null when it is not a
	 * number. A thousands dot is recognised by groups of three digits.
	 */
	static @Nullable Double germanNumber(String cell) {
		String text = cell.trim().replace("\u00a0", "").replace(" ", "");
		if (text.isEmpty() || text.length() > 40) {
			return null;
		}
		int sign = text.charAt(0) == '-' ? 1 : 0;
		if (text.length() > sign && text.length() - sign <= 15 && digits(text, sign)) {
			// the common case, a plain integer: no pattern needed
			return (double) Long.parseLong(text);
		}
		if (THOUSANDS.matcher(text).matches()) {
			text = text.replace(".", "");
		}
		else if (THOUSANDS_DECIMAL.matcher(text).matches()) {
			text = text.replace(".", "").replace(',', '.');
		}
		else if (DECIMAL_COMMA.matcher(text).matches()) {
			text = text.replace(',', '.');
		}
		else if (!DECIMAL_POINT.matcher(text).matches()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
