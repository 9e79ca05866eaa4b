package de.daks.statistics.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** Fuzzes the Kreis JSON parser; see {@link FuzzInput} and the fuzz profile of the build. */
@Tag("no-database")
class KreiseJsonParserFuzzTests {

	/** The first objects of the real file (one line): cut after the sixth object and closed. */
	private static final List<byte[]> SEEDS = new ArrayList<>();

	static {
		for (byte[] file : FuzzInput.seeds(1, "kreise/county_current_population.json")) {
			String text = new String(file, StandardCharsets.UTF_8);
			int end = 0;
			for (int i = 0; i < 6 && end >= 0; i++) {
				end = text.indexOf('}', end + 1);
			}
			SEEDS.add((end > 0 ? text.substring(0, end + 1) + "]" : text).getBytes(StandardCharsets.UTF_8));
		}
	}

	@FuzzTest(maxDuration = "12s")
	void kreiseJsonParserReturnsProblemsNeverThrows(FuzzedDataProvider data) {
		ParseOptions options = FuzzInput.options(data);
		String fileName = data.consumeBoolean() ? "county_current_population.json" : "kreise.json";
		byte[] input = FuzzInput.next(data, SEEDS);
		FuzzInput.check(KreiseJsonParser.parse(TextDecoder.decode(input).content(), fileName, options));
	}
}
