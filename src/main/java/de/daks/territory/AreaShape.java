package de.daks.territory;

import de.daks.reporting.GeoJson;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The stored boundary of an area, simplified for maps.
 *
 * @param geoJson GeoJSON geometry (Polygon or MultiPolygon), WGS84 longitude/latitude
 * @param bounds bounding box (x = longitude, y = latitude)
 * @param point a representative point inside the area (for markers and labels)
 */
public record AreaShape(String key, String name, AreaLevel level, String geoJson, Envelope bounds, GeoPoint point) {

	/** The geometry as JTS object, e.g. for {@link de.daks.reporting.MapArea}. */
	public Geometry geometry() {
		return GeoJson.readGeometry(geoJson);
	}
}
