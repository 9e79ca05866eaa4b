package de.daks.territory;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DaksIntegrationTest
class GemeindeverzeichnisImportIntegrationTests {

	@Autowired
	TerritoryManagement territory;

	@Test
	void importsTheRealGemeindeverzeichnisWithTheOfficialCounts() {
		// when
		ImportReport report = territory.importGemeindeverzeichnis(TerritoryData.require(TerritoryData.GV100AD));
		// then
		assertThat(report.errors()).isEmpty();
		assertThat(report.success()).isTrue();
		assertThat(report.count(AreaLevel.LAND)).isEqualTo(16);
		assertThat(report.count(AreaLevel.REGIERUNGSBEZIRK)).isEqualTo(29);
		assertThat(report.count(AreaLevel.KREIS)).isEqualTo(400);
		assertThat(report.count(AreaLevel.GEMEINDEVERBAND)).isEqualTo(4_597);
		assertThat(report.count(AreaLevel.GEMEINDE)).isEqualTo(10_981);
		assertThat(report.skipped()).as("record type 30, Region").isEqualTo(12);
		assertThat(report.duration()).isLessThan(java.time.Duration.ofSeconds(30));
		assertThat(territory.counts()).containsEntry(AreaLevel.GEMEINDE, 10_981).containsEntry(AreaLevel.KREIS, 400);
	}

	@Test
	void knowsFlensburgAndDueren() {
		// given
		territory.importGemeindeverzeichnis(TerritoryData.require(TerritoryData.GV100AD));
		// when
		Area flensburg = territory.get("010010000000");
		Area dueren = territory.get("05358");
		// then
		assertThat(flensburg.name()).isEqualTo("Flensburg, Stadt");
		assertThat(flensburg.ags()).isEqualTo("01001000");
		assertThat(flensburg.designation()).isEqualTo("Kreisfreie Stadt");
		assertThat(flensburg.areaHa()).isEqualTo(5_673);
		assertThat(flensburg.areaKm2()).isEqualByComparingTo("56.73");
		assertThat(flensburg.population()).isEqualTo(92_550);
		assertThat(flensburg.populationMale()).isEqualTo(45_874);
		assertThat(flensburg.populationFemale()).isEqualTo(92_550 - 45_874);
		assertThat(flensburg.populationDate()).isEqualTo(java.time.LocalDate.of(2022, 12, 31));
		assertThat(flensburg.postcode()).isEqualTo("24937");
		assertThat(flensburg.dataset()).isNotNull();
		assertThat(flensburg.dataset().attribution()).isEqualTo("© Statistisches Bundesamt (Destatis), 2023");
		assertThat(flensburg.dataset().licence()).isEqualTo("dl-de/by-2-0");
		assertThat(territory.ancestors("010010000000")).extracting(Area::key)
			.containsExactly("DG", "01", "01001", "010010000");
		assertThat(dueren.designation()).isEqualTo("Kreis");
		assertThat(dueren.parentKey()).isEqualTo("053");
		assertThat(territory.children("05358")).hasSizeGreaterThan(10);
		assertThat(dueren.population()).as("sum of its Gemeinden").isPositive();
		assertThat(territory.get("DG").population()).isGreaterThan(80_000_000L);
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		// given
		territory.importGemeindeverzeichnis(TerritoryData.require(TerritoryData.GV100AD));
		var before = territory.counts();
		// when
		ImportReport again = territory.importGemeindeverzeichnis(TerritoryData.GV100AD);
		// then
		assertThat(again.success()).isTrue();
		assertThat(again.unchanged()).isTrue();
		assertThat(again.count(AreaLevel.GEMEINDE)).isEqualTo(10_981);
		assertThat(territory.counts()).isEqualTo(before);
	}

	@Test
	void aBadFileStoresNothing() throws Exception {
		// given: the real file with a new Gemeinde appended and one broken line in the middle
		List<String> lines = new ArrayList<>(Files.readAllLines(TerritoryData.require(TerritoryData.GV100AD)));
		String flensburg = lines.get(3);
		String extra = flensburg.substring(0, 15) + "999" + flensburg.substring(18, 22) + "Neue Gemeinde Test"
				+ " ".repeat(32) + flensburg.substring(72);
		lines.add(extra);
		lines.set(100, lines.get(100).substring(0, 150));
		byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
		// when
		ImportReport report = territory.importGemeindeverzeichnis(new ByteArrayInputStream(content), "kaputt.txt");
		// then
		assertThat(report.success()).isFalse();
		assertThat(report.errors()).singleElement().satisfies(p -> {
			assertThat(p.position()).isEqualTo(101);
			assertThat(p.code()).isEqualTo("wrong-length");
		});
		assertThat(report.errorCount()).isEqualTo(1);
		assertThat(territory.find("010010000999")).isEmpty();
	}
}
