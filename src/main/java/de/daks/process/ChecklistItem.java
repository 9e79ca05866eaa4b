package de.daks.process;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One checklist item of a step, with its text in the reader's language.
 *
 * @param productDefault true for the items DAKS suggests, false for the team's own
 * @param doneBy who ticked it, null while open
 */
public record ChecklistItem(ChecklistItemId id, Step step, String text, boolean productDefault, boolean done,
		@Nullable Instant doneAt, @Nullable String doneBy) {
}
