package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.UUID;

/** A consultant's invoice (external consulting) awaiting the Kommune's approval. */
public record Invoice(UUID id, ProgrammeId programme, KommuneId kommune, int year, Money amount, String description,
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
