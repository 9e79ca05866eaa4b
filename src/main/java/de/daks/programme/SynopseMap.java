package de.daks.programme;

import de.daks.reporting.MapArea;
import de.daks.reporting.MapMarker;
import de.daks.reporting.SvgMap;
import de.daks.territory.AreaLevel;
import de.daks.territory.AreaShape;
import de.daks.territory.GeoPoint;
import de.daks.territory.TerritoryManagement;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Kommunen of the Synopse as markers on the map of the Länder, coloured by the step they work on. The table of
 * the Synopse is the data behind the map; Kommunen without a located area are listed there only.
 */
@Component
class SynopseMap {

	private final TerritoryManagement territory;

	private final MessageSource messages;

	SynopseMap(TerritoryManagement territory, MessageSource messages) {
		this.territory = territory;
		this.messages = messages;
	}

	/** The SVG, or null when neither boundaries nor located Kommunen exist. */
	@Nullable String render(String programmeName, Synopse.View view) {
		return render(programmeName, view, java.util.Map.of());
	}

	/**
	 * The SVG with a detail of the shown table in each marker's text (e.g. the money spent), or null when neither
	 * boundaries nor located Kommunen exist.
	 */
	@Nullable String render(String programmeName, Synopse.View view,
			java.util.Map<de.daks.shared.KommuneId, String> details) {
		SvgMap.Builder map = SvgMap.builder(message("programme.map.title", programmeName)).markerRadius(12)
			.description(message("programme.map.description", view.rows().size()));
		for (AreaShape land : territory.geometries(AreaLevel.LAND)) {
			map.area(new MapArea(land.key(), land.name(), land.geometry(), "context", null, null));
		}
		int located = 0;
		// all markers in a few queries: a programme has up to 400 Kommunen
		var centroids = territory.centroids(view.rows().stream().filter(r -> !r.kommune().areaKeys().isEmpty())
			.map(r -> r.kommune().areaKeys().get(0)).toList());
		for (Synopse.Row row : view.rows()) {
			Optional<GeoPoint> point = row.kommune().areaKeys().isEmpty() ? Optional.empty()
					: Optional.ofNullable(centroids.get(row.kommune().areaKeys().get(0)));
			if (point.isPresent()) {
				String step = row.currentStep() == null ? message("programme.map.completed")
						: message(row.currentStep().messageKey());
				String detail = details.get(row.kommune().id());
				map.marker(new MapMarker(point.get().lon(), point.get().lat(),
						detail == null ? message("programme.map.marker", row.kommune().name(), step)
								: message("programme.map.markerDetail", row.kommune().name(), step, detail),
						"step-" + (row.currentStep() == null ? "COMPLETED" : row.currentStep().name()),
						"/kommunen/" + row.kommune().id()));
				located++;
			}
		}
		return located == 0 && map.isEmpty() ? null : map.render();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
