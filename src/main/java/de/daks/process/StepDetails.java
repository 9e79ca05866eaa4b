package de.daks.process;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the step page shows about one step of one Kommune. */
public record StepDetails(Step step, StepStatus status, @Nullable Instant statusChangedAt,
		@Nullable String statusChangedBy, List<ChecklistItem> checklist, List<StepNote> notes,
		List<Attachment> attachments, List<HistoryEntry> history) {

	public long checklistDone() {
		return checklist.stream().filter(ChecklistItem::done).count();
	}
}
