package de.daks.territory.web;

import de.daks.reporting.MapArea;
import de.daks.reporting.MapMarker;
import de.daks.reporting.SvgMap;
import de.daks.territory.Area;
import de.daks.territory.AreaShape;
import de.daks.territory.GeoPoint;
import de.daks.territory.TerritoryManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the SVG maps of the territory pages from stored boundaries. */
@Component
class TerritoryMaps {

	private final TerritoryManagement territory;

	private final MessageSource messages;

	TerritoryMaps(TerritoryManagement territory, MessageSource messages) {
		this.territory = territory;
		this.messages = messages;
	}

	/**
	 * The map of an area page: its children (linked), or – when they have no boundaries – the area highlighted among
	 * its siblings for context, or the area alone; null when nothing has a boundary.
	 */
	@Nullable String areaMap(Area area, List<Area> children) {
		List<AreaShape> childShapes = territory.geometries(children.stream().map(Area::key).toList());
		if (childShapes.isEmpty() && !children.isEmpty()) {
			// Regierungsbezirke have no boundaries of their own: a Land shows its Kreise instead
			childShapes = territory.geometries(children.stream()
				.flatMap(c -> territory.children(c.key()).stream()).map(Area::key).toList());
		}
		SvgMap.Builder map = SvgMap.builder(message("territory.map.title", area.name()));
		if (!childShapes.isEmpty()) {
			map.description(message("territory.map.children", area.name(), childShapes.size()));
			territory.geometry(area.key()).ifPresent(own -> map.area(new MapArea(own.key(), area.name(),
					own.geometry(), "context", null, null)));
			childShapes.forEach(s -> map.area(new MapArea(s.key(), s.name(), s.geometry(), null,
					"/gebiete/" + s.key(), null)));
			return map.render();
		}
		Optional<AreaShape> own = territory.geometry(area.key());
		if (own.isEmpty()) {
			return null;
		}
		List<AreaShape> siblings = area.parentKey() == null ? List.of()
				: territory.geometries(territory.children(area.parentKey()).stream().map(Area::key).toList());
		map.description(message("territory.map.context", area.name()));
		for (AreaShape sibling : siblings) {
			if (!sibling.key().equals(area.key())) {
				map.area(new MapArea(sibling.key(), sibling.name(), sibling.geometry(), "context",
						"/gebiete/" + sibling.key(), null));
			}
		}
		map.area(new MapArea(own.get().key(), area.name(), own.get().geometry(), "highlight", null, null));
		return map.render();
	}

	/** A Kommune's areas highlighted (or as markers where no boundary is stored) with its quarters. */
	@Nullable String kommuneMap(String kommuneName, List<Area> areas, List<Area> quarters) {
		SvgMap.Builder map = SvgMap.builder(message("territory.map.title", kommuneName))
			.description(message("territory.map.kommune", kommuneName, areas.size(), quarters.size()));
		Set<String> keys = areas.stream().map(Area::key).collect(Collectors.toSet());
		List<AreaShape> shapes = territory.geometries(keys);
		shapes.forEach(s -> map.area(new MapArea(s.key(), s.name(), s.geometry(), "highlight",
				"/gebiete/" + s.key(), null)));
		Set<String> drawn = shapes.stream().map(AreaShape::key).collect(Collectors.toSet());
		List<MapMarker> markers = new ArrayList<>();
		for (Area area : areas) {
			if (!drawn.contains(area.key())) {
				Optional<GeoPoint> point = territory.centroid(area.key());
				point.ifPresent(p -> markers.add(new MapMarker(p.lon(), p.lat(), area.name(), null,
						"/gebiete/" + area.key())));
			}
		}
		territory.geometries(quarters.stream().map(Area::key).toList()).forEach(s -> map.area(new MapArea(s.key(),
				s.name(), s.geometry(), "quarter", null, null)));
		map.markers(markers);
		return map.isEmpty() ? null : map.render();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
