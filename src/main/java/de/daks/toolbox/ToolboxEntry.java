package de.daks.toolbox;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An entry with its current (latest) version. */
public record ToolboxEntry(UUID id, String slug, EntryStatus status, int version, EntryContent content,
		@Nullable UUID proposedByUser, @Nullable UUID proposedByKommune, Instant createdAt,
		@Nullable Instant publishedAt, Instant versionAt, String versionBy) {

	public String title() {
		return content.title();
	}

	public boolean published() {
		return status == EntryStatus.PUBLISHED;
	}
}
