package de.daks.programme.call;

import java.time.Instant;
import java.util.UUID;

/** A file attached to an application (council decision, support letter …), checked by content and size. */
public record ApplicationAttachment(UUID id, ApplicationId application, String fileName, String storageName,
		String contentType, long size, Instant uploadedAt) {
}
