package de.daks.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * Renders areas and point markers as an accessible, script-free SVG map – the same markup serves the web page,
 * print and PDF.
 *
 * <p>Accessibility: the SVG has a {@code <title>} and {@code <desc>} (referenced by {@code aria-labelledby}); every
 * area and marker carries a {@code <title>} tooltip; linked areas and markers are wrapped in {@code <a>} with an
 * {@code aria-label}, so they are keyboard-focusable. A map without links is {@code role="img"}; a map with links is
 * {@code role="group"}, because the children of an {@code img} are presentational and focusable links inside it
 * would be hidden from assistive technology (axe-core rule {@code nested-interactive}). Pages show a data table next
 * to the map, since shading alone must not carry information.
 *
 * <p>Styling is left to the stylesheet: {@code .map path.area}, {@code .highlight}, {@code circle.marker} and the
 * choropleth classes {@code choropleth-0} … {@code choropleth-4}.
 *
 * <pre>
 * String svg = SvgMap.builder("Kreise in Schleswig-Holstein")
 *     .description("15 Kreise, linked to their pages")
 *     .area(new MapArea("01001", "Flensburg", geometry, null, "/gebiete/01001", null))
 *     .marker(new MapMarker(9.43, 54.78, "Flensburg", null, null))
 *     .render();
 * </pre>
 */
public final class SvgMap {

	/** Number of choropleth classes; the stylesheet defines {@code choropleth-0} … {@code choropleth-4}. */
	public static final int CHOROPLETH_CLASSES = 5;

	private static final AtomicLong IDS = new AtomicLong();

	private SvgMap() {
	}

	public static Builder builder(String title) {
		return new Builder(title);
	}

	/** Collects what the map shows; {@link #render()} may be called more than once. */
	public static final class Builder {

		private final String title;

		private String description = "";

		private double width = 800;

		private double padding = 10;

		private double markerRadius = 6;

		private final List<MapArea> areas = new ArrayList<>();

		private final List<MapMarker> markers = new ArrayList<>();

		private Builder(String title) {
			this.title = Objects.requireNonNull(title, "title");
		}

		public Builder description(String description) {
			this.description = Objects.requireNonNull(description, "description");
			return this;
		}

		/** View box width in SVG units (default 800); the height follows from the data. */
		public Builder width(double width) {
			this.width = width;
			return this;
		}

		public Builder padding(double padding) {
			this.padding = padding;
			return this;
		}

		public Builder markerRadius(double radius) {
			this.markerRadius = radius;
			return this;
		}

		public Builder area(MapArea area) {
			areas.add(Objects.requireNonNull(area, "area"));
			return this;
		}

		public Builder areas(List<MapArea> areas) {
			areas.forEach(this::area);
			return this;
		}

		public Builder marker(MapMarker marker) {
			markers.add(Objects.requireNonNull(marker, "marker"));
			return this;
		}

		public Builder markers(List<MapMarker> markers) {
			markers.forEach(this::marker);
			return this;
		}

		public boolean isEmpty() {
			return areas.isEmpty() && markers.isEmpty();
		}

		/** The bounds of everything on the map (longitude as x, latitude as y). */
		public Envelope bounds() {
			Envelope bounds = new Envelope();
			areas.forEach(a -> bounds.expandToInclude(a.geometry().getEnvelopeInternal()));
			markers.forEach(m -> bounds.expandToInclude(m.lon(), m.lat()));
			return bounds;
		}

		/**
		 * The SVG element as text.
		 * @throws IllegalStateException if there is nothing to show
		 */
		public String render() {
			if (isEmpty()) {
				throw new IllegalStateException("A map needs at least one area or marker");
			}
			MapProjection projection = MapProjection.fit(bounds(), width, padding);
			boolean links = areas.stream().anyMatch(a -> a.href() != null)
					|| markers.stream().anyMatch(m -> m.href() != null);
			String id = "map-" + IDS.incrementAndGet();
			StringBuilder svg = new StringBuilder(4096);
			svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"daks-map\" viewBox=\"0 0 ")
				.append(number(projection.width())).append(' ').append(number(projection.height()))
				.append("\" role=\"").append(links ? "group" : "img").append("\" aria-labelledby=\"")
				.append(id).append("-title").append(description.isEmpty() ? "" : " " + id + "-desc")
				.append("\" focusable=\"false\">");
			svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
			if (!description.isEmpty()) {
				svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
			}
			if (!areas.isEmpty()) {
				double[] range = valueRange();
				svg.append("<g class=\"areas\">");
				for (MapArea area : areas) {
					renderArea(svg, area, projection, range);
				}
				svg.append("</g>");
			}
			if (!markers.isEmpty()) {
				svg.append("<g class=\"markers\">");
				for (MapMarker marker : markers) {
					renderMarker(svg, marker, projection);
				}
				svg.append("</g>");
			}
			return svg.append("</svg>").toString();
		}

