package de.daks.process;

import de.daks.shared.KommuneId;

/** Someone wrote a note on a step (e.g. the mentor commented). */
public record StepNoteAdded(KommuneId kommune, Step step, NoteId note) {
}
