package de.daks.identity;

/** Roles that are not bound to one Kommune. */
public enum GlobalRole {
	/** The programme office: sees and runs everything. */
	GESCHAEFTSSTELLE,
	/** Ministry or evaluation: read-only, programme-wide and aggregated. */
	MINISTERIUM
}
