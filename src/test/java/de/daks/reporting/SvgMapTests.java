package de.daks.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

@Tag("no-database")
class SvgMapTests {

	private static final double TOLERANCE = 1e-9;

	/** A square of one degree at the equator, where cos(latitude) is 1. */
	private static final Geometry SQUARE = GeoJson.readGeometry(
			"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");

	@Test
	void projectionFitsTheBoundsIntoTheViewBox() {
		// given: 10° to 12° east, 50° to 51° north
		Envelope bounds = new Envelope(10, 12, 50, 51);
		// when
		MapProjection projection = MapProjection.fit(bounds, 800, 10);
		// then
		double cos = Math.cos(Math.toRadians(50.5));
		double scale = (800 - 2 * 10) / (2 * cos);
		assertThat(projection.x(10)).isCloseTo(10, within(TOLERANCE));
		assertThat(projection.x(12)).isCloseTo(790, within(TOLERANCE));
		assertThat(projection.y(51)).as("north is up").isCloseTo(10, within(TOLERANCE));
		assertThat(projection.y(50)).isCloseTo(10 + scale, within(TOLERANCE));
		assertThat(projection.height()).isCloseTo(scale + 2 * 10, within(TOLERANCE));
	}

	@Test
	void aSinglePointGetsAMinimalExtent() {
		// when
		MapProjection projection = MapProjection.fit(new Envelope(9, 9, 54, 54), 100, 0);
		// then
		assertThat(projection.x(9)).isCloseTo(50, within(TOLERANCE));
		assertThat(projection.height()).isGreaterThan(0);
	}

	@Test
	void rendersASquareAsOneClosedPath() {
		// when
		String svg = SvgMap.builder("Quadrat").width(120).padding(10).area(MapArea.of("sq", "Quadrat", SQUARE))
			.render();
		// then
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("viewBox=\"0 0 120 120\"")
			.contains("role=\"img\"")
			.contains("<title id=\"map-")
			.contains("d=\"M10 110L110 110L110 10L10 10Z\"")
			.contains("<path class=\"area\" data-key=\"sq\"")
			.doesNotContain("<script");
	}

	@Test
	void escapesLabelsAndLinksAndMakesLinkedMapsAGroup() {
		// when
		String svg = SvgMap.builder("Karte <Test> & \"mehr\"").description("Beschreibung")
			.area(new MapArea("a", "Groß & <Klein>", SQUARE, "highlight", "/gebiete/01?x=1&y=2", null))
			.marker(new MapMarker(0.5, 0.5, "Ort 'X'", null, "/kommunen/1"))
			.render();
		// then
		assertThat(svg).contains("Karte &lt;Test&gt; &amp; &quot;mehr&quot;")
			.contains("<title>Groß &amp; &lt;Klein&gt;</title>")
			.contains("href=\"/gebiete/01?x=1&amp;y=2\"")
			.contains("aria-label=\"Ort &#39;X&#39;\"")
			.contains("class=\"area highlight\"")
			.contains("<circle class=\"marker\"")
			.contains("role=\"group\"")
			.contains("<desc id=");
	}

	@Test
	void shadesAreasInFiveClasses() {
		// when
		String svg = SvgMap.builder("Dichte")
			.area(new MapArea("low", "wenig", SQUARE, null, null, 0.0))
			.area(new MapArea("high", "viel", SQUARE, null, null, 100.0))
			.render();
		// then
		assertThat(svg).contains("class=\"area choropleth-0\"").contains("class=\"area choropleth-4\"");
		assertThat(SvgMap.choroplethClass(50, 0, 100)).isEqualTo(2);
		assertThat(SvgMap.choroplethClass(7, 7, 7)).isEqualTo(2);
	}

	@Test
	void refusesUnsafeLinksAndEmptyMaps() {
		assertThatThrownBy(() -> new MapMarker(0, 0, "x", null, "javascript:alert(1)"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SvgMap.builder("leer").render()).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void geoJsonRoundTripsAndReportsBadInput() {
		// when
		String json = GeoJson.writeGeometry(SQUARE, 5);
		// then
		assertThat(json).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
		assertThatThrownBy(() -> GeoJson.readGeometry("{\"type\":\"Point\",\"coordinates\":[1,2]}"))
			.hasMessageContaining("not Polygon or MultiPolygon");
		assertThatThrownBy(() -> GeoJson.readGeometry(
				"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
			.hasMessageContaining("not closed");
		assertThatThrownBy(() -> GeoJson.readGeometry(
				"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,95],[0,0]]]}"))
			.hasMessageContaining("outside the WGS84 range");
	}
}
