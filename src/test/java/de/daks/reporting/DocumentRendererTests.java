package de.daks.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.reporting.Charts.Bar;
import de.daks.reporting.Charts.Point;
import de.daks.reporting.Charts.PyramidBand;
import de.daks.reporting.Charts.Series;
import de.daks.reporting.ReportBlock.Figure;
import de.daks.reporting.ReportBlock.Heading;
import de.daks.reporting.ReportBlock.Note;
import de.daks.reporting.ReportBlock.Paragraph;
import de.daks.reporting.ReportBlock.RichText;
import de.daks.reporting.ReportBlock.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Renders real documents and reads them back with PDFBox and POI. */
@Tag("no-database")
class DocumentRendererTests {

	private final DocumentRenderer renderer = new DocumentRenderer();

	static ReportDocument sample(Locale locale) {
		List<PyramidBand> bands = List.of(new PyramidBand("0–19", 1200, 1100), new PyramidBand("20–64", 3000, 2900),
				new PyramidBand("65+", 900, 1250));
		Chart pyramid = Charts.agePyramid("Altersaufbau Musterstadt 2024", bands, null, "Statistikamt Nord", locale);
		Chart line = Charts.lineChart("Bevölkerungsentwicklung", "Einwohner",
				List.of(new Series("Beobachtet", List.of(new Point(2015, 21000), new Point(2024, 21980)), false),
						new Series("Vorausberechnung", List.of(new Point(2024, 21980, 21980.0, 21980.0),
								new Point(2040, 22100, 20900.0, 23400.0)), true)),
				"Eigene Vorausberechnung", locale);
		Chart bar = Charts.barChart("Anteil 65+", "Prozent", List.of(new Bar("Musterstadt", 24.75, true),
				new Bar("Kreis", 22.5, false), new Bar("Schleswig-Holstein", 23.1, false)), null, locale);
		DataTable inventory = new DataTable("Bestandsaufnahme", List.of("Angebot", "Träger", "seit"),
				List.of(List.of("Seniorentreff Süd", "Gemeinde", "2019"),
						List.of("Bürgerbus", "Verein Mobilität & Öffis e. V.", "2021")),
				"Eigene Erhebung");
		return new ReportDocument("Kommunalprofil Musterstadt", locale, "Stand: 4. Dezember 2026", List.of(
				new Heading(1, "Grundlagen"),
				new Paragraph("Die Gemeinde hat 21.980 Einwohnerinnen und Einwohner; Größe & Lage <Küste>."),
				new Note("Altersgliederung synthetisch"),
				new Figure(pyramid),
				new Heading(2, "Entwicklung"),
				new Figure(line),
				new Heading(3, "Vergleich"),
				new Figure(bar),
				new Heading(1, "Bildung"),
				new RichText("<h3>Schulen</h3><p>Zwei <strong>Grundschulen</strong> und eine <em>Gemeinschaftsschule"
						+ "</em>.<br>Mehr unter <a href=\"https://example.org/schulen\">Schulen</a></p>"
						+ "<ul><li>Grundschule Nord</li><li>Grundschule Süd</li></ul>"
						+ "<ol><li>Erstens</li><li>Zweitens</li></ol><p>Ende<script>alert(1)</script>"),
				new Table(inventory)));
	}

