package de.daks.toolbox;

/** Whom an entry addresses or involves. */
public enum TargetGroup {
	KINDER_JUGEND, FAMILIEN, AELTERE, ZUGEWANDERTE, ENGAGIERTE, VERWALTUNG, POLITIK, WIRTSCHAFT, ALLE;

	public String messageKey() {
		return "toolbox.group." + name();
	}
}
