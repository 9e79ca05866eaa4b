package de.daks.toolbox.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.Membership;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.identity.UserManagement;
import de.daks.plan.Measure;
import de.daks.plan.Plans;
import de.daks.process.Step;
import de.daks.shared.web.Downloads;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.toolbox.EntryStatus;
import de.daks.toolbox.EntryType;
import de.daks.toolbox.Suitability;
import de.daks.toolbox.TargetGroup;
import de.daks.toolbox.Theme;
import de.daks.toolbox.Toolbox;
import de.daks.toolbox.ToolboxAttachments;
import de.daks.toolbox.ToolboxEntry;
import de.daks.toolbox.ToolboxFilter;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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

/**
 * The Werkzeugkoffer's pages: public search and entries; proposals by members of a Kommune; review, revision and
 * publication by the Geschäftsstelle; ratings and comments by signed-in users.
 */
@Controller
class ToolboxController {

	private static final int COMMENT_MAX = 4000;

	private final Toolbox toolbox;

	private final Authorization authorization;

	private final UserManagement users;

	private final KommuneManagement kommunen;

	private final ToolboxAttachments attachments;

	private final Plans plans;

	ToolboxController(Toolbox toolbox, Authorization authorization, UserManagement users,
			KommuneManagement kommunen, ToolboxAttachments attachments, Plans plans) {
		this.attachments = attachments;
		this.plans = plans;
		this.toolbox = toolbox;
		this.authorization = authorization;
		this.users = users;
		this.kommunen = kommunen;
	}

