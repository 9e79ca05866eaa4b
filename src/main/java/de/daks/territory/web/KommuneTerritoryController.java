package de.daks.territory.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Area;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.QuarterManagement;
import de.daks.territory.TerritoryManagement;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A Kommune's territory (areas, quarters, map) and the registration of a Kommune by the Geschäftsstelle. */
@Controller
class KommuneTerritoryController {

	private final KommuneManagement kommunen;

	private final TerritoryManagement territory;

	private final QuarterManagement quarters;

	private final TerritoryMaps maps;

	KommuneTerritoryController(KommuneManagement kommunen, TerritoryManagement territory, QuarterManagement quarters,
			TerritoryMaps maps) {
		this.kommunen = kommunen;
		this.territory = territory;
		this.quarters = quarters;
		this.maps = maps;
	}

	@ModelAttribute("kinds")
	KommuneKind[] kinds() {
		return KommuneKind.values();
	}

	@GetMapping("/kommunen/{kommuneId}/gebiet")
	@Requires(Permission.KOMMUNE_VIEW)
	String showKommuneTerritory(@PathVariable KommuneId kommuneId, Model model) {
		Kommune kommune = kommunen.get(kommuneId);
		List<Area> areas = territory.findAll(kommune.areaKeys());
		List<Area> quarterList = quarters.quarters(kommuneId);
		model.addAttribute("kommune", kommune);
		model.addAttribute("populationDate", isoDate(kommune.populationDate()));
		model.addAttribute("areas", areas);
		model.addAttribute("quarters", quarterList);
		model.addAttribute("map", maps.kommuneMap(kommune.name(), areas, quarterList));
		return "territory/kommune-territory";
	}

	@GetMapping("/kommunen/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String initCreationForm(@RequestParam(name = "q", required = false) String query, Model model) {
		KommuneForm form = new KommuneForm();
		form.setQ(query);
		model.addAttribute("kommuneForm", form);
		return form(form, model);
	}

	/** One form, two buttons: "search" shows matching areas to tick (works without JavaScript), "create" saves. */
	@PostMapping("/kommunen/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processCreationForm(@Valid @ModelAttribute("kommuneForm") KommuneForm kommuneForm, BindingResult result,
			@RequestParam(name = "search", required = false) String search, Model model,
			RedirectAttributes redirect) {
		List<Area> picked = territory.findAll(kommuneForm.getAreaKeys());
		if (search != null) {
			// searching is not submitting: no field errors yet
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "kommuneForm");
			kommuneForm.prefill(picked);
			return form(kommuneForm, model);
		}
		if (picked.size() != kommuneForm.getAreaKeys().size() && !result.hasFieldErrors("areaKeys")) {
			result.rejectValue("areaKeys", "territory.kommune.error.areas");
		}
		if (result.hasErrors()) {
			return form(kommuneForm, model);
		}
		KommuneId id = kommunen.create(kommuneForm.toNewKommune(picked));
		Flash.success(redirect, "territory.kommune.created");
		return "redirect:/kommunen/" + id + "/gebiet";
	}

	private String form(KommuneForm form, Model model) {
		List<Area> picked = territory.findAll(form.getAreaKeys());
		Set<String> pickedKeys = picked.stream().map(Area::key).collect(Collectors.toSet());
		List<Area> results = form.getQ().isBlank() ? List.of()
				: territory.search(form.getQ(), 20).stream().filter(a -> !pickedKeys.contains(a.key())).toList();
		model.addAttribute("picked", picked);
		model.addAttribute("results", results);
		model.addAttribute("searched", !form.getQ().isBlank());
		return "territory/kommune-form";
	}

	/** The Kommune keeps its reference date as ISO text; parsed so the page can show it in German format. */
	private static @Nullable LocalDate isoDate(@Nullable String date) {
		try {
			return date == null ? null : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
