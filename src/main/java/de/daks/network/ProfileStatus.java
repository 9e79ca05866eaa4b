package de.daks.network;

/** A profile is listed in the pool only once the Geschäftsstelle has approved it; a change needs approval again. */
public enum ProfileStatus {
	PENDING, APPROVED
}
