package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.time.LocalDate;
import java.util.UUID;

/** A commitment or expense of a Kommune in a programme, year and category. */
public record Booking(UUID id, ProgrammeId programme, KommuneId kommune, int year, CostCategory category,
		BookingKind kind, Money amount, String description, String reference, LocalDate bookedOn) {
}
