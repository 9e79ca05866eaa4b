package de.daks.programme.call;

/** The documented will of the Kommune (mandatory): a council decision, a support letter of the administration's head. */
public enum Commitment {
	NONE, COUNCIL_DECISION, SUPPORT_LETTER, OTHER;

	public String messageKey() {
		return "programme.commitment." + name();
	}
}
