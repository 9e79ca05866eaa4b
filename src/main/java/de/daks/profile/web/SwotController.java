package de.daks.profile.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.profile.ExpertInterview;
import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import de.daks.profile.internal.ProfileEditing;
import de.daks.profile.internal.ProfileRepository;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** The SWOT board: four quadrants, items linked to indicators and interviews. */
@Controller
class SwotController {

	private static final String PATH = "/kommunen/{kommuneId}/profil/swot";

	private final ProfileEditing editing;

	private final ProfileRepository repository;

	private final ProfileWebSupport support;

	SwotController(ProfileEditing editing, ProfileRepository repository, ProfileWebSupport support) {
		this.editing = editing;
		this.repository = repository;
		this.support = support;
	}

	/** {@code quadrant} preselects the quadrant of the add form (the "add" link of each quadrant). */
	@GetMapping(PATH)
	@Requires(Permission.KOMMUNE_VIEW)
	String showBoard(@PathVariable KommuneId kommuneId, @RequestParam(required = false) @Nullable SwotQuadrant quadrant,
			Model model, Locale locale) {
		return boardPage(kommuneId, SwotForm.in(quadrant), model, locale);
	}

	@PostMapping(PATH)
	@Requires(Permission.KOMMUNE_EDIT)
	String processCreationForm(@PathVariable KommuneId kommuneId, @Valid @ModelAttribute("swotForm") SwotForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		validate(kommuneId, form, result);
		if (result.hasErrors()) {
			return boardPage(kommuneId, form, model, locale);
		}
		editing.addSwotItem(kommuneId, form.toItem(0));
		Flash.success(redirect, "profile.swot.added");
		return "redirect:/kommunen/" + kommuneId + "/profil/swot";
	}

	@GetMapping(PATH + "/{itemId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String initUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable long itemId, Model model,
			Locale locale) {
		support.kommune(kommuneId, model);
		model.addAttribute("swotForm", SwotForm.of(item(kommuneId, itemId)));
		return editPage(kommuneId, itemId, model, locale);
	}

	@PostMapping(PATH + "/{itemId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String processUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable long itemId,
			@Valid @ModelAttribute("swotForm") SwotForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		support.kommune(kommuneId, model);
		item(kommuneId, itemId);
		validate(kommuneId, form, result);
		if (result.hasErrors()) {
			return editPage(kommuneId, itemId, model, locale);
		}
		editing.updateSwotItem(kommuneId, form.toItem(itemId));
		Flash.success(redirect, "profile.swot.changed");
		return "redirect:/kommunen/" + kommuneId + "/profil/swot";
	}

	@PostMapping(PATH + "/{itemId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String processDeletion(@PathVariable KommuneId kommuneId, @PathVariable long itemId,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		editing.deleteSwotItem(kommuneId, itemId);
		Flash.success(redirect, "profile.swot.deleted");
		return "redirect:/kommunen/" + kommuneId + "/profil/swot";
	}

	private void validate(KommuneId kommuneId, SwotForm form, BindingResult result) {
		form.validate(result, support::isIndicator, repository.interviews(kommuneId).stream()
			.map(ExpertInterview::id).collect(Collectors.toSet()));
	}

	private SwotItem item(KommuneId kommuneId, long itemId) {
		return repository.swotItem(kommuneId, itemId).orElseThrow(() -> new NotFoundException("SWOT item " + itemId));
	}

	private void choices(KommuneId kommuneId, Model model, Locale locale) {
		model.addAttribute("quadrants", Arrays.asList(SwotQuadrant.values()));
		model.addAttribute("indicatorChoices", support.indicatorNames(locale));
		List<ExpertInterview> interviews = repository.interviews(kommuneId);
		model.addAttribute("interviews", interviews);
		Map<Long, ExpertInterview> byId = new LinkedHashMap<>();
		interviews.forEach(i -> byId.put(i.id(), i));
		model.addAttribute("interviewsById", byId);
	}

	private String editPage(KommuneId kommuneId, long itemId, Model model, Locale locale) {
		choices(kommuneId, model, locale);
		ProfileWebSupport.editPage(model,
				"profile.swot.editTitle", "swotForm", "swot-fields", "swot", itemId);
		return "profile/edit";
	}

	private String boardPage(KommuneId kommuneId, SwotForm form, Model model, Locale locale) {
		support.kommune(kommuneId, model);
		choices(kommuneId, model, locale);
		List<SwotItem> items = repository.swot(kommuneId);
		Map<SwotQuadrant, List<SwotItem>> board = new LinkedHashMap<>();
		for (SwotQuadrant quadrant : SwotQuadrant.values()) {
			board.put(quadrant, items.stream().filter(i -> i.quadrant() == quadrant).toList());
		}
		model.addAttribute("board", board);
		model.addAttribute("chips", support.indicatorChips(kommuneId,
				items.stream().flatMap(i -> i.indicatorIds().stream()).distinct().toList(), locale));
		model.addAttribute("swotForm", form);
		model.addAttribute("change", repository.sectionChanges(kommuneId).get(ProfileRepository.SWOT));
		return "profile/swot";
	}
}
