package de.daks.network;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An RFC 5545 calendar file for one event: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
 * character), TEXT values escaped (backslash, semicolon, comma, newline), times in UTC.
 */
public final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	public static String of(NetworkEvent event, String url, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//DAKS//Veranstaltungen//DE");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + event.id() + "@daks");
		line(out, "DTSTAMP:" + UTC.format(stamp));
		line(out, "DTSTART:" + UTC.format(event.startsAt()));
		line(out, "DTEND:" + UTC.format(event.endsAt()));
		line(out, "SUMMARY:" + escape(event.title()));
		String description = event.description() + (event.programme().isBlank() ? "" : "\n\n" + event.programme());
		line(out, "DESCRIPTION:" + escape(description));
		line(out, "LOCATION:" + escape(event.onlineUrl() != null && event.location().isBlank() ? event.onlineUrl()
				: event.location()));
		line(out, "URL:" + url);
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
			.replace("\r", "\n").replace("\n", "\\n");
	}

	/** Appends the content line folded to at most 75 octets per physical line. */
	static void line(StringBuilder out, String line) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
				limit = 75;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}
}
