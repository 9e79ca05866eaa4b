package de.daks.process;

import org.springframework.core.io.Resource;

/** An attachment with its bytes, for the download. */
public record AttachmentContent(Attachment attachment, Resource content) {
}
