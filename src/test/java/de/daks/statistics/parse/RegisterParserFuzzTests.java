package de.daks.statistics.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** Fuzzes the register-extract parser; see {@link FuzzInput} and the fuzz profile of the build. */
@Tag("no-database")
class RegisterParserFuzzTests {

	private static final List<byte[]> SEEDS = FuzzInput.seeds(120, "konstanz/bevoelkerung/pyramiden/pyramide_2025.csv",
			"konstanz/bevoelkerung/pyramiden/pyramide_1983.csv", "luebeck/alter.csv");

	@FuzzTest(maxDuration = "12s")
	void registerParserReturnsProblemsNeverThrows(FuzzedDataProvider data) {
		ParseOptions options = FuzzInput.options(data);
		String fileName = data.consumeBoolean() ? "pyramide_2025.csv" : "alter.csv";
		byte[] input = FuzzInput.next(data, SEEDS);
		FuzzInput.check(RegisterParser.parse(TextDecoder.decode(input).content(), fileName, options));
	}
}
