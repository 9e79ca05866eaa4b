package de.daks.shared;

/** Sex as statistics report it: male, female, or the total of all residents (which may include diverse/unknown). */
public enum Sex {

	MALE("m"), FEMALE("f"), TOTAL("t");

	private final String code;

	Sex(String code) {
		this.code = code;
	}

	/** The code of the canonical CSV: {@code m}, {@code f} or {@code t}. */
	public String code() {
		return code;
	}

	public static Sex ofCode(String code) {
		for (Sex sex : values()) {
			if (sex.code.equals(code)) {
				return sex;
			}
		}
		throw new IllegalArgumentException("sex must be one of m, f, t: '" + code + "'");
	}
}
