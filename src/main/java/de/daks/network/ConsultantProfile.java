package de.daks.network;

import de.daks.process.Step;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A consultant or process facilitator in the pool. Daily rates in EUR (net). */
public record ConsultantProfile(UUID id, UUID userId, String displayName, String organisation, Set<Theme> themes,
		Set<ConsultingMethod> methods, Set<Step> steps, Set<Land> regions, boolean nationwide, String languages,
		String references, BigDecimal rateMin, BigDecimal rateMax, int daysPerMonth, @Nullable LocalDate availableFrom,
		ProfileStatus status, Instant updatedAt, @Nullable Instant approvedAt) {

	public boolean approved() {
		return status == ProfileStatus.APPROVED;
	}
}
