package de.daks.territory;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DaksIntegrationTest
class BoundaryImportIntegrationTests {

	private static final String SQUARE = """
			{"type":"Polygon","coordinates":[[[9.4,54.7],[9.5,54.7],[9.5,54.8],[9.4,54.8],[9.4,54.7]]]}""";

	@Autowired
	TerritoryManagement territory;

	@BeforeEach
	void territory() {
		territory.importGemeindeverzeichnis(TerritoryData.require(TerritoryData.GV100AD));
	}

	@Test
	void importsTheRealKreiseAndWarnsAboutTheOneThatNoLongerExists() {
		// when
		ImportReport report = territory.importBoundaries(TerritoryData.require(TerritoryData.KREISE));
		// then
		assertThat(report.success()).isTrue();
		assertThat(report.count(AreaLevel.KREIS)).isEqualTo(400);
		assertThat(report.warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("unknown-ars");
			assertThat(w.detail()).startsWith("16056");
		});
		assertThat(territory.find("16056")).as("unknown keys create no area").isEmpty();
		AreaShape dueren = territory.geometry("05358").orElseThrow();
		assertThat(dueren.geoJson().length()).as("simplified for maps").isLessThan(20_000);
		assertThat(dueren.bounds().getMinX()).isBetween(6.0, 7.0);
		assertThat(territory.centroid("053580004004")).as("a Gemeinde is placed in its Kreis").isPresent();
	}

	@Test
	void keepsTheLandPartOfEachLandAndIsIdempotent() {
		// when
		ImportReport first = territory.importBoundaries(TerritoryData.require(TerritoryData.LAENDER));
		ImportReport second = territory.importBoundaries(TerritoryData.LAENDER);
		// then
		assertThat(first.count(AreaLevel.LAND)).isEqualTo(16);
		assertThat(first.warnings()).extracting(ImportProblem::code).containsOnly("duplicate-ars");
		assertThat(second.unchanged()).isTrue();
		assertThat(territory.geometries(AreaLevel.LAND)).hasSize(16);
	}

	@Test
	void aBadFeatureIsReportedWithItsIndexAndNothingIsStored() {
		// given: a valid feature for a Gemeinde, then one without ARS and one outside WGS84
		String json = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"ARS":"010010000000"},"geometry":%s},
				 {"type":"Feature","properties":{"GEN":"ohne"},"geometry":%s},
				 {"type":"Feature","properties":{"ARS":"01001"},"geometry":{"type":"Polygon","coordinates":[[[9,54],[190,54],[9,55],[9,54]]]}},
				 {"type":"Feature","properties":{"ARS":"01002"},"geometry":{"type":"Point","coordinates":[9,54]}}
				]}""".formatted(SQUARE, SQUARE);
		// when
		ImportReport report = territory.importBoundaries(
				new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.geojson", "test");
		// then
		assertThat(report.success()).isFalse();
		assertThat(report.errors()).extracting(ImportProblem::position, ImportProblem::code).containsExactly(
				org.assertj.core.groups.Tuple.tuple(1, "missing-ars"),
				org.assertj.core.groups.Tuple.tuple(2, "invalid-geometry"),
				org.assertj.core.groups.Tuple.tuple(3, "invalid-geometry"));
		assertThat(report.errors().get(1).detail()).contains("outside the WGS84 range");
		assertThat(territory.geometry("010010000000")).isEmpty();
	}

	@Test
	void invalidJsonIsReported() {
		// when
		ImportReport report = territory.importBoundaries(
				new ByteArrayInputStream("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":".getBytes(
						StandardCharsets.UTF_8)), "cut.geojson", "test");
		// then
		assertThat(report.success()).isFalse();
		assertThat(report.errors()).extracting(ImportProblem::code).containsExactly("invalid-json");
	}
}
