package de.daks.process.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.process.KickOffManagement;
import de.daks.process.StakeholderCategory;
import de.daks.process.StakeholderId;
import de.daks.shared.web.Downloads;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Kick-Off stakeholder list: who is involved, who was invited, who came. */
@Controller
class StakeholderController {

	private final KickOffManagement kickOff;

	private final ProcessWebSupport support;

	StakeholderController(KickOffManagement kickOff, ProcessWebSupport support) {
		this.kickOff = kickOff;
		this.support = support;
	}

	@GetMapping("/kommunen/{kommuneId}/kick-off/akteure")
	@Requires(Permission.KOMMUNE_VIEW)
	String showStakeholders(@PathVariable KommuneId kommuneId, Model model) {
		return listPage(kommuneId, new StakeholderForm(), model);
	}

	@PostMapping("/kommunen/{kommuneId}/kick-off/akteure")
	@Requires(Permission.KOMMUNE_EDIT)
	String processCreationForm(@PathVariable KommuneId kommuneId,
			@Valid @ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		if (result.hasErrors()) {
			return listPage(kommuneId, form, model);
		}
		kickOff.addStakeholder(kommuneId, form.toDetails());
		Flash.success(redirect, "process.stakeholder.added");
		return "redirect:/kommunen/" + kommuneId + "/kick-off/akteure";
	}

	@GetMapping("/kommunen/{kommuneId}/kick-off/akteure/{stakeholderId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String initUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable StakeholderId stakeholderId,
			Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("stakeholderForm", StakeholderForm.of(kickOff.stakeholder(kommuneId, stakeholderId)));
		model.addAttribute("stakeholderId", stakeholderId);
		model.addAttribute("categories", Arrays.asList(StakeholderCategory.values()));
		return "process/stakeholder-edit";
	}

	@PostMapping("/kommunen/{kommuneId}/kick-off/akteure/{stakeholderId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String processUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable StakeholderId stakeholderId,
			@Valid @ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.kommune(kommuneId, model);
		kickOff.stakeholder(kommuneId, stakeholderId);
		if (result.hasErrors()) {
			model.addAttribute("stakeholderId", stakeholderId);
			model.addAttribute("categories", Arrays.asList(StakeholderCategory.values()));
			return "process/stakeholder-edit";
		}
		kickOff.updateStakeholder(kommuneId, stakeholderId, form.toDetails());
		Flash.success(redirect, "process.stakeholder.changed");
		return "redirect:/kommunen/" + kommuneId + "/kick-off/akteure";
	}

	@PostMapping("/kommunen/{kommuneId}/kick-off/akteure/{stakeholderId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String processDeletion(@PathVariable KommuneId kommuneId, @PathVariable StakeholderId stakeholderId,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		kickOff.deleteStakeholder(kommuneId, stakeholderId);
		Flash.success(redirect, "process.stakeholder.deleted");
		return "redirect:/kommunen/" + kommuneId + "/kick-off/akteure";
	}

	/** The list as CSV (UTF-8 with byte order mark, so spreadsheets in German offices read the umlauts). */
	@GetMapping("/kommunen/{kommuneId}/kick-off/akteure.csv")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> exportCsv(@PathVariable KommuneId kommuneId, Locale locale) {
		support.requireKommune(kommuneId);
		StringWriter csv = new StringWriter();
		csv.write('\uFEFF');
		kickOff.writeStakeholdersCsv(kommuneId, csv, locale);
		return Downloads.attachment(csv.toString().getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "akteure.csv");
	}

	private String listPage(KommuneId kommuneId, StakeholderForm form, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("stakeholders", kickOff.stakeholders(kommuneId));
		model.addAttribute("stakeholderForm", form);
		model.addAttribute("categories", Arrays.asList(StakeholderCategory.values()));
		return "process/stakeholders";
	}
}
