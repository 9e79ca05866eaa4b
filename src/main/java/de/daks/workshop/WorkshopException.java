package de.daks.workshop;

/** A request the workshop refuses, with the message key that explains why (e.g. a vote after the session closed). */
public class WorkshopException extends RuntimeException {

	private final String messageKey;

	public WorkshopException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
