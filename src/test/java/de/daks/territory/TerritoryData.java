package de.daks.territory;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real open data of {@code ../shared/data} (never copied into the repository); tests skip when it is absent. */
final class TerritoryData {

	static final Path GV100AD = Path.of("../shared/data/gemeindeverzeichnis/GV100AD_301123.txt");

	static final Path LAENDER = Path.of("../shared/data/geo/Ebene_Laender.geojson");

	static final Path KREISE = Path.of("../shared/data/geo/Ebene_Kreise.geojson");

	private TerritoryData() {
	}

	static Path require(Path file) {
		Assumptions.assumeTrue(Files.isReadable(file), "real data not available: " + file);
		return file;
	}
}
