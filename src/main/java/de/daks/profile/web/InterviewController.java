package de.daks.profile.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.profile.ExpertInterview;
import de.daks.profile.internal.ProfileEditing;
import de.daks.profile.internal.ProfileRepository;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Expert interviews (Experteninterviews): who, when, key statements. */
@Controller
class InterviewController {

	private static final String PATH = "/kommunen/{kommuneId}/profil/interviews";

	private final ProfileEditing editing;

	private final ProfileRepository repository;

	private final ProfileWebSupport support;

	InterviewController(ProfileEditing editing, ProfileRepository repository, ProfileWebSupport support) {
		this.editing = editing;
		this.repository = repository;
		this.support = support;
	}

	@GetMapping(PATH)
	@Requires(Permission.KOMMUNE_VIEW)
	String showInterviews(@PathVariable KommuneId kommuneId, Model model) {
		return listPage(kommuneId, new InterviewForm(), model);
	}

	@PostMapping(PATH)
	@Requires(Permission.KOMMUNE_EDIT)
	String processCreationForm(@PathVariable KommuneId kommuneId,
			@Valid @ModelAttribute("interviewForm") InterviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		form.validate(result, today());
		if (result.hasErrors()) {
			return listPage(kommuneId, form, model);
		}
		editing.addInterview(kommuneId, form.toInterview(0));
		Flash.success(redirect, "profile.interview.added");
		return "redirect:/kommunen/" + kommuneId + "/profil/interviews";
	}

	@GetMapping(PATH + "/{interviewId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String initUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable long interviewId, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("interviewForm", InterviewForm.of(interview(kommuneId, interviewId)));
		return editPage(interviewId, model);
	}

	@PostMapping(PATH + "/{interviewId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String processUpdateForm(@PathVariable KommuneId kommuneId, @PathVariable long interviewId,
			@Valid @ModelAttribute("interviewForm") InterviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.kommune(kommuneId, model);
		interview(kommuneId, interviewId);
		form.validate(result, today());
		if (result.hasErrors()) {
			return editPage(interviewId, model);
		}
		editing.updateInterview(kommuneId, form.toInterview(interviewId));
		Flash.success(redirect, "profile.interview.changed");
		return "redirect:/kommunen/" + kommuneId + "/profil/interviews";
	}

	@PostMapping(PATH + "/{interviewId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String processDeletion(@PathVariable KommuneId kommuneId, @PathVariable long interviewId,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		editing.deleteInterview(kommuneId, interviewId);
		Flash.success(redirect, "profile.interview.deleted");
		return "redirect:/kommunen/" + kommuneId + "/profil/interviews";
	}

	private ExpertInterview interview(KommuneId kommuneId, long interviewId) {
		return repository.interview(kommuneId, interviewId)
			.orElseThrow(() -> new NotFoundException("Interview " + interviewId));
	}

	private static LocalDate today() {
		return LocalDate.now(ProfileWebSupport.ZONE);
	}

	private String editPage(long interviewId, Model model) {
		model.addAttribute("today", today());
		ProfileWebSupport.editPage(model,
				"profile.interview.editTitle", "interviewForm", "interview-fields", "interviews", interviewId);
		return "profile/edit";
	}

	private String listPage(KommuneId kommuneId, InterviewForm form, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("interviews", repository.interviews(kommuneId));
		model.addAttribute("interviewForm", form);
		model.addAttribute("today", today());
		model.addAttribute("change", repository.sectionChanges(kommuneId).get(ProfileRepository.INTERVIEWS));
		return "profile/interviews";
	}
}
