package de.daks.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document to export as PDF or DOCX with {@link DocumentRenderer}: a title, the language it is written in, and
 * its blocks in reading order.
 */
public record ReportDocument(String title, Locale locale, @Nullable String subtitle, List<ReportBlock> blocks) {

	public ReportDocument {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(locale, "locale");
		blocks = List.copyOf(blocks);
	}
}
