package de.daks.toolbox;

import de.daks.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Files attached to Werkzeugkoffer entries (worksheets, slides, recordings' handouts): checked by content with
 * Apache Tika (never by the name), at most {@code daks.attachments.max-size}, stored under a random name below
 * {@code daks.attachments.directory}/toolbox so that no user input reaches the file system.
 */
@Service
public class ToolboxAttachments {

	/** PDF, images, ODF and OOXML documents, plain text. */
	static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.presentation",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	/** Why a file was refused. */
	public enum Refusal {
		EMPTY, TOO_LARGE, TYPE
	}

	/** A refused file. */
	public static class RefusedException extends RuntimeException {

		private final Refusal reason;

		RefusedException(Refusal reason) {
			super("Attachment refused: " + reason);
			this.reason = reason;
		}

		public Refusal reason() {
			return reason;
		}
	}

	/** An attachment's metadata. */
	public record Attachment(UUID id, UUID entryId, String fileName, String contentType, long size) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Path directory;

	private final long maxSize;

	private final Tika tika = new Tika();

	ToolboxAttachments(JdbcClient jdbc, Clock clock, @Value("${daks.attachments.directory}") Path directory,
			@Value("${daks.attachments.max-size}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.directory = directory.resolve("toolbox");
		this.maxSize = maxSize.toBytes();
	}

	public long maxSize() {
		return maxSize;
	}

	/** Checks and stores a file; nothing is stored when it is refused. */
	@Transactional
	public Attachment store(UUID entry, String fileName, InputStream content) {
		byte[] bytes;
		try {
			bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (bytes.length == 0) {
			throw new RefusedException(Refusal.EMPTY);
		}
		if (bytes.length > maxSize) {
			throw new RefusedException(Refusal.TOO_LARGE);
		}
		String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		name = name.isEmpty() ? "anhang" : name.substring(0, Math.min(200, name.length()));
		String type;
		try {
			type = tika.detect(new ByteArrayInputStream(bytes), name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!ALLOWED.contains(type)) {
			throw new RefusedException(Refusal.TYPE);
		}
		UUID id = UUID.randomUUID();
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(id.toString()), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		jdbc.sql("""
				insert into toolbox_attachment (id, entry_id, file_name, content_type, size_bytes, created_at)
				values (:id, :entry, :name, :type, :size, :now)""")
			.param("id", id).param("entry", entry).param("name", name).param("type", type)
			.param("size", (long) bytes.length).param("now", Timestamp.from(clock.instant())).update();
		return new Attachment(id, entry, name, type, bytes.length);
	}

	@Transactional(readOnly = true)
	public List<Attachment> of(UUID entry) {
		return jdbc.sql("select * from toolbox_attachment where entry_id = :e order by created_at, file_name")
			.param("e", entry).query((rs, n) -> new Attachment(rs.getObject("id", UUID.class),
					rs.getObject("entry_id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
					rs.getLong("size_bytes")))
			.list();
	}

	/** The file of an attachment of the entry. */
	public Path file(UUID entry, UUID attachment) {
		if (of(entry).stream().noneMatch(a -> a.id().equals(attachment))) {
			throw new NotFoundException("Attachment " + attachment);
		}
		return directory.resolve(attachment.toString());
	}
}
