package de.daks.programme;

import org.jspecify.annotations.Nullable;

/**
 * Size classes by inhabitants, following the usual municipal classes (Landgemeinde, Kleinstadt, Mittelstadt,
 * Großstadt) and splitting the large bodies (big cities, Landkreise) once more at 500,000.
 */
public enum SizeClass {
	UNDER_5000(0, 5_000),
	FROM_5000(5_000, 20_000),
	FROM_20000(20_000, 100_000),
	FROM_100000(100_000, 500_000),
	FROM_500000(500_000, Long.MAX_VALUE),
	UNKNOWN(-1, -1);

	private final long from;

	private final long below;

	SizeClass(long from, long below) {
		this.from = from;
		this.below = below;
	}

	public static SizeClass of(@Nullable Long population) {
		if (population == null) {
			return UNKNOWN;
		}
		for (SizeClass c : values()) {
			if (population >= c.from && population < c.below) {
				return c;
			}
		}
		return UNKNOWN;
	}

	/** Message key of the label. */
	public String messageKey() {
		return "programme.size." + name();
	}
}
