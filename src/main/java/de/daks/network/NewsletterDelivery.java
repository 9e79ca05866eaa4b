package de.daks.network;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The state of one issue for one subscriber: PENDING, SENDING (claimed, mail going out), RETRY (failed, tried again
 * later), SENT, FAILED (attempts used up, or interrupted while sending – never repeated, to send nobody twice) or
 * SKIPPED (unsubscribed before it was their turn).
 */
public record NewsletterDelivery(UUID subscriberId, String email, Status status, int attempts,
		@Nullable String lastError, @Nullable Instant sentAt) {

	public enum Status {
		PENDING, SENDING, RETRY, SENT, FAILED, SKIPPED
	}

	/** How far the delivery of an issue is: recipients in all (without skipped ones), sent, failed, open. */
	public record Counts(int total, int sent, int failed, int skipped) {

		public int open() {
			return Math.max(0, total - sent - failed);
		}

		public int done() {
			return sent + failed;
		}
	}
}
