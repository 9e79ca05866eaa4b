package de.daks.territory.internal;

import de.daks.reporting.GeoJson;
import de.daks.reporting.GeoJsonException;
import de.daks.territory.AreaLevel;
import de.daks.territory.ImportProblem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of boundaries feature by feature (a streaming parser: the 7 MB Gemeinden file
 * is never held as one tree), matches each feature to a known area by its {@code ARS} property and simplifies the
 * geometry for maps.
 *
 * <p>Errors (the file is rejected): invalid JSON, not a FeatureCollection, a feature without {@code ARS}, an ARS that
 * is not a regional key, a geometry that is not Polygon/MultiPolygon or has invalid coordinates. Warnings (the
 * feature is skipped, the rest imported): an ARS the territory does not know – boundary files are often of another
 * Gebietsstand, and an unknown key must never create an area –, a second feature with the same ARS (BKG files list
 * water parts after the land part: the first one is kept), and BKG's {@code --} for foreign territory (Bodensee).
 * Features with a {@code GF} property other than 9 (water areas) are skipped silently and counted.
 *
 * <p>Matching: the exact key first; a 12-digit ARS padded with zeros ({@code 051580000000}) also matches the upper
 * level it stands for; {@code 000000000000} is Germany ({@code DG}).
 */
public final class BoundaryReader {

	/** Reads one feature at a time from the middle of the stream, so the rest of the file is not "trailing". */
	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** A matched, simplified boundary. */
	public record Feature(int index, String key, AreaLevel level, String geoJson, Envelope bounds, double pointLon,
			double pointLat, int points) {
	}

	public record Result(List<Feature> features, List<ImportProblem> errors, List<ImportProblem> warnings,
			int skipped, Map<AreaLevel, Integer> counts) {

		public boolean isValid() {
			return errors.isEmpty();
		}
	}

	private final Predicate<String> knownKeys;

	private final List<Feature> features = new ArrayList<>();

	private final List<ImportProblem> errors = new ArrayList<>();

	private final List<ImportProblem> warnings = new ArrayList<>();

	private final Map<String, Integer> seen = new HashMap<>();

	private int skipped;

	private BoundaryReader(Predicate<String> knownKeys) {
		this.knownKeys = knownKeys;
	}

	/**
	 * @param knownKeys whether the territory has an area with this key
	 */
	public static Result read(InputStream in, Predicate<String> knownKeys) {
		BoundaryReader reader = new BoundaryReader(knownKeys);
		reader.readCollection(in);
		Map<AreaLevel, Integer> counts = new EnumMap<>(AreaLevel.class);
		reader.features.forEach(f -> counts.merge(f.level(), 1, Integer::sum));
		return new Result(reader.errors.isEmpty() ? List.copyOf(reader.features) : List.of(),
				List.copyOf(reader.errors), List.copyOf(reader.warnings), reader.skipped, counts);
	}

	private void readCollection(InputStream in) {
		int index = 0;
		boolean collection = false;
		boolean sawFeatures = false;
		try (JsonParser parser = MAPPER.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				errors.add(new ImportProblem(0, "file", "not-feature-collection", "no JSON object"));
				return;
			}
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				if ("type".equals(name)) {
					collection = "FeatureCollection".equals(parser.getString());
				}
				else if ("features".equals(name) && parser.currentToken() == JsonToken.START_ARRAY) {
					sawFeatures = true;
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						JsonNode feature = MAPPER.readTree(parser);
						feature(index++, feature);
					}
				}
				else {
					parser.skipChildren();
				}
			}
			if (token != JsonToken.END_OBJECT) {
				errors.add(new ImportProblem(index, "file", "invalid-json", "unexpected " + token));
			}
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			errors.add(new ImportProblem(index, "file", "invalid-json", ex.getOriginalMessage()
					+ (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr()
							+ ")")));
			return;
		}
		if (!collection || !sawFeatures) {
			errors.add(new ImportProblem(0, "type", "not-feature-collection", ""));
		}
	}

	private void feature(int index, JsonNode feature) {
		JsonNode properties = feature.path("properties");
		JsonNode gf = properties.path("GF");
		if (gf.isNumber() && gf.intValue() != 9 || gf.isString() && !"9".equals(gf.stringValue())) {
			skipped++;
			return;
		}
		JsonNode arsNode = properties.path("ARS");
		String ars = arsNode.isString() || arsNode.isNumber() ? arsNode.asString().strip() : "";
		if (ars.isEmpty()) {
			errors.add(new ImportProblem(index, "properties.ARS", "missing-ars", ""));
			return;
		}
		if ("--".equals(ars)) {
			warnings.add(new ImportProblem(index, "properties.ARS", "foreign-territory",
					properties.path("GEN").asString("")));
			return;
		}
		if (!ars.matches("\\d{2}|\\d{3}|\\d{5}|\\d{9}|\\d{12}")) {
			errors.add(new ImportProblem(index, "properties.ARS", "invalid-ars", "'" + ars + "'"));
			return;
		}
		Geometry geometry;
		try {
			geometry = GeoJson.readGeometry(feature.get("geometry"));
		}
		catch (GeoJsonException ex) {
			errors.add(new ImportProblem(index, "geometry", "invalid-geometry", ex.getMessage()));
			return;
		}
		String key = resolve(ars);
		if (key == null) {
			warnings.add(new ImportProblem(index, "properties.ARS", "unknown-ars",
					ars + " " + properties.path("GEN").asString("")));
			return;
		}
		Integer first = seen.putIfAbsent(key, index);
		if (first != null) {
			warnings.add(new ImportProblem(index, "properties.ARS", "duplicate-ars", key + " = feature " + first));
			return;
		}
		if (!errors.isEmpty()) {
			// the file is rejected anyway: keep validating, but do not spend time and memory on simplifying
			return;
		}
		AreaLevel level = AreaLevel.ofKey(key);
		features.add(simplified(index, key, level, geometry));
	}

	public static Feature simplified(int index, String key, AreaLevel level, Geometry geometry) {
		Geometry simple = TopologyPreservingSimplifier.simplify(geometry, tolerance(level));
		if (simple.isEmpty()) {
			simple = geometry;
		}
		Point point = geometry.getInteriorPoint();
		String json = GeoJson.writeGeometry(simple, level == AreaLevel.QUARTIER ? 5 : 4);
		return new Feature(index, key, level, json, simple.getEnvelopeInternal(), point.getX(), point.getY(),
				simple.getNumPoints());
	}

	/**
	 * Simplification tolerance in degrees (0.001° ≈ 70 m east–west and 110 m north–south in Germany): coarse for a
	 * map of Germany, fine for quarters. Chosen so a Land keeps a few hundred points and a Gemeinde a few dozen.
	 */
	static double tolerance(AreaLevel level) {
		return switch (level) {
			case STAAT, LAND -> 0.005;
			case REGIERUNGSBEZIRK, KREIS -> 0.002;
			case GEMEINDEVERBAND -> 0.001;
			case GEMEINDE -> 0.0005;
			case QUARTIER -> 0.00005;
		};
	}

	private @Nullable String resolve(String ars) {
		if ("000000000000".equals(ars)) {
			return knownKeys.test(AreaLevel.GERMANY) ? AreaLevel.GERMANY : null;
		}
		if (knownKeys.test(ars)) {
			return ars;
		}
		if (ars.length() == 12) {
			for (int length : new int[] { 9, 5, 3, 2 }) {
				if (ars.substring(length).chars().allMatch(c -> c == '0') && knownKeys.test(ars.substring(0, length))) {
					return ars.substring(0, length);
				}
			}
		}
		return null;
	}
}
