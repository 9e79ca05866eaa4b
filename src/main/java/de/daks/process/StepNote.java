package de.daks.process;

import java.time.Instant;

/** A plain-text note on a step (team remarks, the mentor's comments). */
public record StepNote(NoteId id, Step step, String text, String author, Instant createdAt) {
}
