package de.daks.territory;

/** A position in WGS84 degrees. */
public record GeoPoint(double lon, double lat) {
}