	@GetMapping("/werkzeugkoffer")
	@Requires(Permission.PUBLIC)
	String showToolbox(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String step,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String group, Model model) {
		String text = q == null ? null : q.strip();
		if (text != null && text.length() > 200) {
			text = text.substring(0, 200);
		}
		ToolboxFilter filter = new ToolboxFilter(text, parse(Theme.class, theme), parse(EntryType.class, type),
				Step.fromSlug(String.valueOf(step)).orElse(null), parse(Suitability.class, size),
				parse(TargetGroup.class, group));
		model.addAttribute("filter", filter);
		model.addAttribute("entries", toolbox.find(filter));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("types", EntryType.values());
		model.addAttribute("steps", Step.values());
		model.addAttribute("sizes", Suitability.values());
		model.addAttribute("groups", TargetGroup.values());
		model.addAttribute("canPropose", Authorization.currentUser() != null);
		model.addAttribute("canReview", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		return "toolbox/list";
	}

	@GetMapping("/werkzeugkoffer/{slug}")
	@Requires(Permission.PUBLIC)
	String showEntry(@PathVariable String slug, Model model) {
		ToolboxEntry entry = visible(slug);
		model.addAttribute("entry", entry);
		model.addAttribute("rating", toolbox.rating(entry.id()));
		model.addAttribute("comments", toolbox.comments(entry.id()));
		model.addAttribute("attachments", attachments.of(entry.id()));
		model.addAttribute("canAttach", mayAttach(entry));
		model.addAttribute("maxSizeMb", attachments.maxSize() / (1024 * 1024));
		model.addAttribute("signedIn", Authorization.currentUser() != null);
		model.addAttribute("canReview", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		model.addAttribute("kommuneName", entry.proposedByKommune() == null ? null
				: kommunen.find(new KommuneId(entry.proposedByKommune())).map(Kommune::name).orElse(null));
		return "toolbox/entry";
	}

	@PostMapping("/werkzeugkoffer/{slug}/anhaenge")
	@Requires(Permission.SIGNED_IN)
	String processUpload(@PathVariable String slug,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		ToolboxEntry entry = visible(slug);
		if (!mayAttach(entry)) {
			throw new NotFoundException("Entry " + slug + " for attachments of this user");
		}
		if (file == null || file.isEmpty()) {
			Flash.error(redirect, "toolbox.attachment.refused.EMPTY");
			return "redirect:/werkzeugkoffer/" + slug + "#anhaenge";
		}
		try (var in = file.getInputStream()) {
			attachments.store(entry.id(), String.valueOf(file.getOriginalFilename()), in);
			Flash.success(redirect, "toolbox.attachment.saved");
		}
		catch (ToolboxAttachments.RefusedException ex) {
			Flash.error(redirect, "toolbox.attachment.refused." + ex.reason().name());
		}
		return "redirect:/werkzeugkoffer/" + slug + "#anhaenge";
	}

	@GetMapping("/werkzeugkoffer/{slug}/anhaenge/{id}")
	@Requires(Permission.PUBLIC)
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> exportAttachment(
			@PathVariable String slug, @PathVariable UUID id) {
		ToolboxEntry entry = visible(slug);
		ToolboxAttachments.Attachment attachment = attachments.of(entry.id()).stream()
			.filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new NotFoundException("Attachment " + id));
		return Downloads.attachment(new org.springframework.core.io.FileSystemResource(attachments.file(entry.id(), id)),
				attachment.contentType(), attachment.fileName());
	}

	/** The Geschäftsstelle, and the proposer while the entry is a proposal. */
	private boolean mayAttach(ToolboxEntry entry) {
		if (authorization.isAllowed(Permission.PROGRAMME_MANAGE, null)) {
			return true;
		}
		DaksPrincipal user = Authorization.currentUser();
		return user != null && entry.status() == EntryStatus.PROPOSED
				&& user.id().value().equals(entry.proposedByUser());
	}

	@GetMapping("/werkzeugkoffer/{slug}/versionen")
	@Requires(Permission.PUBLIC)
	String showVersions(@PathVariable String slug, Model model) {
		ToolboxEntry entry = visible(slug);
		model.addAttribute("entry", entry);
		model.addAttribute("versions", toolbox.versions(entry.id()));
		return "toolbox/versions";
	}

	@PostMapping("/werkzeugkoffer/{slug}/bewertung")
	@Requires(Permission.SIGNED_IN)
	String processRating(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer useful,
			RedirectAttributes redirect) {
		ToolboxEntry entry = published(slug);
		if (useful == null || useful < 1 || useful > 5) {
			Flash.error(redirect, "toolbox.rating.invalid");
		}
		else {
			toolbox.rate(entry.id(), current().id().value(), useful);
			Flash.success(redirect, "toolbox.rating.saved");
		}
		return "redirect:/werkzeugkoffer/" + entry.slug() + "#bewertung";
	}

	@PostMapping("/werkzeugkoffer/{slug}/kommentare")
	@Requires(Permission.SIGNED_IN)
	String processComment(@PathVariable String slug, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		ToolboxEntry entry = published(slug);
		if (text.isBlank() || text.length() > COMMENT_MAX) {
			Flash.error(redirect, "toolbox.comment.invalid");
		}
		else {
			DaksPrincipal user = current();
			toolbox.comment(entry.id(), user.id().value(), user.displayName(), text);
			Flash.success(redirect, "toolbox.comment.saved");
		}
		return "redirect:/werkzeugkoffer/" + entry.slug() + "#kommentare";
	}

	@GetMapping("/werkzeugkoffer/vorschlagen")
	@Requires(Permission.SIGNED_IN)
	String initProposalForm(@RequestParam(required = false) @Nullable UUID kommune,
			@RequestParam(required = false) @Nullable Long massnahme, Model model) {
		EntryForm form = new EntryForm();
		form.setKommune(kommune);
		if (kommune != null && massnahme != null
				&& proposingKommunen().stream().anyMatch(k -> k.id().value().equals(kommune))) {
			prefillFromMeasure(form, new KommuneId(kommune), massnahme);
		}
		model.addAttribute("entryForm", form);
		return proposalPage(model);
	}

	@PostMapping("/werkzeugkoffer/vorschlagen")
	@Requires(Permission.SIGNED_IN)
	String processProposalForm(@Valid @ModelAttribute("entryForm") EntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		checkLinks(form, result);
		List<Kommune> own = proposingKommunen();
		boolean office = authorization.isAllowed(Permission.PROGRAMME_MANAGE, null);
		if (form.getKommune() == null ? !office
				: own.stream().noneMatch(k -> k.id().value().equals(form.getKommune()))) {
			result.rejectValue("kommune", "toolbox.form.kommune.invalid");
		}
		if (result.hasErrors()) {
			return proposalPage(model);
		}
		DaksPrincipal user = current();
		ToolboxEntry entry = toolbox.propose(form.toContent(), user.id().value(), user.displayName(),
				form.getKommune() == null ? null : new KommuneId(form.getKommune()));
		Flash.success(redirect, "toolbox.proposal.saved");
		return "redirect:/werkzeugkoffer/" + entry.slug();
	}

	@GetMapping("/werkzeugkoffer/pruefung")
	@Requires(Permission.PROGRAMME_MANAGE)
	String showReview(Model model) {
		List<ToolboxEntry> proposals = toolbox.proposals();
		model.addAttribute("proposals", proposals);
		var names = kommunen.findAll().stream().collect(java.util.stream.Collectors.toMap(k -> k.id().value(),
				Kommune::name, (a, b) -> a));
		model.addAttribute("kommuneNames", names);
		return "toolbox/review";
	}

	@PostMapping("/werkzeugkoffer/pruefung/{id}/veroeffentlichen")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processPublication(@PathVariable UUID id, RedirectAttributes redirect) {
		toolbox.publish(id);
		Flash.success(redirect, "toolbox.review.published");
		return "redirect:/werkzeugkoffer/" + toolbox.get(id).slug();
	}

	@PostMapping("/werkzeugkoffer/pruefung/{id}/ablehnen")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processRejection(@PathVariable UUID id, RedirectAttributes redirect) {
		toolbox.reject(id);
		Flash.success(redirect, "toolbox.review.rejected");
		return "redirect:/werkzeugkoffer/pruefung";
	}

	@GetMapping("/werkzeugkoffer/{slug}/bearbeiten")
	@Requires(Permission.PROGRAMME_MANAGE)
	String initRevisionForm(@PathVariable String slug, Model model) {
		ToolboxEntry entry = toolbox.findBySlug(slug).orElseThrow(() -> new NotFoundException("Entry " + slug));
		model.addAttribute("entry", entry);
		model.addAttribute("entryForm", EntryForm.of(entry.content()));
		return revisionPage(model);
	}

	@PostMapping("/werkzeugkoffer/{slug}/bearbeiten")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processRevisionForm(@PathVariable String slug, @Valid @ModelAttribute("entryForm") EntryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ToolboxEntry entry = toolbox.findBySlug(slug).orElseThrow(() -> new NotFoundException("Entry " + slug));
		checkLinks(form, result);
		if (result.hasErrors()) {
			model.addAttribute("entry", entry);
			return revisionPage(model);
		}
		toolbox.revise(entry.id(), form.toContent(), current().displayName());
		Flash.success(redirect, "toolbox.revision.saved");
		return "redirect:/werkzeugkoffer/" + entry.slug();
	}

	private String proposalPage(Model model) {
		model.addAttribute("kommunen", proposingKommunen());
		model.addAttribute("office", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		model.addAttribute("revision", false);
		return formPage(model);
	}

	private String revisionPage(Model model) {
		model.addAttribute("kommunen", List.of());
		model.addAttribute("office", true);
		model.addAttribute("revision", true);
		return formPage(model);
	}

	private String formPage(Model model) {
		model.addAttribute("themes", Theme.values());
		model.addAttribute("types", EntryType.values());
		model.addAttribute("steps", Step.values());
		model.addAttribute("sizes", Suitability.values());
		model.addAttribute("groups", TargetGroup.values());
		return "toolbox/form";
	}

	private static void checkLinks(EntryForm form, BindingResult result) {
		if (form.linkList().stream().anyMatch(l -> !EntryForm.isWebAddress(l) || l.length() > 500)) {
			result.rejectValue("links", "toolbox.form.links.invalid");
		}
	}

	/** The Kommunen for which the user may propose: those where they coordinate or are a member. */
	/**
	 * A measure of the Kommune's Werkstattplan proposed as a practice example: title, description, origin and the
	 * target groups that both catalogues know are filled in; the proposer completes the rest.
	 */
	private void prefillFromMeasure(EntryForm form, KommuneId kommune, long measureId) {
		Measure measure = plans.measure(kommune, measureId);
		form.setType(EntryType.PRACTICE);
		form.setTitle(measure.title());
		form.setDescription(measure.description() == null ? "" : measure.description());
		form.setOrigin(kommunen.get(kommune).name() + " – Werkstattplan, Maßnahme „" + measure.title() + "“");
		form.setProcessSteps(new ArrayList<>(List.of(Step.WERKSTATTPLAN)));
		List<TargetGroup> groups = new ArrayList<>();
		for (de.daks.plan.TargetGroup group : measure.targetGroups()) {
			switch (group) {
				case SENIORS -> groups.add(TargetGroup.AELTERE);
				case YOUNG_PEOPLE -> groups.add(TargetGroup.KINDER_JUGEND);
				case FAMILIES -> groups.add(TargetGroup.FAMILIEN);
				case NEW_IMMIGRANTS -> groups.add(TargetGroup.ZUGEWANDERTE);
				case ALL -> groups.add(TargetGroup.ALLE);
				default -> {
				}
			}
		}
		form.setTargetGroups(groups);
	}

	private List<Kommune> proposingKommunen() {
		DaksPrincipal user = Authorization.currentUser();
		if (user == null) {
			return List.of();
		}
		List<KommuneId> ids = users.membershipsOf(user.id()).stream()
			.filter(m -> m.role() == KommuneRole.KOORDINATION || m.role() == KommuneRole.MITGLIED)
			.map(Membership::kommune).distinct().toList();
		return ids.isEmpty() ? List.of() : kommunen.findAll(ids);
	}

	/** A published entry, or – for the Geschäftsstelle and the proposer – a proposal. */
	private ToolboxEntry visible(String slug) {
		ToolboxEntry entry = toolbox.findBySlug(slug).orElseThrow(() -> new NotFoundException("Entry " + slug));
		if (entry.published() || authorization.isAllowed(Permission.PROGRAMME_MANAGE, null)) {
			return entry;
		}
		DaksPrincipal user = Authorization.currentUser();
		if (entry.status() == EntryStatus.PROPOSED && user != null
				&& user.id().value().equals(entry.proposedByUser())) {
			return entry;
		}
		throw new NotFoundException("Entry " + slug);
	}

	private ToolboxEntry published(String slug) {
		return toolbox.findBySlug(slug).filter(ToolboxEntry::published)
			.orElseThrow(() -> new NotFoundException("Entry " + slug));
	}

	private static DaksPrincipal current() {
		return Objects.requireNonNull(Authorization.currentUser(), "signed-in user");
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
			.orElse(null);
	}
}
