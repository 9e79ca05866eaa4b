package de.daks.territory.internal;

import java.util.Arrays;

/** Builds GV100AD records of 220 characters for tests, by the 1-based column positions of the record description. */
final class Gv100adLines {

	private final char[] chars = new char[Gv100adParser.RECORD_LENGTH];

	private Gv100adLines(String type) {
		Arrays.fill(chars, ' ');
		put(1, type);
		put(3, "20231130");
	}

	static Gv100adLines record(String type) {
		return new Gv100adLines(type);
	}

	Gv100adLines put(int column, String value) {
		value.getChars(0, value.length(), chars, column - 1);
		return this;
	}

	static String land(String land, String name) {
		return record("10").put(11, land).put(23, name).toString();
	}

	static String kreis(String key, String name, String type) {
		return record("40").put(11, key).put(23, name).put(123, type).toString();
	}

	static String verband(String kreis, String verband, String name, String type) {
		return record("50").put(11, kreis).put(19, verband).put(23, name).put(123, type).toString();
	}

	static String gemeinde(String kreis, String gemeinde, String verband, String name, String type, long ha,
			long population, long male, String postcode) {
		return record("60").put(11, kreis).put(16, gemeinde).put(19, verband).put(23, name).put(123, type)
			.put(129, String.format("%011d", ha)).put(140, String.format("%011d", population))
			.put(151, String.format("%011d", male)).put(166, postcode).toString();
	}

	@Override
	public String toString() {
		return new String(chars);
	}
}
