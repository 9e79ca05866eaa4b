package de.daks.workshop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the moderation set for one photo (an attachment of the process step Zukunftswerkstatt) in a workshop.
 *
 * @param altText the alternative text (required for a publishable photo)
 * @param publishable shown on the public documentation page
 */
public record PhotoSetting(UUID attachmentId, @Nullable String altText, boolean publishable) {
}
