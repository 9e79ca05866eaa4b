package de.daks.process;

import java.time.Instant;

/**
 * One line of a step's history.
 *
 * @param detail what the change was about: the new status name, the item text, the file name …
 */
public record HistoryEntry(Step step, Instant occurredAt, String actor, Kind kind, String detail) {

	public enum Kind {
		STATUS_CHANGED, ITEM_TICKED, ITEM_UNTICKED, ITEM_ADDED, NOTE_ADDED, ATTACHMENT_ADDED, ATTACHMENT_DELETED,
		STAKEHOLDER_ADDED, STAKEHOLDER_CHANGED, STAKEHOLDER_DELETED, AGENDA_CHANGED, MINUTES_SAVED,
		NEXT_STEP_ADDED, NEXT_STEP_DONE, NEXT_STEP_REOPENED, NEXT_STEP_DELETED;

		public String messageKey() {
			return "process.history." + name();
		}
	}
}
