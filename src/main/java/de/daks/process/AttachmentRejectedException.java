package de.daks.process;

/**
 * An upload was refused; nothing of it was stored.
 *
 * @see Reason
 */
public class AttachmentRejectedException extends RuntimeException {

	/** Why: the message key {@code process.attachment.rejected.<REASON>} explains it to the user. */
	public enum Reason {
		EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED
	}

	private final Reason reason;

	private final String detail;

	public AttachmentRejectedException(Reason reason, String detail) {
		super(reason + ": " + detail);
		this.reason = reason;
		this.detail = detail;
	}

	public Reason reason() {
		return reason;
	}

	/** The limit or the detected type, for the message. */
	public String detail() {
		return detail;
	}
}
