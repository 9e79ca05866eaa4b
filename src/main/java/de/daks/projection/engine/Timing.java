package de.daks.projection.engine;

/**
 * When the migrants of a step meet mortality. For a cohort with {@code start} persons at the beginning of a step
 * (the group below at time t, the births of the step for group 0, the last two groups for the open group), net
 * migrants {@code N = Z − F} of the step and survival proportion {@code S}:
 *
 * <ul>
 * <li>{@link #HALF_BEFORE_HALF_AFTER}: {@code D = max(0, start + N/2)·(1 − S)}, {@code P(t+n) = start − D + Z − F},
 * i.e. {@code P(t+n) = (start + N/2)·S + N/2} – half of the migrants arrive (or leave) before survival and are exposed
 * to it, the other half after. The usual choice (migration spread evenly over the step).</li>
 * <li>{@link #END}: {@code D = start·(1 − S)}, {@code P(t+n) = start·S + N} – all migration at the end of the step.</li>
 * </ul>
 */
public enum Timing {

	HALF_BEFORE_HALF_AFTER("half-before-half-after", 0.5),

	END("end", 0.0);

	private final String code;

	private final double exposedShare;

	Timing(String code, double exposedShare) {
		this.code = code;
		this.exposedShare = exposedShare;
	}

	/** The share of the step's net migrants exposed to the step's mortality (½ or 0). */
	public double exposedShare() {
		return exposedShare;
	}

	/** The scenario-file spelling, e.g. {@code half-before-half-after}. */
	public String code() {
		return code;
	}

	public static Timing ofCode(String code) {
		for (Timing t : values()) {
			if (t.code.equals(code)) {
				return t;
			}
		}
		throw new IllegalArgumentException("unknown migration timing '" + code + "' (half-before-half-after or end)");
	}
}
