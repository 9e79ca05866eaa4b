package de.daks.process;

import java.time.Instant;

/**
 * A file attached to a step.
 *
 * @param contentType the type detected from the content at upload (not the browser's claim)
 * @param size in bytes
 */
public record Attachment(AttachmentId id, Step step, String fileName, String contentType, long size,
		String uploadedBy, Instant uploadedAt) {
}
