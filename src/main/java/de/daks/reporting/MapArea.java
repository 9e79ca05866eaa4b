package de.daks.reporting;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * An area on an {@link SvgMap}.
 *
 * @param key a stable identifier (e.g. the ARS), written as {@code data-key}
 * @param label the tooltip and accessible name (plain text, escaped by the renderer)
 * @param geometry Polygon or MultiPolygon in WGS84 longitude/latitude
 * @param cssClass extra CSS classes besides {@code area} (e.g. {@code highlight}), or null
 * @param href a link target, or null for an area that is not a link
 * @param value a value for a choropleth (shaded in five equal classes between minimum and maximum), or null
 */
public record MapArea(String key, String label, Geometry geometry, @Nullable String cssClass, @Nullable String href,
		@Nullable Double value) {

	public MapArea {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(geometry, "geometry");
		MapMarker.requireSafeHref(href);
	}

	/** A plain area without link, class or value. */
	public static MapArea of(String key, String label, Geometry geometry) {
		return new MapArea(key, label, geometry, null, null, null);
	}

	/** An area given as GeoJSON geometry text. */
	public static MapArea fromGeoJson(String key, String label, String geoJson, @Nullable String cssClass,
			@Nullable String href, @Nullable Double value) {
		return new MapArea(key, label, GeoJson.readGeometry(geoJson), cssClass, href, value);
	}
}
