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

	/**
	 * A photo (PNG or JPEG) with its alternative text and an optional caption; {@code width} and {@code height} are
	 * its pixel size (for the aspect ratio on the page).
	 */
	record Image(byte[] data, String mediaType, int width, int height, String alternativeText,
			@org.jspecify.annotations.Nullable String caption) implements ReportBlock {

		public Image {
			Objects.requireNonNull(data, "data");
			if (!"image/png".equals(mediaType) && !"image/jpeg".equals(mediaType)) {
				throw new IllegalArgumentException("Only PNG and JPEG images, was " + mediaType);
			}
			if (width < 1 || height < 1) {
				throw new IllegalArgumentException("Image size must be positive, was " + width + "x" + height);
			}
			if (alternativeText == null || alternativeText.isBlank()) {
				throw new IllegalArgumentException("An image needs an alternative text");
			}
		}
	}
}
