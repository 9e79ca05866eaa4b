package de.daks.territory.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.territory.Area;
import de.daks.territory.TerritoryManagement;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: search the territory, and one area with its ancestors, facts, children and map. */
@Controller
class TerritoryController {

	static final int SEARCH_LIMIT = 50;

	private final TerritoryManagement territory;

	private final TerritoryMaps maps;

	TerritoryController(TerritoryManagement territory, TerritoryMaps maps) {
		this.territory = territory;
		this.maps = maps;
	}

	@GetMapping("/gebiete")
	@Requires(Permission.PUBLIC)
	String showSearch(@RequestParam(name = "q", required = false) String query, Model model) {
		String q = query == null ? "" : query.strip();
		model.addAttribute("q", q);
		model.addAttribute("searched", !q.isEmpty());
		model.addAttribute("results", q.isEmpty() ? List.of() : territory.search(q, SEARCH_LIMIT));
		model.addAttribute("limit", SEARCH_LIMIT);
		if (q.isEmpty()) {
			model.addAttribute("laender", territory.children(de.daks.territory.AreaLevel.GERMANY));
		}
		return "territory/search";
	}

	@GetMapping("/gebiete/{key}")
	@Requires(Permission.PUBLIC)
	String showArea(@PathVariable String key, Model model) {
		Area area = territory.get(key);
		List<Area> children = territory.children(key);
		model.addAttribute("area", area);
		model.addAttribute("ancestors", territory.ancestors(key));
		model.addAttribute("children", children);
		model.addAttribute("map", maps.areaMap(area, children));
		model.addAttribute("boundary", territory.geometry(key).isPresent());
		return "territory/area";
	}
}
