package de.daks.network;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An issue of the newsletter: a draft until sent. */
public record NewsletterIssue(UUID id, String subject, String body, Set<Segment> segments, boolean sent,
		Instant createdAt, @Nullable Instant sentAt, int recipients) {
}
