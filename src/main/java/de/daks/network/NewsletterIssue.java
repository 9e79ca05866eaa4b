package de.daks.network;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An issue of the newsletter: a draft until sending starts; while {@code sending} a background job delivers it
 * ({@code jobId}); then sent to {@code recipients} subscribers.
 */
public record NewsletterIssue(UUID id, String subject, String body, Set<Segment> segments, boolean sent,
		Instant createdAt, @Nullable Instant sentAt, int recipients, boolean sending, @Nullable UUID jobId) {

	/** Still editable: neither sending nor sent. */
	public boolean draft() {
		return !sent && !sending;
	}
}
