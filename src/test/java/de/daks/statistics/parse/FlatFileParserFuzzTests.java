package de.daks.statistics.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** Fuzzes the GENESIS flat-file parser; see {@link FuzzInput} and the fuzz profile of the build. */
@Tag("no-database")
class FlatFileParserFuzzTests {

	private static final List<byte[]> SEEDS = FuzzInput.seeds(40, "genesis/pystatis-ffcsv/12411-01-01-4_de_flat.csv",
			"genesis/pystatis-ffcsv/12411-01-01-4_en_flat.csv", "genesis/pystatis-ffcsv/1000A-2022_de_flat_quality-on.csv",
			"genesis/pystatis-ffcsv/12211-0001_de_flat.csv", "genesis/pystatis-ffcsv/11111-02-01-4_de_flat.csv");

	@FuzzTest(maxDuration = "12s")
	void flatFileParserReturnsProblemsNeverThrows(FuzzedDataProvider data) {
		byte[] input = FuzzInput.next(data, SEEDS);
		FuzzInput.check(FlatFileParser.parse(TextDecoder.decode(input).content()));
	}
}
