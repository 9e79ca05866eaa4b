package de.daks.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes GeoJSON (RFC 7946) area geometries – Polygon and MultiPolygon in WGS84 longitude/latitude – as
 * JTS geometries. Only what maps of Gebietskörperschaften need: other geometry types are refused with a message.
 */
public final class GeoJson {

	/** SRID 4326: WGS84 longitude/latitude, as RFC 7946 prescribes. */
	public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private GeoJson() {
	}

	/** Parses a GeoJSON geometry object given as text. */
	public static Geometry readGeometry(String json) {
		JsonNode node;
		try {
			node = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new GeoJsonException("invalid JSON: " + ex.getOriginalMessage());
		}
		return readGeometry(node);
	}

	/**
	 * Converts a GeoJSON geometry object (Polygon or MultiPolygon) to JTS.
	 * @throws GeoJsonException naming the offending part: wrong type, missing or non-numeric coordinates, a
	 * longitude outside −180..180 or latitude outside −90..90, a ring with fewer than 4 positions or not closed
	 */
	public static Geometry readGeometry(JsonNode geometry) {
		if (geometry == null || !geometry.isObject()) {
			throw new GeoJsonException("geometry missing");
		}
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if (!coordinates.isArray()) {
			if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
				throw new GeoJsonException("geometry type '" + type + "' is not Polygon or MultiPolygon");
			}
			throw new GeoJsonException("geometry has no coordinates array");
		}
		return switch (type) {
			case "Polygon" -> polygon(coordinates, "coordinates");
			case "MultiPolygon" -> {
				if (coordinates.isEmpty()) {
					throw new GeoJsonException("MultiPolygon has no polygons");
				}
				Polygon[] polygons = new Polygon[coordinates.size()];
				for (int i = 0; i < polygons.length; i++) {
					polygons[i] = polygon(coordinates.get(i), "coordinates[" + i + "]");
				}
				yield WGS84.createMultiPolygon(polygons);
			}
			default -> throw new GeoJsonException("geometry type '" + type + "' is not Polygon or MultiPolygon");
		};
	}

	private static Polygon polygon(JsonNode rings, String path) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new GeoJsonException(path + ": a polygon needs at least one ring");
		}
		LinearRing shell = ring(rings.get(0), path + "[0]");
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i), path + "[" + i + "]");
		}
		return WGS84.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions, String path) {
		if (!positions.isArray() || positions.size() < 4) {
			throw new GeoJsonException(path + ": a ring needs at least 4 positions");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode position = positions.get(i);
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				throw new GeoJsonException(path + "[" + i + "]: a position needs numeric longitude and latitude");
			}
			double lon = position.get(0).doubleValue();
			double lat = position.get(1).doubleValue();
			if (!Double.isFinite(lon) || lon < -180 || lon > 180 || !Double.isFinite(lat) || lat < -90 || lat > 90) {
				throw new GeoJsonException(path + "[" + i + "]: position (" + lon + ", " + lat
						+ ") is outside the WGS84 range (longitude −180..180, latitude −90..90)");
			}
			coordinates[i] = new Coordinate(lon, lat);
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new GeoJsonException(path + ": the ring is not closed (first and last position differ)");
		}
		return WGS84.createLinearRing(coordinates);
	}

	/**
	 * Writes a Polygon or MultiPolygon as a GeoJSON geometry object.
	 * @param decimals digits after the decimal point (5 ≈ 1 m in Germany)
	 */
	public static String writeGeometry(Geometry geometry, int decimals) {
		List<Polygon> polygons = polygons(geometry);
		StringBuilder out = new StringBuilder(64 + geometry.getNumPoints() * 20);
		String format = "%." + decimals + "f";
		if (polygons.size() == 1) {
			out.append("{\"type\":\"Polygon\",\"coordinates\":");
			appendPolygon(out, polygons.get(0), format);
		}
		else {
			out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < polygons.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				appendPolygon(out, polygons.get(i), format);
			}
			out.append(']');
		}
		return out.append('}').toString();
	}

	/** The polygons of a Polygon, MultiPolygon or collection of them; other parts are ignored. */
	public static List<Polygon> polygons(Geometry geometry) {
		List<Polygon> polygons = new ArrayList<>();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Geometry part = geometry.getGeometryN(i);
			if (part instanceof Polygon polygon && !polygon.isEmpty()) {
				polygons.add(polygon);
			}
			else if (part instanceof MultiPolygon || part.getNumGeometries() > 1) {
				polygons.addAll(polygons(part));
			}
		}
		return polygons;
	}

	private static void appendPolygon(StringBuilder out, Polygon polygon, String format) {
		out.append('[');
		appendRing(out, polygon.getExteriorRing().getCoordinates(), format);
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			out.append(',');
			appendRing(out, polygon.getInteriorRingN(i).getCoordinates(), format);
		}
		out.append(']');
	}

	private static void appendRing(StringBuilder out, Coordinate[] coordinates, String format) {
		out.append('[');
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('[').append(number(coordinates[i].x, format)).append(',')
				.append(number(coordinates[i].y, format)).append(']');
		}
		out.append(']');
	}

	private static String number(double value, String format) {
		String text = String.format(Locale.ROOT, format, value);
		if (text.indexOf('.') >= 0) {
			int end = text.length();
			while (text.charAt(end - 1) == '0') {
				end--;
			}
			if (text.charAt(end - 1) == '.') {
				end--;
			}
			text = text.substring(0, end);
		}
		return "-0".equals(text) ? "0" : text;
	}
}
