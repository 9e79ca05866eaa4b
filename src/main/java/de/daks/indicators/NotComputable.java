package de.daks.indicators;

/**
 * An indicator that cannot be computed for an area and year, and why. Values are never estimated: if the stored age
 * bands do not add up exactly to the bounds of the definition, the indicator is not computable.
 *
 * @param reason code (message key {@code indicators.reason.<code>}): {@code no-data}, {@code ages-not-covered},
 * {@code single-years-needed}, {@code window-incomplete}, {@code zero-denominator}, {@code no-area-size}
 * @param detail what exactly is missing, language-neutral (measure, year, ages), e.g. {@code population 2025 f 15}
 */
public record NotComputable(String definitionId, String reason, String detail) {

	/** English one-liner for logs and the command line. */
	public String describe() {
		return reason.replace('-', ' ') + (detail.isEmpty() ? "" : ": " + detail);
	}
}
