package de.daks.territory;

/**
 * A quarter cannot be saved as given. Pages show it next to the field: the message is
 * {@code territory.quarter.error.<code>} with the detail as argument.
 */
public class QuarterException extends RuntimeException {

	private final String field;

	private final String code;

	private final String detail;

	public QuarterException(String field, String code, String detail) {
		super(field + ": " + code + (detail.isEmpty() ? "" : " (" + detail + ")"));
		this.field = field;
		this.code = code;
		this.detail = detail;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	public String detail() {
		return detail;
	}
}
