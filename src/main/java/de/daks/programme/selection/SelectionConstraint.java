package de.daks.programme.selection;

/** The constraints of a selection; each one can be left out to see what it costs in score. */
public enum SelectionConstraint {
	/** Exactly the number of places. Always in force. */
	PLACES,
	/** Every Land represented where possible. */
	LAENDER,
	/** A minimum per type of Kommune. */
	TYPES,
	/** A minimum per size class. */
	SIZE_CLASSES,
	/** A minimum share from GRW assistance areas. */
	GRW_SHARE,
	/** A minimum share of shrinking Kommunen. */
	SHRINKING_SHARE,
	/** The applications included or excluded by hand. */
	MANUAL;

	/** Message key of the label. */
	public String messageKey() {
		return "programme.selection.constraint." + name();
	}
}
