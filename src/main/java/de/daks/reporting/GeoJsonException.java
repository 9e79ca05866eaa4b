package de.daks.reporting;

/** A GeoJSON geometry is malformed or outside the WGS84 range; the message names the part and the reason. */
public class GeoJsonException extends RuntimeException {

	public GeoJsonException(String message) {
		super(message);
	}
}
