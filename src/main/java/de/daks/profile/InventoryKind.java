package de.daks.profile;

/** What an entry of the inventory (Bestandsaufnahme) is: a measure, a structure or a network. */
public enum InventoryKind {
	MEASURE, STRUCTURE, NETWORK
}
