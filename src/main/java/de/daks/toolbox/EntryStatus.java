package de.daks.toolbox;

/** Proposed by a Kommune (visible to the Geschäftsstelle and the proposer), published, or rejected. */
public enum EntryStatus {
	PROPOSED, PUBLISHED, REJECTED
}
