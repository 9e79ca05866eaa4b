package de.daks.statistics.parse;

import de.daks.statistics.CanonicalCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Damaged copies of the real files, made at test time (never stored): each variant names the 1-based line it damages.
 */
public final class BrokenVariants {

	/** A real file of one format and the column of a count in its data rows (-1: JSON). */
	public record Sample(String name, FileFormat format, String relative, int valueColumn, ParseOptions options) {

		public Path path() {
			return StatisticsData.ROOT.resolve(relative);
		}

		public String fileName() {
			return path().getFileName().toString();
		}

		public byte[] bytes() throws IOException {
			if (format == FileFormat.CANONICAL) {
				return canonicalOf(SAMPLES.get(2));
			}
			return Files.readAllBytes(StatisticsData.require(path()));
		}

		@Override
		public String toString() {
			return name;
		}
	}

	public enum Kind {
		/** cut in the middle of a data line */
		TRUNCATED,
		/** cut after a data line (classic: the footer is gone; register: the top class is gone) */
		TRUNCATED_AT_LINE_END,
		/** the footer after the line of underscores removed (classic) */
		MISSING_FOOTER,
		/** a separator inserted at the start of a data line: every cell one column to the right */
		SHIFTED_COLUMNS,
		/** a count replaced by a word */
		TEXT_IN_NUMBER,
		/** a data line repeated right after itself */
		DUPLICATE_CELLS,
		/** a count made negative */
		NEGATIVE_COUNT,
		/** UTF-8 text read as ISO-8859-1 and saved as UTF-8 again ("Ã¤" for "ä") */
		UTF8_READ_AS_LATIN1,
		/** ISO-8859-1 bytes read as UTF-8 (umlauts become U+FFFD) and saved */
		LATIN1_READ_AS_UTF8
	}

	/** A damaged file and the line where the damage is (0 for the file as a whole). */
	public record Variant(byte[] content, int line) {
	}

	public static final List<Sample> SAMPLES = List.of(
			new Sample("classic", FileFormat.CLASSIC, "genesis/untergeekDE-scrape-covid19/12411-04-02-4-B.csv", 3,
					ParseOptions.NONE),
			new Sample("ffcsv", FileFormat.FFCSV, "genesis/pystatis-ffcsv/12411-01-01-4_de_flat.csv", 13,
					ParseOptions.NONE),
			new Sample("register", FileFormat.REGISTER, "konstanz/bevoelkerung/pyramiden/pyramide_2025.csv", 1,
					ParseOptions.area("08335043")),
			new Sample("quarters", FileFormat.QUARTERS, "berlin-lor/population/data/03-gold/"
					+ "berlin-lor-population-2024-02-csv/berlin-lor-population-2024-02-t2-planning-areas.csv", 1,
					ParseOptions.NONE),
			new Sample("kreise-json", FileFormat.KREISE_JSON, "kreise/county_current_population.json", -1,
					ParseOptions.NONE),
			new Sample("canonical", FileFormat.CANONICAL, "konstanz/bevoelkerung/pyramiden/pyramide_2025.csv", 5,
					ParseOptions.NONE));

	/** Which kinds apply to a format (a JSON object has no columns to shift; only classic files have a footer). */
	public static boolean applies(Sample sample, Kind kind) {
		return switch (kind) {
			case MISSING_FOOTER -> sample.format() == FileFormat.CLASSIC;
			case TRUNCATED_AT_LINE_END -> Set.of(FileFormat.CLASSIC, FileFormat.REGISTER).contains(sample.format());
			case SHIFTED_COLUMNS -> sample.format() != FileFormat.KREISE_JSON;
			case UTF8_READ_AS_LATIN1 -> sample.format() == FileFormat.FFCSV;
			case LATIN1_READ_AS_UTF8 -> sample.format() == FileFormat.CLASSIC;
			default -> true;
		};
	}

	private BrokenVariants() {
	}

