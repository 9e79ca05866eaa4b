package de.daks.network;

import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's registration for an event, possibly on behalf of a Kommune. */
public record Registration(UUID id, UUID eventId, UUID userId, String name, String email,
		@Nullable KommuneId kommune, Status status, Instant registeredAt, boolean attended) {

	public enum Status {
		REGISTERED, WAITING, CANCELLED
	}
}
