package de.daks.process;

/** The sector a stakeholder comes from – the columns of a classic stakeholder map. */
public enum StakeholderCategory {
	VERWALTUNG,
	POLITIK,
	VERBAENDE_VEREINE,
	WIRTSCHAFT,
	ZIVILGESELLSCHAFT,
	WISSENSCHAFT,
	SONSTIGE;

	public String messageKey() {
		return "process.stakeholder.category." + name();
	}
}
