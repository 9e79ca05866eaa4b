package de.daks.territory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for searching, so "Düren", "DUEREN" and "dueren" meet, and "Duren" still finds "Düren":
 * {@link #folded} writes umlauts the German way (ä → ae, ß → ss), {@link #plain} drops the diacritics (ä → a); both
 * lower-case and reduce punctuation to single spaces. Names are stored in both forms and a query is compared with
 * both.
 */
public final class SearchNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

	private SearchNames() {
	}

	public static String folded(String name) {
		String lower = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
			.replace("ß", "ss");
		return plain(lower);
	}

	public static String plain(String name) {
		String decomposed = Normalizer.normalize(name.toLowerCase(Locale.GERMAN).replace("ß", "ss"),
				Normalizer.Form.NFD);
		return NON_ALNUM.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip();
	}
}
