package de.daks.reporting;

import java.util.Objects;

/** One block of a {@link ReportDocument}. */
public sealed interface ReportBlock {

	/** A section heading; level 1 to 3 (the document title sits above level 1). */
	record Heading(int level, String text) implements ReportBlock {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("Heading level must be 1 to 3, was " + level + " ('" + text + "')");
			}
			Objects.requireNonNull(text, "text");
		}
	}

	/** Plain text; rendered escaped. */
	record Paragraph(String text) implements ReportBlock {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}
	}

	/**
	 * Rich text already sanitised by the owning module (OWASP policy allowing p, h3-h4, ul/ol/li, strong, em,
	 * a[href]).
	 */
	record RichText(String html) implements ReportBlock {

		public RichText {
			Objects.requireNonNull(html, "html");
		}
	}

	/** A table with its caption and source. */
	record Table(DataTable table) implements ReportBlock {

		public Table {
			Objects.requireNonNull(table, "table");
		}
	}

	/** A chart, followed in the document by its data table and source. */
	record Figure(Chart chart) implements ReportBlock {

		public Figure {
			Objects.requireNonNull(chart, "chart");
		}
	}

	/** A short remark set apart from the text, e.g. "Altersgliederung synthetisch" or a source. */
	record Note(String text) implements ReportBlock {

		public Note {
			Objects.requireNonNull(text, "text");
		}
	}
}
