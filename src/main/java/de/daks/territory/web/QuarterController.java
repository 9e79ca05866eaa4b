package de.daks.territory.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Area;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewQuarter;
import de.daks.territory.QuarterException;
import de.daks.territory.QuarterManagement;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quarters of a Kommune: list for its members, create/edit/delete for its coordination. */
@Controller
class QuarterController {

	/** A quarter boundary is small; 2 MB is plenty even unsimplified. */
	static final long MAX_BOUNDARY_SIZE = 2L * 1024 * 1024;

	private static final Tika TIKA = new Tika();

	private final QuarterManagement quarters;

	private final KommuneManagement kommunen;

	QuarterController(QuarterManagement quarters, KommuneManagement kommunen) {
		this.quarters = quarters;
		this.kommunen = kommunen;
	}

	@ModelAttribute("quarterForm")
	QuarterForm quarterForm() {
		return new QuarterForm();
	}

	@GetMapping("/kommunen/{kommuneId}/quartiere")
	@Requires(Permission.KOMMUNE_VIEW)
	String showQuarters(@PathVariable KommuneId kommuneId, Model model) {
		model.addAttribute("kommune", kommunen.get(kommuneId));
		model.addAttribute("parent", quarters.parentArea(kommuneId).orElse(null));
		model.addAttribute("quarters", quarters.quarters(kommuneId));
		return "territory/quarters";
	}

	@GetMapping("/kommunen/{kommuneId}/quartiere/neu")
	@Requires(Permission.KOMMUNE_MANAGE)
	String initCreationForm(@PathVariable KommuneId kommuneId, Model model) {
		return form(kommuneId, null, model);
	}

	@PostMapping("/kommunen/{kommuneId}/quartiere/neu")
	@Requires(Permission.KOMMUNE_MANAGE)
	String processCreationForm(@PathVariable KommuneId kommuneId, @Valid QuarterForm quarterForm,
			BindingResult result, Model model, RedirectAttributes redirect) throws IOException {
		kommunen.get(kommuneId);
		String geoJson = boundary(quarterForm.getBoundary(), result);
		if (!result.hasErrors()) {
			try {
				quarters.create(kommuneId, new NewQuarter(quarterForm.getKey(), quarterForm.getName(), geoJson));
				Flash.success(redirect, "territory.quarter.created");
				return "redirect:/kommunen/" + kommuneId + "/quartiere";
			}
			catch (QuarterException ex) {
				reject(result, ex);
			}
		}
		return form(kommuneId, null, model);
	}

	@GetMapping("/kommunen/{kommuneId}/quartiere/{quarterKey}/bearbeiten")
	@Requires(Permission.KOMMUNE_MANAGE)
	String initUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable String quarterKey, Model model) {
		Area quarter = quarters.get(kommuneId, quarterKey);
		QuarterForm form = new QuarterForm();
		form.setKey(quarterKey);
		form.setName(quarter.name());
		model.addAttribute("quarterForm", form);
		return form(kommuneId, quarter, model);
	}

	@PostMapping("/kommunen/{kommuneId}/quartiere/{quarterKey}/bearbeiten")
	@Requires(Permission.KOMMUNE_MANAGE)
	String processUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable String quarterKey,
			@ModelAttribute("quarterForm") QuarterForm quarterForm, BindingResult result, Model model,
			RedirectAttributes redirect) throws IOException {
		Area quarter = quarters.get(kommuneId, quarterKey);
		quarterForm.setKey(quarterKey);
		String geoJson = boundary(quarterForm.getBoundary(), result);
		if (!result.hasErrors()) {
			try {
				quarters.update(kommuneId, quarterKey, quarterForm.getName(), geoJson,
						quarterForm.isRemoveBoundary());
				Flash.success(redirect, "territory.quarter.updated");
				return "redirect:/kommunen/" + kommuneId + "/quartiere";
			}
			catch (QuarterException ex) {
				reject(result, ex);
			}
		}
		return form(kommuneId, quarter, model);
	}

	@PostMapping("/kommunen/{kommuneId}/quartiere/{quarterKey}/loeschen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String processDeletion(@PathVariable KommuneId kommuneId, @PathVariable String quarterKey,
			RedirectAttributes redirect) {
		quarters.delete(kommuneId, quarterKey);
		Flash.success(redirect, "territory.quarter.deleted");
		return "redirect:/kommunen/" + kommuneId + "/quartiere";
	}

	private String form(KommuneId kommuneId, @Nullable Area quarter, Model model) {
		model.addAttribute("kommune", kommunen.get(kommuneId));
		model.addAttribute("parent", quarters.parentArea(kommuneId).orElse(null));
		model.addAttribute("quarter", quarter);
		return "territory/quarter-form";
	}

	private static void reject(BindingResult result, QuarterException ex) {
		String field = "boundary".equals(ex.field()) ? "boundary" : ex.field();
		result.rejectValue(field, "territory.quarter.error." + ex.code(), new Object[] { ex.detail() },
				ex.code());
	}

	/** The uploaded boundary as text, or null when none was given; size and type are checked by content. */
	private static @Nullable String boundary(@Nullable MultipartFile file, BindingResult result) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (file.getSize() > MAX_BOUNDARY_SIZE) {
			result.rejectValue("boundary", "territory.quarter.error.too-large");
			return null;
		}
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readAllBytes();
		}
		String type = TIKA.detect(content);
		if (!type.startsWith("text/") && !type.equals("application/json") && !type.equals("application/geo+json")) {
			result.rejectValue("boundary", "territory.quarter.error.not-geojson", new Object[] { type }, type);
			return null;
		}
		return new String(content, StandardCharsets.UTF_8);
	}
}
