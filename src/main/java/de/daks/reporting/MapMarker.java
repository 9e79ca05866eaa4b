package de.daks.reporting;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A point marker on an {@link SvgMap}, e.g. a Kommune of a programme.
 *
 * @param lon longitude in degrees (WGS84)
 * @param lat latitude in degrees (WGS84)
 * @param label the tooltip and accessible name (plain text, escaped by the renderer)
 * @param cssClass extra CSS classes besides {@code marker}, or null
 * @param href a link target, or null
 */
public record MapMarker(double lon, double lat, String label, @Nullable String cssClass, @Nullable String href) {

	public MapMarker {
		Objects.requireNonNull(label, "label");
		if (!Double.isFinite(lon) || lon < -180 || lon > 180 || !Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("Marker position outside WGS84: " + lon + ", " + lat);
		}
		requireSafeHref(href);
	}

	/** Links on maps are relative paths, fragments or http(s) addresses – never {@code javascript:} and the like. */
	static void requireSafeHref(@Nullable String href) {
		if (href != null && (href.startsWith("//") || !(href.startsWith("/") || href.startsWith("#") || href.startsWith("https://")
				|| href.startsWith("http://")))) {
			throw new IllegalArgumentException("Unsafe map link: " + href);
		}
	}
}
