package de.daks.statistics.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import de.daks.statistics.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inputs of the parser fuzz tests: either the fuzzer's bytes as they are, or a real file of {@code ../shared/data}
 * (read at test time, cut to its first lines to keep each run fast) changed by a few edits the fuzzer chooses – byte
 * flips, inserted separators, quotes, line breaks, minus signs and umlauts, deleted ranges, cuts and repeated lines.
 */
final class FuzzInput {

	/** Bytes that matter to the formats: separators, quotes, line breaks, signs, special values, UTF-8 lead bytes. */
	private static final byte[] INTERESTING = ";,\"\n\r-.x/0915 _{}[]:\u00e4".getBytes(StandardCharsets.ISO_8859_1);

	private FuzzInput() {
	}

	/** The first {@code maxLines} lines of each real file that is there. */
	static List<byte[]> seeds(int maxLines, String... relative) {
		List<byte[]> seeds = new ArrayList<>();
		for (String name : relative) {
			Path file = StatisticsData.ROOT.resolve(name);
			if (!Files.isReadable(file)) {
				continue;
			}
			try {
				byte[] bytes = Files.readAllBytes(file);
				int end = 0;
				for (int lines = 0; end < bytes.length && lines < maxLines; end++) {
					if (bytes[end] == '\n') {
						lines++;
					}
				}
				seeds.add(Arrays.copyOf(bytes, end));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return seeds;
	}

	/** The bytes of one run: a mutated seed or, when there are none or the fuzzer says so, its own bytes. */
	static byte[] next(FuzzedDataProvider data, List<byte[]> seeds) {
		if (seeds.isEmpty() || data.consumeInt(0, 7) == 7) {
			return data.consumeRemainingAsBytes();
		}
		List<Byte> bytes = new ArrayList<>();
		for (byte b : seeds.get(data.consumeInt(0, seeds.size() - 1))) {
			bytes.add(b);
		}
		int edits = data.consumeInt(1, 8);
		for (int e = 0; e < edits && data.remainingBytes() > 0; e++) {
			int at = data.consumeInt(0, bytes.size());
			switch (data.consumeInt(0, 6)) {
				case 0 -> {
					if (at < bytes.size()) {
						bytes.set(at, (byte) (bytes.get(at) ^ data.consumeByte()));
					}
				}
				case 1 -> bytes.add(at, INTERESTING[data.consumeInt(0, INTERESTING.length - 1)]);
				case 2 -> {
					int to = Math.min(bytes.size(), at + data.consumeInt(1, 80));
					bytes.subList(at, to).clear();
				}
				case 3 -> bytes.subList(at, bytes.size()).clear();
				case 4 -> {
					for (byte b : data.consumeBytes(data.consumeInt(1, 16))) {
						bytes.add(at, b);
					}
				}
				case 5 -> {
					int start = at;
					while (start > 0 && bytes.get(start - 1) != '\n') {
						start--;
					}
					int end = at;
					while (end < bytes.size() && bytes.get(end) != '\n') {
						end++;
					}
					bytes.addAll(Math.min(bytes.size(), end + 1), new ArrayList<>(bytes.subList(start,
							Math.min(bytes.size(), end + 1))));
				}
				default -> {
					byte[] text = data.consumeString(12).getBytes(StandardCharsets.UTF_8);
					for (int i = text.length - 1; i >= 0; i--) {
						bytes.add(at, text[i]);
					}
				}
			}
		}
		byte[] out = new byte[bytes.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = bytes.get(i);
		}
		return out;
	}

	/** What the importing user may give: nothing, or an area and a date. */
	static ParseOptions options(FuzzedDataProvider data) {
		return data.consumeBoolean() ? ParseOptions.NONE : new ParseOptions("08335043", LocalDate.of(2020, 12, 31),
				null);
	}

	/** What every parse result must satisfy, however broken the file: problems with lines, valid observations. */
	static void check(ParsedFile parsed) {
		assertThat(parsed.problems()).allMatch(p -> p.line() >= 0 && !p.code().isBlank());
		for (Observation o : parsed.observations()) {
			assertThat(o.value()).isFinite().isNotNegative();
			assertThat(o.area()).isNotBlank();
		}
		assertThat(parsed.areaLines().keySet()).allMatch(area -> parsed.observations().stream()
			.anyMatch(o -> o.area().equals(area)));
	}
}
