package de.daks.statistics.parse;

import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.Observation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the parsers: detects the format of a file (unless the user overrides it) and reads it. Pure: no
 * Spring, no database, no territory – validation against the territory happens at import.
 */
public final class StatisticsParsers {

	/** Files larger than this are refused before reading. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	/** A header of lower-case machine names such as {@code jahr,unter_20,ueber_60}: no title, no German labels. */
	private static final java.util.regex.Pattern PLAIN_HEADER = java.util.regex.Pattern
		.compile("[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)+");

	private StatisticsParsers() {
	}

	/** The format a file most likely has, from its first lines (and, for JSON, its first character). */
	public static @Nullable FileFormat detect(String fileName, byte[] content) {
		TextDecoder.Text text = TextDecoder.decode(content.length > 65536 ? java.util.Arrays.copyOf(content, 65536)
				: content);
		if (text.looksBinary()) {
			return null;
		}
		String body = text.content().stripLeading();
		if (body.startsWith("[") || body.startsWith("{")) {
			return FileFormat.KREISE_JSON;
		}
		List<String> lines = TextDecoder.lines(body);
		if (lines.isEmpty()) {
			return null;
		}
		String first = lines.get(0);
		if (first.startsWith("GENESIS-Tabelle")) {
			return FileFormat.CLASSIC;
		}
		if (FlatFileParser.looksFlat(first)) {
			return FileFormat.FFCSV;
		}
		if (CanonicalCsv.looksCanonical(first)) {
			return FileFormat.CANONICAL;
		}
		if (RegisterParser.looksLikeRegister(first)) {
			return FileFormat.REGISTER;
		}
		char separator = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
				? ';' : ',';
		if (QuarterMapping.presetFor(TextDecoder.cells(first, separator)) != null) {
			return FileFormat.QUARTERS;
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".json")) {
			return FileFormat.KREISE_JSON;
		}
		if (PLAIN_HEADER.matcher(first.strip()).matches()) {
			// a plain table of machine column names (open-data portals): a quarter table whose mapping the user confirms
			return FileFormat.QUARTERS;
		}
		// a table with a title block and header rows, laid out like the classic export
		return FileFormat.CLASSIC;
	}

	/** The character encoding a file is read in: {@code UTF-8}, {@code UTF-8 (BOM)} or {@code ISO-8859-1}. */
	public static String encoding(byte[] content) {
		TextDecoder.Text text = TextDecoder.decode(content);
		return text.charset().name() + (text.bom() ? " (BOM)" : "");
	}

	/** The cells of the first non-blank line (a quarter table's header), separated by semicolon or comma. */
	public static List<String> header(byte[] content) {
		TextDecoder.Text text = TextDecoder.decode(content.length > 65536 ? java.util.Arrays.copyOf(content, 65536)
				: content);
		for (String line : TextDecoder.lines(text.content())) {
			if (!line.isBlank()) {
				char separator = line.chars().filter(c -> c == ';').count() > line.chars().filter(c -> c == ',')
					.count() ? ';' : ',';
				return TextDecoder.cells(line, separator).stream().map(String::trim).toList();
			}
		}
		return List.of();
	}

	/** Reads a file from disk, detecting its format. */
	public static ParsedFile parse(Path file, ParseOptions options) throws IOException {
		return parse(file.getFileName().toString(), Files.readAllBytes(file), null, options);
	}

	/**
	 * Reads a file.
	 * @param fileName the name the file came with (register and Berlin files carry their date in it)
	 * @param override the format the user chose, or null to detect it
	 */
	public static ParsedFile parse(String fileName, byte[] content, @Nullable FileFormat override,
			ParseOptions options) {
		if (content.length > MAX_BYTES) {
			return failed(override, "too-large", content.length + " bytes");
		}
		TextDecoder.Text text = TextDecoder.decode(content);
		if (text.looksBinary()) {
			return failed(override, "not-text", "binary or UTF-16 content");
		}
		FileFormat format = override != null ? override : detect(fileName, content);
		if (format == null) {
			return failed(null, "unknown-format", "the format could not be recognised");
		}
		try {
			ParsedFile parsed = switch (format) {
				case CLASSIC -> ClassicParser.parse(text.content(), options);
				case FFCSV -> FlatFileParser.parse(text.content());
				case REGISTER -> RegisterParser.parse(text.content(), fileName, options);
				case QUARTERS -> QuarterTableParser.parse(text.content(), fileName, options);
				case KREISE_JSON -> KreiseJsonParser.parse(text.content(), fileName, options);
				case CANONICAL -> canonical(text.content());
			};
			int damaged = text.firstLineWith("\uFFFD");
			if (damaged > 0) {
				// umlauts lost in a conversion: labels no longer match, so the encoding is the reason to name first
				return encodingFirst(parsed, de.daks.statistics.ParseProblem.error(damaged, "", "encoding-damaged",
						"replacement characters (\uFFFD) instead of letters: the file was converted from ISO-8859-1 "
								+ "as if it were UTF-8; export it again"));
			}
			if (text.looksDoublyEncoded()) {
				return encodingFirst(parsed, de.daks.statistics.ParseProblem.warning(text.firstLineWith("Ã"), "",
						"encoding-suspect",
						"text contains \"Ã¤\"/\"Ã¶\": the file was probably converted to the wrong encoding"));
			}
			return parsed;
		}
		catch (RuntimeException ex) {
			// a parser must not fail with anything but problems; this is the last line of defence
			return failed(format, "unreadable", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static ParsedFile encodingFirst(ParsedFile parsed, de.daks.statistics.ParseProblem problem) {
		List<de.daks.statistics.ParseProblem> problems = new java.util.ArrayList<>();
		problems.add(problem);
		problems.addAll(parsed.problems());
		return new ParsedFile(parsed.format(), parsed.observations(), problems, parsed.metadata(), parsed.areaLines());
	}

	/** The Konstanz register extract of one year (pyramide_YYYY.csv), for Konstanz 08335043 at 31.12.YYYY. */
	public static List<Observation> konstanzPyramid(Path file) throws IOException {
		ParsedFile parsed = parse(file.getFileName().toString(), Files.readAllBytes(file), FileFormat.REGISTER,
				ParseOptions.area(RegisterParser.KONSTANZ_AGS));
		if (parsed.hasErrors()) {
			throw new IOException(file + ": " + parsed.errors().get(0).describe());
		}
		return parsed.observations();
	}

	/** Reads canonical CSV text (package-visible for the fuzz tests, which must see a crash, not "unreadable"). */
	static ParsedFile parseCanonical(String text) {
		return canonical(text);
	}

	private static ParsedFile canonical(String text) {
		CanonicalCsv.Result result = CanonicalCsv.read(new StringReader(text));
		Collector out = new Collector();
		// rows without errors yield observations in file order: the n-th comes from the n-th non-blank data line
		List<String> lines = TextDecoder.lines(text);
		List<Integer> dataLines = new java.util.ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				dataLines.add(i + 1);
			}
		}
		boolean exact = !result.hasErrors() && dataLines.size() == result.observations().size();
		for (int i = 0; i < result.observations().size(); i++) {
			out.add(result.observations().get(i), exact ? dataLines.get(i) : 0);
		}
		result.problems().forEach(out::problem);
		return out.finish(FileFormat.CANONICAL, ParsedFile.Metadata.NONE);
	}

	private static ParsedFile failed(@Nullable FileFormat format, String code, String detail) {
		return new ParsedFile(format == null ? FileFormat.CANONICAL : format, List.of(),
				List.of(de.daks.statistics.ParseProblem.error(0, "", code, detail)), ParsedFile.Metadata.NONE);
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
