package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.UUID;

/**
 * A consultant's invoice awaiting the Kommune's approval, in the cost category chosen when submitting (external
 * consulting, or material costs for public relations and events).
 */
public record Invoice(UUID id, ProgrammeId programme, KommuneId kommune, int year, CostCategory category, Money amount,
		String description,
		String reference, Status status, String submittedBy, Instant submittedAt) {

	public enum Status {
		SUBMITTED, APPROVED, REJECTED;

		public String messageKey() {
			return "funding.invoice.status." + name();
		}
	}

	public boolean isOpen() {
		return status == Status.SUBMITTED;
	}
}
