package de.daks.review;

/**
 * A rule of the review was broken; the message key (messages/review.properties) names the rule for the user, the
 * arguments fill it in (e.g. the measure whose decision broke a rule of the plan).
 */
public class ReviewException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ReviewException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
