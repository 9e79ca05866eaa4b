package de.daks.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A card on a phase's board.
 *
 * @param column the index into the phase's columns
 * @param authorName the guest's nickname (or null: anonymous); for moderators' cards null as well – the origin says
 *        it was typed by the moderation
 * @param hiddenReason set when a moderator hid the card; hidden cards are never shown to participants
 * @param mergedInto the card this one was merged into
 */
public record Card(long id, Phase phase, int column, String text, @Nullable String authorName, CardOrigin origin,
		@Nullable Long clusterId, @Nullable String hiddenReason, @Nullable Long mergedInto, Instant createdAt) {

	/** Visible to participants: neither hidden nor merged into another card. */
	public boolean visible() {
		return hiddenReason == null && mergedInto == null;
	}
}
