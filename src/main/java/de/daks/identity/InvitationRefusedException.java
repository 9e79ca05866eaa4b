package de.daks.identity;

/** An invitation or membership change that the rules forbid; the message key explains why to the user. */
class InvitationRefusedException extends RuntimeException {

	private final String messageKey;

	InvitationRefusedException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
