package de.daks.process;

import java.io.IOException;
import java.io.InputStream;

/**
 * The attachment store for other modules (e.g. the programme module's application attachments): files checked by
 * content (Apache Tika), size-limited by {@code daks.attachments.max-size}, stored under a random name; a file
 * written in a transaction that rolls back is deleted again.
 */
public interface AttachmentFiles {

	/**
	 * Checks and stores a file.
	 * @throws AttachmentRejectedException if it is empty, too large or of a type that is not allowed
	 */
	StoredAttachmentFile storeFile(String fileName, long size, InputStream content);

	/** Opens a stored file for reading. */
	InputStream openFile(String storageName) throws IOException;

	/**
	 * Deletes a stored file once the current transaction has committed (at once without a transaction), so that a
	 * rollback keeps the file its row still points to.
	 */
	void deleteAfterCommit(String storageName);

	/** The largest accepted file in bytes. */
	long maxSize();

	/** A stored file: its random storage name, the type detected from its content, size and SHA-256. */
	record StoredAttachmentFile(String storageName, String contentType, long size, String sha256) {
	}
}
