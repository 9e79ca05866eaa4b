package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.UUID;

/** A Kommune's request to the office to pay out booked expenses of a year (Mittelabruf). */
public record PaymentRequest(UUID id, ProgrammeId programme, KommuneId kommune, int year, Money amount, String note,
		Status status, Instant requestedAt) {

	public enum Status {
		REQUESTED, PAID, REJECTED;

		public String messageKey() {
			return "funding.payment.status." + name();
		}
	}

	public boolean isOpen() {
		return status == Status.REQUESTED;
	}
}
