package de.daks.reporting;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * Exports a {@link ReportDocument} as an accessible PDF or an editable DOCX.
 *
 * <p><b>PDF</b> (openhtmltopdf on PDFBox): the document is built as XHTML with jsoup (text is escaped, rich text
 * re-serialised as well-formed markup), laid out on A4 with page numbers, and written as a tagged PDF following
 * PDF/UA (structure tree, title shown in the window, document language); DejaVu Sans is embedded as a subset; charts
 * stay vector graphics and are followed by their data table and source.
 *
 * <p><b>DOCX</b> (Apache POI): headings use Word's built-in "heading 1" to "heading 3" styles (so the navigation pane
 * and tables of contents work), rich text becomes paragraphs, bullet and numbered lists, bold and italic runs; tables
 * have a repeated header row; charts are PNG images (rendered from the SVG by Batik) with alternative text, each
 * followed by its data table.
 */
@Component
public class DocumentRenderer {

	/** Content type of {@link #pdf(ReportDocument)}. */
	public static final String PDF_MEDIA_TYPE = "application/pdf";

	/** Content type of {@link #docx(ReportDocument)}. */
	public static final String DOCX_MEDIA_TYPE =
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String FONT_FAMILY = "DejaVu Sans";

	private static final Safelist RICH_TEXT = Safelist.basic().addTags("h3", "h4");

	private static final Pattern NUMERIC = Pattern.compile("[-−+]?[0-9][0-9.,\\s  ]*%?");

	/** PNG resolution of charts in DOCX: twice the SVG's view box, for sharp printing. */
	private static final float PNG_SCALE = 2f;

	private final byte[] regular = font("DejaVuSans.ttf");

	private final byte[] bold = font("DejaVuSans-Bold.ttf");

	private final byte[] oblique = font("DejaVuSans-Oblique.ttf");

