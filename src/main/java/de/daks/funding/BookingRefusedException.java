package de.daks.funding;

/** A booking that the rules block (over the limit) or that is not eligible; nothing is stored. */
public class BookingRefusedException extends RuntimeException {

	private final transient BookingCheck check;

	BookingRefusedException(BookingCheck check) {
		super("Booking refused: " + check.outcome() + ", remaining " + check.remaining());
		this.check = check;
	}

	public BookingCheck check() {
		return check;
	}
}
