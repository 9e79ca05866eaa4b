package de.daks.network;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A newsletter subscriber; only confirmed subscribers receive issues. */
public record Subscriber(UUID id, String email, Set<Segment> segments, Status status, String confirmToken,
		String unsubscribeToken, Instant createdAt, @Nullable Instant confirmedAt) {

	public enum Status {
		PENDING, CONFIRMED, UNSUBSCRIBED
	}
}
