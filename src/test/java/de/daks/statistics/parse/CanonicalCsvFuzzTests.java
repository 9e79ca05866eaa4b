package de.daks.statistics.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** Fuzzes the canonical CSV reader (through the parsers' entry); see {@link FuzzInput} and the fuzz profile. */
@Tag("no-database")
class CanonicalCsvFuzzTests {

	private static final List<byte[]> SEEDS = seeds();

	private static List<byte[]> seeds() {
		BrokenVariants.Sample register = BrokenVariants.SAMPLES.get(2);
		if (!java.nio.file.Files.isReadable(register.path())) {
			return List.of();
		}
		try {
			byte[] canonical = BrokenVariants.canonicalOf(register);
			return List.of(Arrays.copyOf(canonical, Math.min(canonical.length, 2000)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FuzzTest(maxDuration = "12s")
	void canonicalReaderReturnsProblemsNeverThrows(FuzzedDataProvider data) {
		byte[] input = FuzzInput.next(data, SEEDS);
		FuzzInput.check(StatisticsParsers.parseCanonical(TextDecoder.decode(input).content()));
	}
}
