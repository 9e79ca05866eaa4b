package de.daks.identity;

/** The role a user has in one Kommune (a membership). */
public enum KommuneRole {
	/** Demografiebeauftragte/r: runs the Kommune's process and its team. */
	KOORDINATION,
	/** Team member of the Kommune. */
	MITGLIED,
	/** External consultant or process facilitator assigned to the Kommune. */
	BERATUNG,
	/** Experienced Kommune accompanying this one: reads and comments. */
	MENTOR
}