	/** A tagged, accessible PDF (PDF/UA) of the document on A4 pages. */
	public byte[] pdf(ReportDocument document) {
		org.jsoup.nodes.Document html = xhtml(document);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(oblique), FONT_FAMILY, 400, FontStyle.ITALIC, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withProducer("DAKS");
			builder.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF '" + document.title() + "'", ex);
		}
		return out.toByteArray();
	}

	/** The XHTML document that {@link #pdf(ReportDocument)} lays out. */
	org.jsoup.nodes.Document xhtml(ReportDocument document) {
		Charts.Text text = new Charts.Text(document.locale());
		org.jsoup.nodes.Document html = org.jsoup.nodes.Document.createShell("");
		html.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
			.escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml).charset("UTF-8").prettyPrint(false);
		String language = document.locale().toLanguageTag();
		html.selectFirst("html").attr("lang", language).attr("xml:lang", language);
		Element head = html.head();
		head.appendElement("meta").attr("charset", "UTF-8");
		head.appendElement("title").text(document.title());
		if (document.subtitle() != null) {
			head.appendElement("meta").attr("name", "subject").attr("content", document.subtitle());
		}
		head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css(text)));
		Element body = html.body();
		body.appendElement("h1").text(document.title());
		if (document.subtitle() != null && !document.subtitle().isBlank()) {
			body.appendElement("p").addClass("subtitle").text(document.subtitle());
		}
		for (ReportBlock block : document.blocks()) {
			if (block instanceof ReportBlock.Heading heading) {
				body.appendElement("h" + (heading.level() + 1)).text(heading.text());
			}
			else if (block instanceof ReportBlock.Paragraph paragraph) {
				body.appendElement("p").text(paragraph.text());
			}
			else if (block instanceof ReportBlock.Note note) {
				body.appendElement("p").addClass("note").text(note.text());
			}
			else if (block instanceof ReportBlock.RichText rich) {
				Element div = body.appendElement("div").addClass("rich");
				for (Node node : richTextNodes(rich.html())) {
					div.appendChild(node.clone());
				}
				// PDF/UA wants a description for every link; the link text is the best we have
				div.select("a[href]:not([title])").forEach(link -> link.attr("title", link.text()));
			}
			else if (block instanceof ReportBlock.Table table) {
				appendTable(body, table.table(), text);
			}
			else if (block instanceof ReportBlock.Figure figure) {
				Element div = body.appendElement("div").addClass("figure");
				div.appendElement("p").addClass("figure-title").text(figure.chart().title());
				Element svg = Jsoup.parse(figure.chart().svg(), "", Parser.xmlParser()).selectFirst("svg");
				if (svg == null) {
					throw new IllegalArgumentException("Chart '" + figure.chart().title() + "' has no SVG");
				}
				// openhtmltopdf tags a replaced element as a Figure with the alt text
				svg.attr("alt", alternativeText(figure.chart()));
				div.appendChild(svg);
				appendTable(div, figure.chart().table(), text);
			}
			else if (block instanceof ReportBlock.Image image) {
				Element div = body.appendElement("div").addClass("figure");
				// at most 16 cm wide and 12 cm high on the page, keeping the aspect ratio
				double scale = Math.min(160.0 / image.width(), 120.0 / image.height());
				div.appendElement("img").attr("alt", image.alternativeText())
					.attr("src", "data:" + image.mediaType() + ";base64,"
							+ java.util.Base64.getEncoder().encodeToString(image.data()))
					.attr("style", String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm;",
							image.width() * scale, image.height() * scale));
				if (image.caption() != null && !image.caption().isBlank()) {
					div.appendElement("p").addClass("source").text(image.caption());
				}
			}
		}
		return html;
	}

	private static void appendTable(Element parent, DataTable data, Charts.Text text) {
		Element table = parent.appendElement("table");
		table.appendElement("caption").text(data.caption());
		Element headRow = table.appendElement("thead").appendElement("tr");
		for (int i = 0; i < data.headers().size(); i++) {
			Element header = headRow.appendElement("th").attr("scope", "col").text(data.headers().get(i));
			if (i > 0 && numericColumn(data, i)) {
				header.addClass("num");
			}
		}
		Element tbody = table.appendElement("tbody");
		for (List<String> row : data.rows()) {
			Element tr = tbody.appendElement("tr");
			for (int i = 0; i < row.size(); i++) {
				Element cell = tr.appendElement(i == 0 ? "th" : "td").text(row.get(i));
				if (i == 0) {
					cell.attr("scope", "row");
				}
				else if (numeric(row.get(i))) {
					cell.addClass("num");
				}
			}
		}
		if (data.source() != null) {
			parent.appendElement("p").addClass("source")
				.text(text.message("reporting.chart.source.with", data.source()));
		}
	}

	private static String css(Charts.Text text) {
		String pages = cssString(text.message("reporting.document.page") + " ") + " counter(page) "
				+ cssString(" " + text.message("reporting.document.of") + " ") + " counter(pages)";
		return """
				@page { size: A4; margin: 20mm 18mm 22mm 18mm;
				  @bottom-center { content: %s; font-family: '%s'; font-size: 9pt; color: #57606a; } }
				body { font-family: '%s'; font-size: 10.5pt; line-height: 1.4; color: #1b1f24; margin: 0; }
				/* a trailing margin must not spill onto an empty last page */
				body > *:last-child, .figure > *:last-child { margin-bottom: 0; }
				h1 { font-size: 20pt; margin: 0 0 3mm 0; }
				h2 { font-size: 15pt; margin: 8mm 0 3mm 0; page-break-after: avoid; }
				h3 { font-size: 12.5pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }
				h4 { font-size: 11pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }
				p { margin: 0 0 2.5mm 0; }
				.subtitle { font-size: 12pt; color: #57606a; margin-bottom: 6mm; }
				.note { font-size: 9.5pt; color: #3d444d; border-left: 2pt solid #8c959f; padding-left: 3mm; }
				.source { font-size: 9pt; color: #57606a; }
				.figure { margin: 4mm 0 6mm 0; }
				.figure-title { font-weight: bold; page-break-after: avoid; }
				svg { page-break-inside: avoid; }
				table { width: 100%%; border-collapse: collapse; margin: 2mm 0; font-size: 9pt; -fs-table-paginate: paginate; }
				caption { text-align: left; font-weight: bold; padding: 1mm 0; }
				th, td { border-bottom: 0.5pt solid #8c959f; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
				thead th { border-bottom: 1pt solid #1b1f24; background-color: #eef2f6; }
				tr { page-break-inside: avoid; }
				td.num, th.num { text-align: right; }
				a { color: #0b4f8a; }
				""".formatted(pages, FONT_FAMILY, FONT_FAMILY);
	}

	private static String cssString(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	/** A DOCX (Office Open XML) of the document that can be edited in Word or LibreOffice. */
	public byte[] docx(ReportDocument document) {
		Charts.Text text = new Charts.Text(document.locale());
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			String language = document.locale().toLanguageTag();
			XWPFStyles styles = docx.createStyles();
			styles.setSpellingLanguage(language);
			defineStyles(styles);
			Lists lists = new Lists(docx.createNumbering());
			docx.getProperties().getCoreProperties().setTitle(document.title());
			docx.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
			if (document.subtitle() != null) {
				docx.getProperties().getCoreProperties().setSubjectProperty(document.subtitle());
			}
			styled(docx, "Title").createRun().setText(document.title());
			if (document.subtitle() != null && !document.subtitle().isBlank()) {
				styled(docx, "Subtitle").createRun().setText(document.subtitle());
			}
			int figures = 0;
			for (ReportBlock block : document.blocks()) {
				if (block instanceof ReportBlock.Heading heading) {
					styled(docx, "Heading" + heading.level()).createRun().setText(heading.text());
				}
				else if (block instanceof ReportBlock.Paragraph paragraph) {
					docx.createParagraph().createRun().setText(paragraph.text());
				}
				else if (block instanceof ReportBlock.Note note) {
					styled(docx, "Note").createRun().setText(note.text());
				}
				else if (block instanceof ReportBlock.RichText rich) {
					richText(docx, lists, rich.html());
				}
				else if (block instanceof ReportBlock.Table table) {
					docxTable(docx, table.table(), text);
				}
				else if (block instanceof ReportBlock.Figure figure) {
					figures++;
					styled(docx, "Caption").createRun().setText(figure.chart().title());
					picture(docx, figure.chart(), figures);
					docxTable(docx, figure.chart().table(), text);
				}
				else if (block instanceof ReportBlock.Image image) {
					figures++;
					picture(docx, image, figures);
					if (image.caption() != null && !image.caption().isBlank()) {
						styled(docx, "Caption").createRun().setText(image.caption());
					}
				}
			}
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the DOCX '" + document.title() + "'", ex);
		}
	}

	private static XWPFParagraph styled(XWPFDocument docx, String style) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setStyle(style);
		return paragraph;
	}

	/** Word's built-in styles by their built-in names, so Word treats them as its own (navigation pane, TOC). */
	private static void defineStyles(XWPFStyles styles) {
		CTStyle normal = CTStyle.Factory.newInstance();
		normal.setStyleId("Normal");
		normal.setType(STStyleType.PARAGRAPH);
		normal.setDefault(true);
		normal.addNewName().setVal("Normal");
		normal.addNewQFormat();
		normal.addNewRPr().addNewSz().setVal(BigInteger.valueOf(22));
		styles.addStyle(new XWPFStyle(normal, styles));
		addStyle(styles, "Title", "Title", 0, 28, true, false, null);
		addStyle(styles, "Subtitle", "Subtitle", -1, 14, false, false, "57606A");
		addStyle(styles, "Heading1", "heading 1", 0, 18, true, false, null);
		addStyle(styles, "Heading2", "heading 2", 1, 14, true, false, null);
		addStyle(styles, "Heading3", "heading 3", 2, 12, true, false, null);
		addStyle(styles, "Caption", "caption", -1, 10, true, false, null);
		addStyle(styles, "Note", "Note", -1, 9, false, true, "3D444D");
		addStyle(styles, "Source", "Source", -1, 9, false, false, "57606A");
	}

	private static void addStyle(XWPFStyles styles, String id, String name, int outlineLevel, int points,
			boolean boldText, boolean italic, @Nullable String colour) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewBasedOn().setVal("Normal");
		style.addNewNext().setVal("Normal");
		style.addNewQFormat();
		if (outlineLevel >= 0) {
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			CTPPrGeneral paragraph = style.addNewPPr();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
			paragraph.addNewKeepNext();
			paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		}
		CTRPr run = style.addNewRPr();
		run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
		if (boldText) {
			run.addNewB();
		}
		if (italic) {
			run.addNewI();
		}
		if (colour != null) {
			run.addNewColor().setVal(colour);
		}
		styles.addStyle(new XWPFStyle(style, styles));
	}

	private static void docxTable(XWPFDocument docx, DataTable data, Charts.Text text) {
		styled(docx, "Caption").createRun().setText(data.caption());
		XWPFTable table = docx.createTable(data.rows().size() + 1, data.headers().size());
		table.setWidth("100%");
		for (int r = 0; r <= data.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r);
			List<String> cells = r == 0 ? data.headers() : data.rows().get(r - 1);
			if (r == 0) {
				row.setRepeatHeader(true);
			}
			for (int c = 0; c < cells.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				if (r > 0 && c > 0 && numeric(cells.get(c))) {
					paragraph.setAlignment(ParagraphAlignment.RIGHT);
				}
				XWPFRun run = paragraph.createRun();
				run.setText(cells.get(c));
				run.setBold(r == 0);
			}
		}
		if (data.source() != null) {
			styled(docx, "Source").createRun().setText(text.message("reporting.chart.source.with", data.source()));
		}
	}

	private void picture(XWPFDocument docx, Chart chart, int number) {
		Element svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser()).selectFirst("svg");
		double width = svg == null ? Charts.WIDTH : Double.parseDouble(svg.attr("width"));
		double height = svg == null ? Charts.WIDTH / 2 : Double.parseDouble(svg.attr("height"));
		byte[] png = png(chart.svg(), (float) (width * PNG_SCALE));
		// 16 cm wide on the page
		double cm = 16;
		int emuWidth = (int) Math.round(cm / 2.54 * Units.EMU_PER_INCH);
		int emuHeight = (int) Math.round(emuWidth * height / width);
		XWPFRun run = docx.createParagraph().createRun();
		try {
			run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart-" + number + ".png",
					emuWidth, emuHeight);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException ex) {
			throw new IllegalStateException("Could not add the chart '" + chart.title() + "' to the DOCX", ex);
		}
		// alternative text: Word reads the drawing's docPr, other readers the picture's own properties
		String alternativeText = alternativeText(chart);
		CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
		inline.getDocPr().setTitle(chart.title());
		inline.getDocPr().setDescr(alternativeText);
		run.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr().setDescr(alternativeText);
	}

	private static void picture(XWPFDocument docx, ReportBlock.Image image, int number) {
		// at most 16 cm wide and 12 cm high on the page
		double scale = Math.min(16.0 / image.width(), 12.0 / image.height());
		int emuWidth = (int) Math.round(image.width() * scale / 2.54 * Units.EMU_PER_INCH);
		int emuHeight = (int) Math.round(image.height() * scale / 2.54 * Units.EMU_PER_INCH);
		boolean png = "image/png".equals(image.mediaType());
		XWPFRun run = docx.createParagraph().createRun();
		try {
			run.addPicture(new ByteArrayInputStream(image.data()), png ? Document.PICTURE_TYPE_PNG
					: Document.PICTURE_TYPE_JPEG, "photo-" + number + (png ? ".png" : ".jpg"), emuWidth, emuHeight);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException ex) {
			throw new IllegalStateException("Could not add photo " + number + " to the DOCX", ex);
		}
		CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
		inline.getDocPr().setDescr(image.alternativeText());
		run.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr().setDescr(image.alternativeText());
	}

	/** Renders the SVG to a PNG of the given pixel width (Batik). */
	static byte[] png(String svg, float width) {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
		}
		catch (TranscoderException ex) {
			throw new IllegalArgumentException("Could not render a chart to PNG: " + ex.getMessage(), ex);
		}
		return out.toByteArray();
	}

	/** Title and summary of the chart (its SVG {@code <desc>}). */
	static String alternativeText(Chart chart) {
		Element desc = Jsoup.parse(chart.svg(), "", Parser.xmlParser()).selectFirst("svg > desc");
		return desc == null || desc.text().isBlank() ? chart.title() : chart.title() + ". " + desc.text();
	}

	private static void richText(XWPFDocument docx, Lists lists, String html) {
		for (Node node : richTextNodes(html)) {
			if (node instanceof Element element) {
				switch (element.normalName()) {
					case "h1", "h2", "h3", "h4", "h5", "h6" -> inline(styled(docx, "Heading3"), element, false, false);
					case "ul", "ol" -> {
						BigInteger numbering = lists.start("ol".equals(element.normalName()));
						for (Element item : element.children()) {
							XWPFParagraph paragraph = docx.createParagraph();
							paragraph.setNumID(numbering);
							paragraph.setNumILvl(BigInteger.ZERO);
							inline(paragraph, item, false, false);
						}
					}
					default -> inline(docx.createParagraph(), element, false, false);
				}
			}
			else if (node instanceof TextNode textNode && !textNode.isBlank()) {
				docx.createParagraph().createRun().setText(textNode.text());
			}
		}
	}

	/**
	 * The nodes of a rich text block. The owning module has sanitised it already; cleaning again with jsoup's basic
	 * safelist (plus h3, h4) is defence in depth and guarantees the renderers only meet elements they know.
	 */
	private static List<Node> richTextNodes(String html) {
		return Jsoup.parseBodyFragment(Jsoup.clean(html, RICH_TEXT)).body().childNodes();
	}

	/** Appends the inline content of an element as runs (bold, italic, links, line breaks). */
	private static void inline(XWPFParagraph paragraph, Element element, boolean boldText, boolean italic) {
		for (Node node : element.childNodes()) {
			if (node instanceof TextNode textNode) {
				if (!textNode.text().isEmpty()) {
					XWPFRun run = paragraph.createRun();
					run.setText(textNode.text());
					run.setBold(boldText);
					run.setItalic(italic);
				}
			}
			else if (node instanceof Element child) {
				switch (child.normalName()) {
					case "strong", "b" -> inline(paragraph, child, true, italic);
					case "em", "i" -> inline(paragraph, child, boldText, true);
					case "br" -> paragraph.createRun().addBreak();
					case "a" -> {
						XWPFRun run = child.hasAttr("href") ? paragraph.createHyperlinkRun(child.attr("href"))
								: paragraph.createRun();
						run.setText(child.text());
						run.setBold(boldText);
						run.setItalic(italic);
						run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
						run.setColor("0B4F8A");
					}
					default -> inline(paragraph, child, boldText, italic);
				}
			}
		}
	}

	/** Numbering definitions for bullet and numbered lists; every numbered list starts again at 1. */
	private static final class Lists {

		private final XWPFNumbering numbering;

		private @Nullable BigInteger bullets;

		private @Nullable BigInteger bulletsAbstract;

		private @Nullable BigInteger decimalAbstract;

		private int nextAbstractId;

		Lists(XWPFNumbering numbering) {
			this.numbering = numbering;
		}

		BigInteger start(boolean ordered) {
			if (!ordered) {
				if (bullets == null) {
					bulletsAbstract = abstractNum(STNumberFormat.BULLET, "•");
					bullets = numbering.addNum(bulletsAbstract);
				}
				return bullets;
			}
			if (decimalAbstract == null) {
				decimalAbstract = abstractNum(STNumberFormat.DECIMAL, "%1.");
			}
			BigInteger id = numbering.addNum(decimalAbstract);
			// a new w:num with a start override, so each numbered list counts from 1
			var num = numbering.getNum(id).getCTNum();
			var override = num.addNewLvlOverride();
			override.setIlvl(BigInteger.ZERO);
			override.addNewStartOverride().setVal(BigInteger.ONE);
			return id;
		}

		private BigInteger abstractNum(STNumberFormat.Enum format, String levelText) {
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.valueOf(nextAbstractId++));
			CTLvl level = definition.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewStart().setVal(BigInteger.ONE);
			level.addNewNumFmt().setVal(format);
			level.addNewLvlText().setVal(levelText);
			var indent = level.addNewPPr().addNewInd();
			indent.setLeft(BigInteger.valueOf(720));
			indent.setHanging(BigInteger.valueOf(360));
			return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
		}
	}

	/** A column whose cells are all numbers or the missing-value dash. */
	private static boolean numericColumn(DataTable data, int column) {
		return !data.rows().isEmpty() && data.rows().stream()
			.map(row -> row.get(column).strip())
			.allMatch(cell -> cell.isEmpty() || "–".equals(cell) || numeric(cell));
	}

	static boolean numeric(String cell) {
		return NUMERIC.matcher(cell.strip()).matches();
	}

	private static byte[] font(String file) {
		try (InputStream in = DocumentRenderer.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font /fonts/" + file + " is missing from the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
