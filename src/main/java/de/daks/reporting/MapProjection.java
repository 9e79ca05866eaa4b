package de.daks.reporting;

import org.locationtech.jts.geom.Envelope;

/**
 * Equirectangular projection with the cos(latitude) correction at the middle latitude of the data, fitted into a
 * view box of fixed width. Between 47° and 55° north (Germany) the distortion of shapes stays below 7 %, which is
 * good enough for thematic maps and needs no library.
 *
 * <p>x grows to the east, y to the south (SVG orientation). The view box is {@code width} wide; its height follows
 * from the aspect ratio of the data, plus {@code padding} on every side.
 */
public final class MapProjection {

	/** Smallest extent in degrees, so a single point or a tiny quarter still gets a sensible scale. */
	static final double MIN_EXTENT = 0.02;

	private final double minLon;

	private final double maxLat;

	private final double cosLat;

	private final double scale;

	private final double padding;

	private final double width;

	private final double height;

	private MapProjection(double minLon, double maxLat, double cosLat, double scale, double padding, double width,
			double height) {
		this.minLon = minLon;
		this.maxLat = maxLat;
		this.cosLat = cosLat;
		this.scale = scale;
		this.padding = padding;
		this.width = width;
		this.height = height;
	}

	/**
	 * Fits the projection to the bounds of the data.
	 * @param bounds longitude (x) and latitude (y) range in degrees, not empty
	 * @param width view box width in SVG units, positive
	 * @param padding margin on every side in SVG units, non-negative and less than half the width
	 */
	public static MapProjection fit(Envelope bounds, double width, double padding) {
		if (bounds.isNull()) {
			throw new IllegalArgumentException("A map needs data with a location");
		}
		if (!(width > 0) || padding < 0 || 2 * padding >= width) {
			throw new IllegalArgumentException("Invalid width " + width + " or padding " + padding);
		}
		Envelope box = new Envelope(bounds);
		if (box.getWidth() < MIN_EXTENT) {
			box.expandBy((MIN_EXTENT - box.getWidth()) / 2, 0);
		}
		if (box.getHeight() < MIN_EXTENT) {
			box.expandBy(0, (MIN_EXTENT - box.getHeight()) / 2);
		}
		double cosLat = Math.cos(Math.toRadians((box.getMinY() + box.getMaxY()) / 2));
		double scale = (width - 2 * padding) / (box.getWidth() * cosLat);
		double height = box.getHeight() * scale + 2 * padding;
		return new MapProjection(box.getMinX(), box.getMaxY(), cosLat, scale, padding, width, height);
	}

	/** SVG x of a longitude/latitude position. */
	public double x(double lon) {
		return padding + (lon - minLon) * cosLat * scale;
	}

	/** SVG y of a latitude (north is up). */
	public double y(double lat) {
		return padding + (maxLat - lat) * scale;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}
}
