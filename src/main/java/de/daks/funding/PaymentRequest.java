package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Kommune's request to the office to pay out booked expenses of a year (Mittelabruf): it lists the receipts it
 * claims, and its amount is their exact sum. (Requests from before receipts were listed have no items.)
 *
 * @param reason the office's reason for its decision (required for a rejection), null while open
 */
public record PaymentRequest(UUID id, ProgrammeId programme, KommuneId kommune, int year, Money amount, String note,
		Status status, Instant requestedAt, @Nullable String reason, List<Item> items) {

	public PaymentRequest {
		items = List.copyOf(items);
	}

	public enum Status {
		REQUESTED, PAID, REJECTED;

		public String messageKey() {
			return "funding.payment.status." + name();
		}
	}

	/** A claimed receipt: an expense booking with the amount claimed (the whole booking). */
	public record Item(UUID bookingId, CostCategory category, Money amount, String description, String reference,
			LocalDate bookedOn) {
	}

	public boolean isOpen() {
		return status == Status.REQUESTED;
	}
}
