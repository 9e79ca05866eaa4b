package de.daks.statistics.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** Fuzzes the classic GENESIS parser; see {@link FuzzInput} and the fuzz profile of the build. */
@Tag("no-database")
class ClassicParserFuzzTests {

	private static final List<byte[]> SEEDS = FuzzInput.seeds(60,
			"genesis/gkalvelage-nrw-wahlanalyse-2022/12411-04-02-4-B.csv",
			"genesis/untergeekDE-scrape-covid19/12411-0012.csv",
			"genesis/untergeekDE-scrape-covid19/12411-0015.csv",
			"genesis/untergeekDE-scrape-covid19/he-altersgruppen-2020.csv",
			"genesis/untergeekDE-scrape-covid19/he_Altersstruktur_Bevoelkerung_Kreise_2021.csv",
			"genesis/zivalis-InfoVis/Altersstruktur 2018 Deutschland 12411-02-03-5-B.csv",
			"genesis/zivalis-InfoVis/Altenquotient 2018 Länderebene 12411-08-01-4-B.csv");

	@FuzzTest(maxDuration = "12s")
	void classicParserReturnsProblemsNeverThrows(FuzzedDataProvider data) {
		ParseOptions options = FuzzInput.options(data);
		byte[] input = FuzzInput.next(data, SEEDS);
		FuzzInput.check(ClassicParser.parse(TextDecoder.decode(input).content(), options));
	}
}
