package de.daks.plan;

/** A photo of a progress update: stored file, checked type and size in pixels, and its required alt text. */
public record UpdatePhoto(long id, long updateId, String storageName, String contentType, int width, int height,
		String altText) {
}