		private double @Nullable [] valueRange() {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (MapArea area : areas) {
				if (area.value() != null && Double.isFinite(area.value())) {
					min = Math.min(min, area.value());
					max = Math.max(max, area.value());
				}
			}
			return min <= max ? new double[] { min, max } : null;
		}

		private void renderArea(StringBuilder svg, MapArea area, MapProjection projection,
				double @Nullable [] range) {
			String path = path(area, projection);
			if (path.isEmpty()) {
				return;
			}
			StringBuilder classes = new StringBuilder("area");
			if (area.cssClass() != null && !area.cssClass().isBlank()) {
				classes.append(' ').append(area.cssClass().strip());
			}
			if (range != null && area.value() != null && Double.isFinite(area.value())) {
				classes.append(" choropleth-").append(choroplethClass(area.value(), range[0], range[1]));
			}
			if (area.href() != null) {
				svg.append("<a href=\"").append(escape(area.href())).append("\" aria-label=\"")
					.append(escape(area.label())).append("\">");
			}
			svg.append("<path class=\"").append(escape(classes.toString())).append("\" data-key=\"")
				.append(escape(area.key())).append("\" fill-rule=\"evenodd\" d=\"").append(path).append("\"><title>")
				.append(escape(area.label())).append("</title></path>");
			if (area.href() != null) {
				svg.append("</a>");
			}
		}

		private void renderMarker(StringBuilder svg, MapMarker marker, MapProjection projection) {
			String classes = marker.cssClass() == null || marker.cssClass().isBlank() ? "marker"
					: "marker " + marker.cssClass().strip();
			if (marker.href() != null) {
				svg.append("<a href=\"").append(escape(marker.href())).append("\" aria-label=\"")
					.append(escape(marker.label())).append("\">");
			}
			svg.append("<circle class=\"").append(escape(classes)).append("\" cx=\"")
				.append(number(projection.x(marker.lon()))).append("\" cy=\"")
				.append(number(projection.y(marker.lat()))).append("\" r=\"").append(number(markerRadius))
				.append("\"><title>").append(escape(marker.label())).append("</title></circle>");
			if (marker.href() != null) {
				svg.append("</a>");
			}
		}
	}

	/** The class 0 … 4 of a value in five equal intervals between min and max. */
	static int choroplethClass(double value, double min, double max) {
		if (max <= min) {
			return CHOROPLETH_CLASSES / 2;
		}
		int index = (int) Math.floor((value - min) / (max - min) * CHOROPLETH_CLASSES);
		return Math.max(0, Math.min(CHOROPLETH_CLASSES - 1, index));
	}

	/** The SVG path data of an area: one closed sub-path per ring; points closer than 0.1 units are merged. */
	static String path(MapArea area, MapProjection projection) {
		StringBuilder d = new StringBuilder();
		for (Polygon polygon : GeoJson.polygons(area.geometry())) {
			ring(d, polygon.getExteriorRing().getCoordinates(), projection);
			for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
				ring(d, polygon.getInteriorRingN(i).getCoordinates(), projection);
			}
		}
		return d.toString();
	}

	private static void ring(StringBuilder d, Coordinate[] coordinates, MapProjection projection) {
		String last = null;
		int written = 0;
		StringBuilder part = new StringBuilder();
		// the closing position repeats the first; "Z" closes the ring instead
		for (int i = 0; i < coordinates.length - 1; i++) {
			String point = number(projection.x(coordinates[i].x)) + " " + number(projection.y(coordinates[i].y));
			if (point.equals(last)) {
				continue;
			}
			part.append(written == 0 ? "M" : "L").append(point);
			last = point;
			written++;
		}
		if (written >= 3) {
			d.append(part).append('Z');
		}
	}

	static String number(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		if (text.endsWith(".0")) {
			text = text.substring(0, text.length() - 2);
		}
		return "-0".equals(text) ? "0" : text;
	}

	static String escape(String text) {
		return Xml.escape(text);
	}
}
