package de.daks.funding;

import java.util.List;

/**
 * A payment request or decision that breaks a rule – nothing is stored. The message key names the rule; the
 * arguments are amounts in German format, receipt references or {@link CostCategory categories} (to be shown with
 * their label).
 */
public class PaymentRequestException extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> args;

	PaymentRequestException(String messageKey, Object... args) {
		super(messageKey + " " + List.of(args));
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> args() {
		return args;
	}
}
