package de.daks.process;

import de.daks.shared.KommuneId;

/** A file was attached to a step. */
public record AttachmentAdded(KommuneId kommune, Step step, AttachmentId attachment) {
}