	@Test
	void pdfIsTaggedWithEmbeddedFontsTitleAndLanguage() throws IOException {
		// when
		byte[] pdf = renderer.pdf(sample(Locale.GERMAN));
		// then
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kommunalprofil Musterstadt", "Grundlagen", "Entwicklung", "Vergleich",
					"Größe & Lage <Küste>", "Altersgliederung synthetisch", "Seniorentreff Süd",
					"Verein Mobilität & Öffis e. V.", "Grundschulen", "Grundschule Süd", "Quelle: Statistikamt Nord",
					"Quelle: Eigene Erhebung", "3.000", "24,75", "Alter",
					"Seite 1 von");
			assertThat(text).doesNotContain("alert");
			assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Kommunalprofil Musterstadt");
			assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points")
				.isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));

			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				collectFonts(page.getResources(), fonts, new HashSet<>());
			}
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
			assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("DejaVuSans-Bold"));

			List<String> types = new ArrayList<>();
			List<String> alternativeTexts = new ArrayList<>();
			collectStructure(document.getDocumentCatalog().getStructureTreeRoot(), types, alternativeTexts);
			assertThat(types).contains("H1", "H2", "H3", "H4", "P", "Table", "TH", "TD", "L", "LI", "Figure");
			assertThat(alternativeTexts).anySatisfy(alt -> assertThat(alt).startsWith("Altersaufbau Musterstadt 2024.")
				.contains("Männer insgesamt 5.100"));
		}
	}

	@Test
	void pdfInEnglish() throws IOException {
		byte[] pdf = renderer.pdf(sample(Locale.ENGLISH));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
			assertThat(new PDFTextStripper().getText(document)).contains("Page 1 of", "Source: Statistikamt Nord",
					"3,000");
		}
	}

	@Test
	void tenPagesRenderWarm() throws IOException {
		// given: about ten pages of sections, each with a chart and its table
		List<ReportBlock> blocks = new ArrayList<>();
		for (int i = 1; i <= 9; i++) {
			blocks.addAll(sample(Locale.GERMAN).blocks().subList(0, 4));
			blocks.add(new Heading(1, "Abschnitt " + i));
			for (int j = 0; j < 6; j++) {
				blocks.add(new Paragraph("Die Bevölkerung ändert sich: Zuzüge, Fortzüge, Geburten und Sterbefälle "
						+ "bestimmen die Entwicklung der Gemeinde über die nächsten zwanzig Jahre. ".repeat(3)));
			}
		}
		ReportDocument document = new ReportDocument("Langer Bericht", Locale.GERMAN, null, blocks);
		renderer.pdf(document); // warm-up
		// when
		long start = System.nanoTime();
		byte[] pdf = renderer.pdf(document);
		long millis = (System.nanoTime() - start) / 1_000_000;
		// then
		try (PDDocument read = Loader.loadPDF(pdf)) {
			System.out.println("PDF render (warm): " + read.getNumberOfPages() + " pages, " + pdf.length
					+ " bytes in " + millis + " ms");
			assertThat(read.getNumberOfPages()).isGreaterThanOrEqualTo(10);
		}
	}

	@Test
	void docxHasHeadingStylesTablesAndPicturesWithAltText() throws IOException {
		// when
		byte[] docx = renderer.docx(sample(Locale.GERMAN));
		// then
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(document.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal())
				.hasToString("2");
			assertThat(paragraphs(document, "Title")).containsExactly("Kommunalprofil Musterstadt");
			assertThat(paragraphs(document, "Heading1")).containsExactly("Grundlagen", "Bildung");
			assertThat(paragraphs(document, "Heading2")).containsExactly("Entwicklung");
			assertThat(paragraphs(document, "Heading3")).containsExactly("Vergleich", "Schulen");
			assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
				.isEqualTo("Die Gemeinde hat 21.980 Einwohnerinnen und Einwohner; Größe & Lage <Küste>."));
			XWPFParagraph rich = document.getParagraphs().stream()
				.filter(p -> p.getText().startsWith("Zwei Grundschulen")).findFirst().orElseThrow();
			assertThat(rich.getRuns()).anySatisfy(run -> {
				assertThat(run.text()).isEqualTo("Grundschulen");
				assertThat(run.isBold()).isTrue();
			});
			assertThat(rich.getRuns()).anySatisfy(run -> {
				assertThat(run.text()).isEqualTo("Gemeinschaftsschule");
				assertThat(run.isItalic()).isTrue();
			});
			List<XWPFParagraph> items = document.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
			assertThat(items).extracting(XWPFParagraph::getText)
				.containsExactly("Grundschule Nord", "Grundschule Süd", "Erstens", "Zweitens");
			assertThat(items.get(0).getNumFmt()).isEqualTo("bullet");
			assertThat(items.get(2).getNumFmt()).isEqualTo("decimal");

			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(4);
			XWPFTable inventory = tables.get(3);
			assertThat(inventory.getRow(0).isRepeatHeader()).isTrue();
			assertThat(inventory.getRow(0).getCell(1).getText()).isEqualTo("Träger");
			assertThat(inventory.getRow(2).getCell(1).getText()).isEqualTo("Verein Mobilität & Öffis e. V.");
			assertThat(tables.get(0).getRow(2).getCell(1).getText()).isEqualTo("3.000");

			assertThat(document.getAllPictures()).hasSize(3);
			assertThat(java.util.Arrays.copyOf(document.getAllPictures().get(0).getData(), 4))
				.containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
			List<String> descriptions = document.getParagraphs().stream()
				.flatMap(p -> p.getRuns().stream())
				.flatMap(run -> run.getEmbeddedPictures().stream())
				.map(picture -> picture.getDescription())
				.toList();
			assertThat(descriptions).hasSize(3).allSatisfy(d -> assertThat(d).isNotBlank());
			assertThat(descriptions.get(0)).startsWith("Altersaufbau Musterstadt 2024.");
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Kommunalprofil Musterstadt");
		}
	}

	private static List<String> paragraphs(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
			.toList();
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<Object> seen)
			throws IOException {
		if (resources == null || !seen.add(resources.getCOSObject())) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			fonts.add(font);
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts, seen);
			}
		}
	}

	private static void collectStructure(PDStructureNode node, List<String> types, List<String> alternativeTexts) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				if (element.getAlternateDescription() != null) {
					alternativeTexts.add(element.getAlternateDescription());
				}
				collectStructure(element, types, alternativeTexts);
			}
		}
	}
}
