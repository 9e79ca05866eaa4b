package de.daks.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An official regional key: Amtlicher Regionalschlüssel (ARS) or one of its prefixes.
 *
 * <p>Layout of the 12-digit ARS: Land(2) Regierungsbezirk(1) Kreis(2) Gemeindeverband(4) Gemeinde(3). The key length
 * tells the level: 2 Land, 3 Regierungsbezirk, 5 Kreis, 9 Gemeindeverband, 12 Gemeinde. The 8-digit AGS of a Gemeinde
 * is {@code ARS[0..5] + ARS[9..12]} (DOMAIN.md section 2).
 */
public record Ars(String value) implements Comparable<Ars> {

	private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{3}|\\d{5}|\\d{9}|\\d{12}");

	public Ars {
		Objects.requireNonNull(value, "value");
		if (!DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a regional key (2, 3, 5, 9 or 12 digits): '" + value + "'");
		}
	}

	public static boolean isValid(String value) {
		return value != null && DIGITS.matcher(value).matches();
	}

	/** The 8-digit AGS of a Gemeinde key, or the key itself for upper levels. */
	public String ags() {
		return value.length() == 12 ? value.substring(0, 5) + value.substring(9) : value;
	}

	/** The Land part (first two digits). */
	public String land() {
		return value.substring(0, 2);
	}

	@Override
	public int compareTo(Ars other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
