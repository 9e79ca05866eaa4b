package de.daks.plan;

/** A rule of the plan was broken; the message key (messages/plan.properties) names the rule for the user. */
public class PlanException extends RuntimeException {

	private final String messageKey;

	public PlanException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
