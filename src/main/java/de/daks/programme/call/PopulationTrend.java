package de.daks.programme.call;

/** The population trend of the data sheet; {@link #SHRINKING} counts for the selection's share of shrinking Kommunen. */
public enum PopulationTrend {
	UNKNOWN, SHRINKING, STABLE, GROWING;

	public String messageKey() {
		return "programme.trend." + name();
	}
}
