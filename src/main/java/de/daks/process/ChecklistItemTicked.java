package de.daks.process;

import de.daks.shared.KommuneId;

/** A checklist item was ticked ({@code done} true) or unticked. */
public record ChecklistItemTicked(KommuneId kommune, Step step, ChecklistItemId item, boolean done) {
}
