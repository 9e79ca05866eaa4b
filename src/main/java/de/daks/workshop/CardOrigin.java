package de.daks.workshop;

/** Who wrote a card: a participant on their device, a moderator from the room, or a moderator from a paper card. */
public enum CardOrigin {
	PARTICIPANT, MODERATOR, PAPER
}
