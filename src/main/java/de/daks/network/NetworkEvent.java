package de.daks.network;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event with its programme; materials (text and links) are added afterwards. */
public record NetworkEvent(UUID id, EventKind kind, String title, String description, String programme,
		String location, @Nullable String onlineUrl, Instant startsAt, Instant endsAt, int capacity, String materials) {
}
