package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.shared.KommuneId;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.parse.ParseOptions;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Konstanz register data ({@code ../shared/data/konstanz/bevoelkerung}, CC0 Stadt Konstanz) imported through
 * the statistics import into a Kommune linked to the AGS 08335043: the single-year pyramids of {@code from … to}
 * and the yearly births and deaths. The caller provides a principal that may import for the Kommune.
 */
final class KonstanzProjectionData {

	static final String AREA = "08335043";

	static final Path FOLDER = Path.of("../shared/data/konstanz/bevoelkerung");

	private KonstanzProjectionData() {
	}

	static void assumeAvailable() {
		Assumptions.assumeTrue(Files.isDirectory(FOLDER.resolve("pyramiden")), "real data not available: " + FOLDER);
	}

	static KommuneId kommune(KommuneManagement kommunen, String name) {
		return kommunen.create(new NewKommune(name + " " + UUID.randomUUID(), KommuneKind.STADT, List.of(AREA), "08",
				null, null, null, false));
	}

	static void importInto(StatisticsImports imports, KommuneId kommune, int from, int to) {
		for (int year = from; year <= to; year++) {
			importFile(imports, kommune, FOLDER.resolve("pyramiden/pyramide_" + year + ".csv"));
		}
		importFile(imports, kommune, FOLDER.resolve("natuerliche_entwicklung.csv"));
	}

	private static void importFile(StatisticsImports imports, KommuneId kommune, Path file) {
		try {
			ImportResult result = imports.importFile(new ImportRequest(file.getFileName().toString(),
					Files.readAllBytes(file), null, ParseOptions.area(AREA), true, kommune, null, null));
			assertThat(result.success()).as(file + ": " + result.problems()).isTrue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
