package de.daks.reporting;

/** Escaping for text that goes into generated XML (SVG, XHTML): content and attribute values alike. */
final class Xml {

	private Xml() {
	}

	/**
	 * Escapes the five markup characters and drops what XML 1.0 does not allow at all (control characters other
	 * than tab, line feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF).
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (allowed(c)) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static boolean allowed(char c) {
		if (Character.isSurrogate(c)) {
			return false; // unpaired
		}
		return c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
	}
}
