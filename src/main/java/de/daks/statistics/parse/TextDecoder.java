package de.daks.statistics.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns file bytes into text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else ISO-8859-1. */
final class TextDecoder {

	private TextDecoder() {
	}

	record Text(String content, Charset charset, boolean bom) {

		/** Whether the text looks binary or UTF-16 (NUL characters), which no supported format is. */
		boolean looksBinary() {
			int limit = Math.min(content.length(), 4096);
			for (int i = 0; i < limit; i++) {
				if (content.charAt(i) == '\0') {
					return true;
				}
			}
			return false;
		}

		/** The 1-based line where a text first occurs, 0 if nowhere. */
		int firstLineWith(String needle) {
			int at = content.indexOf(needle);
			if (at < 0) {
				return 0;
			}
			int line = 1;
			for (int i = 0; i < at; i++) {
				char c = content.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n'))) {
					line++;
				}
			}
			return line;
		}

		/** Whether UTF-8 text was read as ISO-8859-1 somewhere before ("Ã¶" for "ö"). */
		boolean looksDoublyEncoded() {
			return content.contains("Ã¤") || content.contains("Ã¶") || content.contains("Ã¼") || content.contains("ÃŸ");
		}
	}

	static Text decode(byte[] bytes) {
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf;
		int offset = bom ? 3 : 0;
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
			return new Text(text, StandardCharsets.UTF_8, bom);
		}
		catch (CharacterCodingException ex) {
			return new Text(new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1),
					StandardCharsets.ISO_8859_1, bom);
		}
	}

	/** Splits text into lines (LF, CRLF or CR); a trailing empty line is dropped. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < n) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	/** Splits one line at a separator, honouring double quotes ("a;b" stays one cell, "" is a quote). */
	static List<String> cells(String line, char separator) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.toString().isBlank()) {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
