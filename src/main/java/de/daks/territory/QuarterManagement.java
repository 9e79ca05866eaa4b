package de.daks.territory;

import de.daks.reporting.GeoJson;
import de.daks.reporting.GeoJsonException;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.internal.AreaRepository;
import de.daks.territory.internal.AreaRepository.AreaRow;
import de.daks.territory.internal.AreaRepository.GeometryRow;
import de.daks.territory.internal.BoundaryReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quarters (Quartiere) of a Kommune, created by its own users below the Kommune's primary area (its first area key).
 * A quarter's area key is {@code <parent ARS>-Q-<key>}. Every method checks that the quarter belongs to the given
 * Kommune; another Kommune's quarter is "not found".
 */
@Service
public class QuarterManagement {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,16}");

	/** How far (in degrees, about 5 km) a quarter may reach beyond the bounding box of its Gemeinde. */
	private static final double BOUNDS_SLACK = 0.05;

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private final AreaRepository areas;

	private final KommuneManagement kommunen;

	private final AuditLog audit;

	private final java.time.Clock clock;

	QuarterManagement(AreaRepository areas, KommuneManagement kommunen, AuditLog audit, java.time.Clock clock) {
		this.areas = areas;
		this.kommunen = kommunen;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Area> quarters(KommuneId kommune) {
		return areas.quartersOf(kommune);
	}

	/** The quarter with the user key, if it belongs to the Kommune. */
	@Transactional(readOnly = true)
	public Area get(KommuneId kommune, String quarterKey) {
		return areas.quartersOf(kommune).stream().filter(q -> quarterKey.equals(q.quarterKey())).findFirst()
			.orElseThrow(() -> new NotFoundException("Quarter " + quarterKey));
	}

	/** The official area quarters of this Kommune hang under, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Area> parentArea(KommuneId kommune) {
		return kommunen.get(kommune).areaKeys().stream().findFirst().flatMap(areas::find)
			.filter(a -> a.level().isOfficial());
	}

	/**
	 * Creates a quarter.
	 * @return its area key
	 * @throws QuarterException for an invalid or taken key, a missing name, a Kommune without area, or an invalid
	 * boundary (naming the reason)
	 */
	@Transactional
	public String create(KommuneId kommune, NewQuarter quarter) {
		Area parent = parentArea(kommune)
			.orElseThrow(() -> new QuarterException("key", "no-parent-area", ""));
		String userKey = quarter.key().strip();
		if (!KEY.matcher(userKey).matches()) {
			throw new QuarterException("key", "invalid-key", userKey);
		}
		String name = requireName(quarter.name());
		String areaKey = parent.key() + "-Q-" + userKey;
		if (areas.find(areaKey).isPresent()) {
			throw new QuarterException("key", "duplicate-key", userKey);
		}
		Geometry geometry = quarter.geoJson() == null ? null : parseBoundary(quarter.geoJson(), parent.key());
		Instant now = clock.instant();
		areas.upsert(List.of(row(areaKey, parent.key(), name, kommune)), now);
		if (geometry != null) {
			saveGeometry(areaKey, geometry, now);
		}
		audit.record("territory.quarter.created", "Quarter", areaKey, kommune, name);
		return areaKey;
	}

	/**
	 * Renames a quarter and replaces or removes its boundary.
	 * @param geoJson a new boundary, or null to keep the current one
	 */
	@Transactional
	public void update(KommuneId kommune, String quarterKey, String name, @Nullable String geoJson,
			boolean removeBoundary) {
		Area quarter = get(kommune, quarterKey);
		String newName = requireName(name);
		Geometry geometry = geoJson == null ? null : parseBoundary(geoJson, quarter.parentKey());
		Instant now = clock.instant();
		areas.upsert(List.of(row(quarter.key(), quarter.parentKey(), newName, kommune)), now);
		if (geometry != null) {
			saveGeometry(quarter.key(), geometry, now);
		}
		else if (removeBoundary) {
			areas.deleteGeometry(quarter.key());
		}
		audit.record("territory.quarter.updated", "Quarter", quarter.key(), kommune, newName);
	}

	@Transactional
	public void delete(KommuneId kommune, String quarterKey) {
		Area quarter = get(kommune, quarterKey);
		areas.delete(quarter.key());
		audit.record("territory.quarter.deleted", "Quarter", quarter.key(), kommune, quarter.name());
	}

	private static String requireName(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > 200) {
			throw new QuarterException("name", "invalid-name", "");
		}
		return stripped;
	}

	private static AreaRow row(String areaKey, @Nullable String parent, String name, KommuneId kommune) {
		return new AreaRow(areaKey, AreaLevel.QUARTIER, parent, name, null, "Quartier", null, null, null, null, null,
				null, null, null, null, kommune.value());
	}

	private void saveGeometry(String areaKey, Geometry geometry, Instant now) {
		BoundaryReader.Feature feature = BoundaryReader.simplified(0, areaKey, AreaLevel.QUARTIER, geometry);
		areas.saveGeometries(List.of(new GeometryRow(areaKey, feature.geoJson(), feature.bounds(),
				feature.pointLon(), feature.pointLat(), feature.points())), null, now);
	}

	/** One Polygon/MultiPolygon, valid (no self-intersection), roughly inside the parent's boundary if it has one. */
	Geometry parseBoundary(String json, @Nullable String parentKey) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new QuarterException("boundary", "invalid-json", ex.getOriginalMessage());
		}
		JsonNode geometryNode = switch (root.path("type").asString("")) {
			case "FeatureCollection" -> {
				JsonNode features = root.path("features");
				if (!features.isArray() || features.size() != 1) {
					throw new QuarterException("boundary", "one-feature", String.valueOf(features.size()));
				}
				yield features.get(0).path("geometry");
			}
			case "Feature" -> root.path("geometry");
			default -> root;
		};
		Geometry geometry;
		try {
			geometry = GeoJson.readGeometry(geometryNode);
		}
		catch (GeoJsonException ex) {
			throw new QuarterException("boundary", "invalid-geometry", ex.getMessage());
		}
		if (!geometry.isValid()) {
			throw new QuarterException("boundary", "self-intersecting", "");
		}
		if (parentKey != null) {
			areas.shape(parentKey).ifPresent(parent -> {
				Envelope allowed = new Envelope(parent.bounds());
				allowed.expandBy(BOUNDS_SLACK);
				if (!allowed.contains(geometry.getEnvelopeInternal())) {
					throw new QuarterException("boundary", "outside-parent", parent.name());
				}
			});
		}
		return geometry;
	}
}
