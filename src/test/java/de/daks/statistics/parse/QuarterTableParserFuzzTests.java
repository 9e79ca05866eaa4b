package de.daks.statistics.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** Fuzzes the quarter-table parser with its presets; see {@link FuzzInput} and the fuzz profile of the build. */
@Tag("no-database")
class QuarterTableParserFuzzTests {

	private static final String BERLIN = "berlin-lor/population/data/03-gold/berlin-lor-population-2024-02-csv/"
			+ "berlin-lor-population-2024-02-";

	private static final List<byte[]> SEEDS = FuzzInput.seeds(40, "koeln/bevoelkerung.csv", "luebeck/data.csv",
			BERLIN + "t1-districts.csv", BERLIN + "t2-districts.csv", BERLIN + "t3-city.csv",
			"konstanz/bevoelkerung/wohnbevoelkerung.csv", "konstanz/bevoelkerung/natuerliche_entwicklung.csv");

	@FuzzTest(maxDuration = "12s")
	void quarterTableParserReturnsProblemsNeverThrows(FuzzedDataProvider data) {
		ParseOptions options = FuzzInput.options(data);
		List<QuarterMapping> presets = QuarterMapping.presets();
		int preset = data.consumeInt(-1, presets.size() - 1);
		if (preset >= 0) {
			options = options.withMapping(presets.get(preset));
		}
		String fileName = data.consumeBoolean() ? "berlin-lor-population-2024-02-t2-city.csv" : "bevoelkerung.csv";
		byte[] input = FuzzInput.next(data, SEEDS);
		FuzzInput.check(QuarterTableParser.parse(TextDecoder.decode(input).content(), fileName, options));
	}
}
