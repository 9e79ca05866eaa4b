package de.daks.network;

import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.toolbox.Theme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A Kommune asks a consultant from the pool; accepting assigns the consultant to the Kommune. */
public record ConsultantRequest(UUID id, UUID profileId, KommuneId kommune, Set<Theme> themes, @Nullable Step step,
		@Nullable BigDecimal budget, @Nullable Integer days, String message, Status status, UUID requestedBy,
		Instant createdAt, @Nullable Instant decidedAt) {

	public enum Status {
		REQUESTED, ACCEPTED, DECLINED
	}
}
