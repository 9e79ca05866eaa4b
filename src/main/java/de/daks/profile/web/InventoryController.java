package de.daks.profile.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.profile.InventoryKind;
import de.daks.profile.internal.ProfileEditing;
import de.daks.profile.internal.ProfileRepository;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inventory (Bestandsaufnahme): existing measures, structures and networks. */
@Controller
class InventoryController {

	private static final String PATH = "/kommunen/{kommuneId}/profil/bestand";

	private final ProfileEditing editing;

	private final ProfileRepository repository;

	private final ProfileWebSupport support;

	InventoryController(ProfileEditing editing, ProfileRepository repository, ProfileWebSupport support) {
		this.editing = editing;
		this.repository = repository;
		this.support = support;
	}

	@GetMapping(PATH)
	@Requires(Permission.KOMMUNE_VIEW)
	String showInventory(@PathVariable KommuneId kommuneId, Model model) {
		return listPage(kommuneId, new InventoryForm(), model);
	}

	@PostMapping(PATH)
	@Requires(Permission.KOMMUNE_EDIT)
	String processCreationForm(@PathVariable KommuneId kommuneId,
			@Valid @ModelAttribute("inventoryForm") InventoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		form.validate(result, InventoryForm.currentYear());
		if (result.hasErrors()) {
			return listPage(kommuneId, form, model);
		}
		editing.addInventoryItem(kommuneId, form.toItem(0));
		Flash.success(redirect, "profile.inventory.added");
		return "redirect:/kommunen/" + kommuneId + "/profil/bestand";
	}

	@GetMapping(PATH + "/{itemId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String initUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable long itemId, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("inventoryForm", InventoryForm.of(item(kommuneId, itemId)));
		return editPage(itemId, model);
	}

	@PostMapping(PATH + "/{itemId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String processUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable long itemId,
			@Valid @ModelAttribute("inventoryForm") InventoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.kommune(kommuneId, model);
		item(kommuneId, itemId);
		form.validate(result, InventoryForm.currentYear());
		if (result.hasErrors()) {
			return editPage(itemId, model);
		}
		editing.updateInventoryItem(kommuneId, form.toItem(itemId));
		Flash.success(redirect, "profile.inventory.changed");
		return "redirect:/kommunen/" + kommuneId + "/profil/bestand";
	}

	@PostMapping(PATH + "/{itemId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String processDeletion(@PathVariable KommuneId kommuneId, @PathVariable long itemId,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		editing.deleteInventoryItem(kommuneId, itemId);
		Flash.success(redirect, "profile.inventory.deleted");
		return "redirect:/kommunen/" + kommuneId + "/profil/bestand";
	}

	private de.daks.profile.InventoryItem item(KommuneId kommuneId, long itemId) {
		return repository.inventoryItem(kommuneId, itemId)
			.orElseThrow(() -> new NotFoundException("Inventory item " + itemId));
	}

	private String editPage(long itemId, Model model) {
		model.addAttribute("kinds", Arrays.asList(InventoryKind.values()));
		model.addAttribute("currentYear", InventoryForm.currentYear());
		ProfileWebSupport.editPage(model,
				"profile.inventory.editTitle", "inventoryForm", "inventory-fields", "bestand", itemId);
		return "profile/edit";
	}

	private String listPage(KommuneId kommuneId, InventoryForm form, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("items", repository.inventory(kommuneId));
		model.addAttribute("inventoryForm", form);
		model.addAttribute("kinds", Arrays.asList(InventoryKind.values()));
		model.addAttribute("currentYear", InventoryForm.currentYear());
		model.addAttribute("change", repository.sectionChanges(kommuneId).get(ProfileRepository.INVENTORY));
		return "profile/inventory";
	}
}
