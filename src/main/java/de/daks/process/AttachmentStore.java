package de.daks.process;

import de.daks.process.AttachmentRejectedException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachment files on disk: checked by content (Apache Tika, never the file name alone), size-limited, stored
 * under a random name so that no user input reaches the file system.
 *
 * <p>Why disk and not a database column: files of up to the configured limit would bloat the database, its
 * backups and replication, and both H2 and PostgreSQL read a blob fully into memory through JDBC; a directory
 * (a shared volume when several app nodes run) streams, and the database keeps only the metadata and a checksum.
 * A file written in a transaction that rolls back is deleted again, so no orphan remains.
 */
@Component
class AttachmentStore implements AttachmentFiles {

	/** PDF, PNG/JPEG images, ODF and OOXML office documents, CSV and plain text. */
	static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.graphics",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private final AttachmentProperties properties;

	private final Tika tika = new Tika();

	AttachmentStore(AttachmentProperties properties) {
		this.properties = properties;
	}

	@Override
	public long maxSize() {
		return properties.maxSize().toBytes();
	}

	// the public API for other modules (AttachmentFiles), on top of the methods the process module uses
	@Override
	public StoredAttachmentFile storeFile(String fileName, long size, InputStream content) {
		StoredFile file = store(fileName, size, content);
		return new StoredAttachmentFile(file.storageName(), file.contentType(), file.size(), file.sha256());
	}

	@Override
	public InputStream openFile(String storageName) throws IOException {
		return Files.newInputStream(path(storageName));
	}

	/**
	 * Checks and stores a file.
	 * @param size the size the client announced; the bytes are counted again while copying
	 * @throws AttachmentRejectedException if the file is empty, too large or of a type that is not allowed
	 */
	StoredFile store(String fileName, long size, InputStream content) {
		if (size == 0) {
			throw new AttachmentRejectedException(Reason.EMPTY, fileName);
		}
		if (size > maxSize()) {
			throw new AttachmentRejectedException(Reason.TOO_LARGE, properties.maxSize().toMegabytes() + " MB");
		}
		try {
			Files.createDirectories(properties.directory());
			Path temp = Files.createTempFile(properties.directory(), "upload-", ".tmp");
			try {
				MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
				long copied;
				try (InputStream in = content; OutputStream out = new DigestOutputStream(Files.newOutputStream(temp),
						sha256)) {
					copied = copyLimited(in, out);
				}
				if (copied == 0) {
					throw new AttachmentRejectedException(Reason.EMPTY, fileName);
				}
				String type;
				try (InputStream in = new BufferedInputStream(Files.newInputStream(temp))) {
					// the name is only a hint for container formats (OOXML is a zip); magic bytes decide
					type = tika.detect(in, fileName);
				}
				if (!ALLOWED.contains(type)) {
					throw new AttachmentRejectedException(Reason.TYPE_NOT_ALLOWED, type);
				}
				String storageName = UUID.randomUUID().toString();
				Path target = properties.directory().resolve(storageName);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				deleteOnRollback(target);
				return new StoredFile(storageName, type, copied, HexFormat.of().formatHex(sha256.digest()));
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Attachment could not be stored", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Path path(String storageName) {
		if (!storageName.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not a storage name: " + storageName);
		}
		return properties.directory().resolve(storageName);
	}

	/** Deletes the file once the transaction that removed its row has committed. */
	@Override
	public void deleteAfterCommit(String storageName) {
		Path file = path(storageName);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteQuietly(file);
				}
			});
		}
		else {
			deleteQuietly(file);
		}
	}

	private long copyLimited(InputStream in, OutputStream out) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > maxSize()) {
				throw new AttachmentRejectedException(Reason.TOO_LARGE, properties.maxSize().toMegabytes() + " MB");
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static void deleteOnRollback(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						deleteQuietly(file);
					}
				}
			});
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a left-over file is harmless: no row points to it
		}
	}

	/** A file as stored: random name, detected type, counted size, SHA-256. */
	record StoredFile(String storageName, String contentType, long size, String sha256) {
	}
}