	/** The real Konstanz pyramid of 2025 written as canonical CSV. */
	static byte[] canonicalOf(Sample register) throws IOException {
		ParsedFile parsed = StatisticsParsers.parse(register.fileName(), Files.readAllBytes(StatisticsData.require(
				register.path())), FileFormat.REGISTER, register.options());
		StringWriter out = new StringWriter();
		try (CanonicalCsv.Writer writer = CanonicalCsv.open(out, false)) {
			parsed.observations().forEach(writer::write);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static Variant make(Sample sample, Kind kind) throws IOException {
		byte[] original = sample.bytes();
		TextDecoder.Text text = TextDecoder.decode(original);
		if (sample.format() == FileFormat.KREISE_JSON) {
			return json(text.content(), kind);
		}
		List<String> lines = new ArrayList<>(TextDecoder.lines(text.content()));
		char separator = sample.format() == FileFormat.CLASSIC || sample.format() == FileFormat.FFCSV ? ';' : ',';
		int k = dataLine(lines, separator, sample.valueColumn());
		String line = lines.get(k);
		List<String> cells = TextDecoder.cells(line, separator);
		int damaged = k + 1;
		switch (kind) {
			case TRUNCATED -> {
				List<String> kept = new ArrayList<>(lines.subList(0, k));
				kept.add(line.substring(0, line.lastIndexOf(separator, line.length() / 2 + 1) + 2));
				return new Variant(encode(String.join("\n", kept), text), damaged);
			}
			case TRUNCATED_AT_LINE_END -> {
				return new Variant(encode(String.join("\n", lines.subList(0, k + 1)) + "\n", text),
						sample.format() == FileFormat.CLASSIC ? k + 1 : damaged);
			}
			case MISSING_FOOTER -> {
				int footer = 0;
				while (!lines.get(footer).startsWith("___")) {
					footer++;
				}
				return new Variant(encode(String.join("\n", lines.subList(0, footer)) + "\n", text), footer);
			}
			case SHIFTED_COLUMNS -> lines.set(k, separator + line);
			case TEXT_IN_NUMBER -> lines.set(k, replaceCell(cells, sample.valueColumn(), "zwölf", separator));
			case NEGATIVE_COUNT -> lines.set(k, replaceCell(cells, sample.valueColumn(),
					"-" + cells.get(sample.valueColumn()).trim(), separator));
			case DUPLICATE_CELLS -> {
				lines.add(k + 1, line);
				damaged = k + 2;
			}
			case UTF8_READ_AS_LATIN1 -> {
				String wrong = new String(text.content().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
				return new Variant(wrong.getBytes(StandardCharsets.UTF_8), firstLineWith(wrong, "Ã"));
			}
			case LATIN1_READ_AS_UTF8 -> {
				String wrong = new String(original, StandardCharsets.UTF_8);
				return new Variant(wrong.getBytes(StandardCharsets.UTF_8), firstLineWith(wrong, "\uFFFD"));
			}
		}
		return new Variant(encode(String.join("\n", lines) + "\n", text), damaged);
	}

	private static Variant json(String text, Kind kind) {
		// the file is one line; the parser names the object by its number (the copy of the first object is the second)
		int second = text.indexOf("},{") + 2;
		String first = text.substring(1, second - 1);
		String damaged = switch (kind) {
			case TRUNCATED, TRUNCATED_AT_LINE_END -> text.substring(0, text.length() / 2);
			case TEXT_IN_NUMBER -> text.replaceFirst("\"Total\":(\\d+)", "\"Total\":\"zwölf\"");
			case NEGATIVE_COUNT -> text.replaceFirst("\"Total\":(\\d+)", "\"Total\":-$1");
			case DUPLICATE_CELLS -> "[" + first + "," + text.substring(1);
			default -> throw new IllegalArgumentException(kind.name());
		};
		return new Variant(damaged.getBytes(StandardCharsets.UTF_8), kind == Kind.DUPLICATE_CELLS ? 2 : 1);
	}

	/** The data line in the middle of the file: one with a count in the value column. */
	private static int dataLine(List<String> lines, char separator, int valueColumn) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			List<String> cells = TextDecoder.cells(lines.get(i), separator);
			if (cells.size() > valueColumn && cells.get(valueColumn).trim().matches("[1-9]\\d*")
					&& !lines.get(i).startsWith("___")) {
				candidates.add(i);
			}
		}
		return candidates.get(candidates.size() / 2);
	}

	private static String replaceCell(List<String> cells, int column, String value, char separator) {
		List<String> copy = new ArrayList<>(cells);
		copy.set(column, value);
		return String.join(String.valueOf(separator), copy);
	}

	private static byte[] encode(String content, TextDecoder.Text like) {
		byte[] body = content.getBytes(like.charset());
		if (!like.bom()) {
			return body;
		}
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(body, 0, withBom, 3, body.length);
		return withBom;
	}

	private static int firstLineWith(String text, String needle) {
		int at = text.indexOf(needle);
		return at < 0 ? 0 : TextDecoder.lines(text.substring(0, at) + "x").size();
	}

	static @Nullable Charset charsetOf(byte[] bytes) {
		return TextDecoder.decode(bytes).charset();
	}
}
