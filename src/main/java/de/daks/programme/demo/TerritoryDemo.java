package de.daks.programme.demo;

import de.daks.territory.ImportReport;
import de.daks.territory.TerritoryManagement;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the real Gemeindeverzeichnis and the boundaries of Länder and Kreise from {@code daks.demo.shared-data}
 * when the files are there (they are not shipped with DAKS). Without them the demo runs without a territory tree.
 */
@Component
@Order(1)
class TerritoryDemo implements DemoContributor {

	static final String GEMEINDEVERZEICHNIS = "gemeindeverzeichnis/GV100AD_301123.txt";

	static final String[] BOUNDARIES = { "geo/Ebene_Laender.geojson", "geo/Ebene_Kreise.geojson" };

	private static final Logger log = LoggerFactory.getLogger(TerritoryDemo.class);

	private final TerritoryManagement territory;

	TerritoryDemo(TerritoryManagement territory) {
		this.territory = territory;
	}

	@Override
	public void beforeKommunen(DemoProperties properties) {
		Path folder = properties.sharedDataPath();
		Path register = folder.resolve(GEMEINDEVERZEICHNIS);
		if (!Files.isRegularFile(register)) {
			log.info("No Gemeindeverzeichnis at {} – the demo runs without a territory tree", register.toAbsolutePath());
			return;
		}
		report(territory.importGemeindeverzeichnis(register));
		for (String boundary : BOUNDARIES) {
			Path file = folder.resolve(boundary);
			if (Files.isRegularFile(file)) {
				report(territory.importBoundaries(file));
			}
		}
	}

	private static void report(ImportReport report) {
		if (!report.success()) {
			throw new IllegalStateException("Demo import of " + report.fileName() + " failed: " + report.errors());
		}
		log.info("Demo import of {}: {} in {} ms", report.fileName(), report.counts(), report.duration().toMillis());
	}
}
