package de.daks.profile.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.profile.ProfileContent;
import de.daks.profile.ProfileContents;
import de.daks.profile.ProfileTopic;
import de.daks.profile.internal.ProfileEditing;
import de.daks.profile.internal.ProfileRepository;
import de.daks.profile.internal.ProfileRepository.SectionChange;
import de.daks.profile.internal.RichText;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** The profile editor's overview and the topic texts. */
@Controller
class ProfileController {

	private final ProfileContents contents;

	private final ProfileEditing editing;

	private final ProfileRepository repository;

	private final ProfileWebSupport support;

	ProfileController(ProfileContents contents, ProfileEditing editing, ProfileRepository repository,
			ProfileWebSupport support) {
		this.contents = contents;
		this.editing = editing;
		this.repository = repository;
		this.support = support;
	}

	/** A row of the overview: a section of the profile, whether something is written, its last change. */
	record Section(String key, String messageKey, String path, boolean written, @Nullable String count,
			@Nullable SectionChange change) {
	}

	@GetMapping("/kommunen/{kommuneId}/profil/bearbeiten")
	@Requires(Permission.KOMMUNE_VIEW)
	String showOverview(@PathVariable KommuneId kommuneId, Model model) {
		support.kommune(kommuneId, model);
		ProfileContent content = contents.load(kommuneId);
		Map<String, SectionChange> changes = repository.sectionChanges(kommuneId);
		List<Section> sections = new ArrayList<>();
		for (ProfileTopic topic : ProfileTopic.values()) {
			sections.add(new Section(topic.slug(), "profile.topic." + topic.slug(), "themen/" + topic.slug(),
					content.texts().containsKey(topic), null, changes.get(topic.slug())));
		}
		sections.add(new Section(ProfileRepository.INVENTORY, "profile.inventory.title", "bestand",
				!content.inventory().isEmpty(), String.valueOf(content.inventory().size()),
				changes.get(ProfileRepository.INVENTORY)));
		sections.add(new Section(ProfileRepository.INTERVIEWS, "profile.interviews.title", "interviews",
				!content.interviews().isEmpty(), String.valueOf(content.interviews().size()),
				changes.get(ProfileRepository.INTERVIEWS)));
		sections.add(new Section(ProfileRepository.SWOT, "profile.swot.title", "swot", !content.swot().isEmpty(),
				String.valueOf(content.swot().size()), changes.get(ProfileRepository.SWOT)));
		model.addAttribute("sections", sections);
		model.addAttribute("written", sections.stream().filter(Section::written).count());
		model.addAttribute("updatedAt", content.updatedAt());
		return "profile/overview";
	}

	@GetMapping("/kommunen/{kommuneId}/profil/themen/{topic}")
	@Requires(Permission.KOMMUNE_VIEW)
	String showTopic(@PathVariable KommuneId kommuneId, @PathVariable String topic, Model model) {
		ProfileTopic profileTopic = topic(topic);
		TextForm form = new TextForm();
		repository.text(kommuneId, profileTopic).ifPresent(t -> form.setSource(t.source()));
		return topicPage(kommuneId, profileTopic, form, null, model);
	}

	/** {@code action=preview} shows the sanitised text without storing it; otherwise the text is stored. */
	@PostMapping("/kommunen/{kommuneId}/profil/themen/{topic}")
	@Requires(Permission.KOMMUNE_EDIT)
	String processTopic(@PathVariable KommuneId kommuneId, @PathVariable String topic,
			@Valid @ModelAttribute("textForm") TextForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		ProfileTopic profileTopic = topic(topic);
		support.requireKommune(kommuneId);
		String source = form.getSource() == null ? "" : form.getSource();
		String html = result.hasFieldErrors("source") ? "" : RichText.toSafeHtml(source);
		if (!result.hasFieldErrors("source") && !source.isBlank() && !RichText.hasText(html)) {
			result.rejectValue("source", "NoText.textForm.source", "source");
		}
		if (result.hasErrors() || "preview".equals(action)) {
			return topicPage(kommuneId, profileTopic, form, result.hasErrors() ? null : html, model);
		}
		String stored = editing.saveText(kommuneId, profileTopic, source);
		Flash.success(redirect, stored.isEmpty() ? "profile.text.removed" : "profile.text.saved");
		return "redirect:/kommunen/" + kommuneId + "/profil/themen/" + profileTopic.slug();
	}

	private String topicPage(KommuneId kommuneId, ProfileTopic topic, TextForm form, @Nullable String preview,
			Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("topic", topic);
		model.addAttribute("topicKey", "profile.topic." + topic.slug());
		model.addAttribute("textForm", form);
		model.addAttribute("stored", repository.text(kommuneId, topic).map(ProfileRepository.StoredText::html)
			.orElse(null));
		model.addAttribute("preview", preview);
		model.addAttribute("change", repository.sectionChanges(kommuneId).get(topic.slug()));
		ProfileTopic[] all = ProfileTopic.values();
		model.addAttribute("previousTopic", topic.ordinal() > 0 ? all[topic.ordinal() - 1] : null);
		model.addAttribute("nextTopic", topic.ordinal() < all.length - 1 ? all[topic.ordinal() + 1] : null);
		return "profile/topic";
	}

	private static ProfileTopic topic(String slug) {
		return ProfileTopic.ofSlug(slug).orElseThrow(() -> new NotFoundException("Profile topic " + slug));
	}
}
