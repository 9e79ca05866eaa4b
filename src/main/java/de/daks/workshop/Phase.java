package de.daks.workshop;

/** The three phases of a Zukunftswerkstatt, in order. */
public enum Phase {
	CRITIQUE, FANTASY, REALISATION
}
