package de.daks.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files the browser saves rather than shows: documents, exports, calendar files and uploaded attachments. The file
 * name is sent in both forms of RFC 6266 ({@code filename} and {@code filename*} in UTF-8), so umlauts survive.
 */
public final class Downloads {

	private Downloads() {
	}

	/** A download of a body (bytes or a resource) with a media type such as "application/pdf". */
	public static <T> ResponseEntity<T> attachment(T body, String mediaType, String fileName) {
		return attachment(body, MediaType.parseMediaType(mediaType), fileName);
	}

	/** A download of a body (bytes or a resource). */
	public static <T> ResponseEntity<T> attachment(T body, MediaType mediaType, String fileName) {
		return ResponseEntity.ok()
			.contentType(mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
