package de.daks.profile.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.shared.cli.CommandDispatcher;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code daks profile} and {@code daks bench profile} through the dispatcher, as the command line runs them. */
@DaksIntegrationTest
class ProfileCommandIntegrationTests {

	@Autowired
	CommandDispatcher dispatcher;

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int run(String... args) {
		return dispatcher.dispatch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void writesThePdfAndDocxOfTheKommuneOfAnArea() throws Exception {
		// given the demo Kommune Bremerhaven (area 040120000000)
		Path pdf = folder.resolve("bremerhaven.pdf");
		Path docx = folder.resolve("out/bremerhaven.docx");
		// when
		int code = run("profile", "--area", "040120000000", "--pdf", pdf.toString(), "--docx", docx.toString(),
				"--lang", "en");
		// then
		assertThat(code).as(output()).isZero();
		assertThat(output()).contains("Kommunalprofil of Stadt Bremerhaven", "wrote " + pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Municipal profile Stadt Bremerhaven",
					"119,357", "Sources and data provenance");
		}
		try (XWPFDocument document = new XWPFDocument(new FileInputStream(docx.toFile()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Stadt Bremerhaven");
		}
	}

	@Test
	void anAreaThatIsNoKommunesGetsTheDataSectionsOnly() throws Exception {
		// given an area no Kommune has (Kreis Konstanz), whatever data it has
		Path pdf = folder.resolve("kreis.pdf");
		// when
		int code = run("profile", "--area", "08335", "--pdf", pdf.toString());
		// then
		assertThat(code).as(output()).isZero();
		assertThat(output()).contains("Data sections of area 08335");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Demografische Situation", "Quellen und Datenherkunft")
				.doesNotContain("SWOT-Analyse");
		}
	}

	@Test
	void wrongArgumentsAreAUsageError() {
		assertThat(run("profile", "--area", "040120000000")).isEqualTo(2);
		assertThat(run("profile", "--area", "040120000000", "--pdf", "x.pdf", "--lang", "fr")).isEqualTo(2);
		assertThat(run("profile", "--colour", "blue")).isEqualTo(2);
		assertThat(output()).contains("unknown argument '--colour'");
		assertThat(Files.exists(Path.of("x.pdf"))).isFalse();
	}

	@Test
	void theBenchmarkPrintsColdAndWarmMilliseconds() {
		// when
		int code = run("bench", "profile", "--runs", "3");
		System.out.print(output());
		// then
		assertThat(code).as(output()).isZero();
		assertThat(output()).containsPattern("run 1: \\d+ ms").containsPattern("cold \\d+ ms, warm median \\d+ ms, p90 \\d+ ms");
		assertThat(ProfileBenchCommand.percentile(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9)).isEqualTo(9);
		assertThat(ProfileBenchCommand.percentile(new double[] { 1, 2, 3 }, 0.5)).isEqualTo(2);
	}
}
