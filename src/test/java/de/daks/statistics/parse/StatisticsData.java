package de.daks.statistics.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real open data of {@code ../shared/data} (never copied into the repository); tests skip when it is absent. */
public final class StatisticsData {

	public static final Path ROOT = Path.of("../shared/data");

	public static final Path GENESIS = ROOT.resolve("genesis");

	public static final Path COVID = GENESIS.resolve("untergeekDE-scrape-covid19");

	public static final Path KREIS_SINGLE_YEARS = COVID.resolve("12411-04-02-4.csv");

	public static final Path KONSTANZ_PYRAMIDS = ROOT.resolve("konstanz/bevoelkerung/pyramiden");

	private StatisticsData() {
	}

	public static Path require(Path file) {
		Assumptions.assumeTrue(Files.isReadable(file), "real data not available: " + file);
		return file;
	}
}
