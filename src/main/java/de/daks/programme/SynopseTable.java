package de.daks.programme;

/** The tables of the Synopse page: each shows one aspect of the Kommunen; the exports hold all of them. */
public enum SynopseTable {
	STEPS, THEMES, TARGET_GROUPS, FUNDING, INDICATORS;

	/** Message key of the label. */
	public String messageKey() {
		return "programme.table." + name();
	}
}
