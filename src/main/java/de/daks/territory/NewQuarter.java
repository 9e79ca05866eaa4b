package de.daks.territory;

import org.jspecify.annotations.Nullable;

/**
 * What a Kommune enters for a quarter.
 *
 * @param key short key chosen by the Kommune, unique within it: letters and digits, 1–16 characters
 * @param geoJson an optional boundary: a GeoJSON Polygon or MultiPolygon, or a Feature or FeatureCollection with
 * exactly one such feature, in WGS84
 */
public record NewQuarter(String key, String name, @Nullable String geoJson) {
}
