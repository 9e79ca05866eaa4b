package de.daks.network;

import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Materials and recordings of an event, added by the Geschäftsstelle afterwards: documents (slides, handouts) up to
 * {@code daks.attachments.max-size}, recording files (audio or video) up to {@code daks.network.recording-max-size}
 * and recording links (https only). Files are checked by content with Apache Tika, never by their name, and stored
 * under a random name below {@code daks.attachments.directory}/network, so no user input reaches the file system.
 * Who may see them is decided by {@link Events#maySeeMaterials}.
 */
@Service
public class EventMaterials {

	/** Documents: PDF, slides and texts (OOXML, ODF), spreadsheets, images, plain text. */
	static final Set<String> DOCUMENTS = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.presentation",
			"application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Recordings: common audio and video containers. */
	static final Set<String> RECORDINGS = Set.of("video/mp4", "audio/mp4", "video/quicktime", "video/webm",
			"audio/webm", "video/ogg", "audio/ogg", "audio/mpeg", "audio/vnd.wave", "audio/x-wav", "video/x-matroska",
			"audio/x-matroska");

	/** What a material is. */
	public enum Kind {
		DOCUMENT, RECORDING_FILE, RECORDING_LINK;

		public boolean file() {
			return this != RECORDING_LINK;
		}
	}

	/** Why a material was refused; each names the field it is about. */
	public enum Refusal {
		TITLE, EMPTY, TOO_LARGE, TYPE, URL
	}

	/** A refused material: nothing was stored. */
	public static class RefusedException extends RuntimeException {

		private final Refusal reason;

		RefusedException(Refusal reason) {
			super("Material refused: " + reason);
			this.reason = reason;
		}

		public Refusal reason() {
			return reason;
		}
	}

	/** A material of an event; files have name, type and size, links a URL. */
	public record Material(UUID id, UUID eventId, Kind kind, String title, @Nullable String fileName,
			@Nullable String contentType, long size, @Nullable String url) {
	}

	private static final int TITLE_MAX = 200;

	private static final int URL_MAX = 500;

	private final JdbcClient jdbc;

	private final Events events;

	private final AuditLog audit;

	private final Clock clock;

	private final Path directory;

	private final long documentMax;

	private final long recordingMax;

	private final Tika tika = new Tika();

	EventMaterials(JdbcClient jdbc, Events events, AuditLog audit, Clock clock,
			@Value("${daks.attachments.directory}") Path directory,
			@Value("${daks.attachments.max-size}") DataSize documentMax,
			@Value("${daks.network.recording-max-size:25MB}") DataSize recordingMax) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.directory = directory.resolve("network");
		this.documentMax = documentMax.toBytes();
		this.recordingMax = recordingMax.toBytes();
	}

	public long documentMax() {
		return documentMax;
	}

	public long recordingMax() {
		return recordingMax;
	}

	/**
	 * Checks and stores a document or recording file; nothing is stored when it is refused.
	 * @param recording true for an audio or video recording, false for a document
	 */
	@Transactional
	public Material store(UUID event, boolean recording, String title, String fileName, InputStream content) {
		events.get(event);
		String t = title(title, fileName);
		long max = recording ? recordingMax : documentMax;
		Path temp = null;
		try {
			Files.createDirectories(directory);
			temp = Files.createTempFile(directory, "upload-", ".part");
			long size;
			try (OutputStream out = Files.newOutputStream(temp)) {
				size = copy(content, out, max + 1);
			}
			if (size == 0) {
				throw new RefusedException(Refusal.EMPTY);
			}
			if (size > max) {
				throw new RefusedException(Refusal.TOO_LARGE);
			}
			String name = fileName(fileName);
			String type;
			try (InputStream in = Files.newInputStream(temp)) {
				type = tika.detect(in, name);
			}
			if (!(recording ? RECORDINGS : DOCUMENTS).contains(type)) {
				throw new RefusedException(Refusal.TYPE);
			}
			UUID id = UUID.randomUUID();
			Files.move(temp, directory.resolve(id.toString()), StandardCopyOption.ATOMIC_MOVE);
			temp = null;
			Material material = new Material(id, event, recording ? Kind.RECORDING_FILE : Kind.DOCUMENT, t, name,
					type, size, null);
			insert(material);
			return material;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// a leftover part file holds nothing referenced
				}
			}
		}
	}

	/** Adds a link to a recording (https, at most 500 characters). */
	@Transactional
	public Material addLink(UUID event, String title, String url) {
		events.get(event);
		String link = validLink(url).orElseThrow(() -> new RefusedException(Refusal.URL));
		String t = title.strip();
		if (t.isEmpty() || t.length() > TITLE_MAX) {
			throw new RefusedException(Refusal.TITLE);
		}
		Material material = new Material(UUID.randomUUID(), event, Kind.RECORDING_LINK, t, null, null, 0, link);
		insert(material);
		return material;
	}

	/** The link if it is an absolute https URL with a host, without spaces, at most 500 characters. */
	public static Optional<String> validLink(String url) {
		String u = url.strip();
		if (u.isEmpty() || u.length() > URL_MAX || u.chars().anyMatch(c -> Character.isWhitespace(c) || c < 32)) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(u);
			if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
					|| uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null) {
				return Optional.empty();
			}
			return Optional.of(u);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	@Transactional(readOnly = true)
	public List<Material> of(UUID event) {
		return jdbc.sql("select * from network_event_material where event_id = :e order by kind, created_at, title")
			.param("e", event)
			.query((rs, n) -> new Material(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
					Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("url")))
			.list();
	}

	public Material get(UUID event, UUID material) {
		return of(event).stream().filter(m -> m.id().equals(material)).findFirst()
			.orElseThrow(() -> new NotFoundException("Material " + material));
	}

	/** The stored file of a document or recording file of the event. */
	public Path file(UUID event, UUID material) {
		Material m = get(event, material);
		if (!m.kind().file()) {
			throw new NotFoundException("Material " + material + " is a link");
		}
		return directory.resolve(m.id().toString());
	}

	@Transactional
	public void delete(UUID event, UUID material) {
		Material m = get(event, material);
		jdbc.sql("delete from network_event_material where id = :id").param("id", m.id()).update();
		if (m.kind().file()) {
			try {
				Files.deleteIfExists(directory.resolve(m.id().toString()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		audit.record("network.event.materialDeleted", "Event", event.toString(), null, m.title());
	}

	private void insert(Material m) {
		jdbc.sql("""
				insert into network_event_material (id, event_id, kind, title, file_name, content_type, size_bytes,
				 url, created_at) values (:id, :event, :kind, :title, :file, :type, :size, :url, :now)""")
			.param("id", m.id()).param("event", m.eventId()).param("kind", m.kind().name()).param("title", m.title())
			.param("file", m.fileName()).param("type", m.contentType()).param("size", m.kind().file() ? m.size() : null)
			.param("url", m.url()).param("now", Timestamp.from(clock.instant())).update();
		audit.record("network.event.materialAdded", "Event", m.eventId().toString(), null,
				m.kind() + " " + m.title());
	}

	private static String title(String title, String fileName) {
		String t = title.strip().isEmpty() ? fileName(fileName) : title.strip();
		if (t.length() > TITLE_MAX) {
			throw new RefusedException(Refusal.TITLE);
		}
		return t;
	}

	private static String fileName(String fileName) {
		String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		return name.isEmpty() ? "material" : name.substring(0, Math.min(200, name.length()));
	}

	private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
			out.write(buffer, 0, read);
			total += read;
		}
		return total;
	}
}
