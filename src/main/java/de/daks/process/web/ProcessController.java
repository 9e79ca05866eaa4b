package de.daks.process.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.process.AttachmentContent;
import de.daks.process.AttachmentId;
import de.daks.process.AttachmentRejectedException;
import de.daks.process.ChecklistItem;
import de.daks.process.ChecklistItemId;
import de.daks.process.ProcessManagement;
import de.daks.process.ProcessOverview;
import de.daks.process.Step;
import de.daks.process.StepDetails;
import de.daks.process.StepMaterials;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import de.daks.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A Kommune's process dashboard and its step pages: status, checklist, notes, attachments, history. */
@Controller
class ProcessController {

	private static final int NEXT_ITEMS = 5;

	private static final int CHECKLIST_ITEM_MAX = 500;

	private final ProcessManagement processes;

	private final ProcessWebSupport support;

	private final List<StepMaterials> materials;

	ProcessController(ProcessManagement processes, ProcessWebSupport support, List<StepMaterials> materials) {
		this.processes = processes;
		this.support = support;
		this.materials = materials;
	}

	@GetMapping("/kommunen/{kommuneId}")
	@Requires(Permission.KOMMUNE_VIEW)
	String showDashboard(@PathVariable KommuneId kommuneId, Model model, Locale locale) {
		support.kommune(kommuneId, model);
		processes.ensureProcess(kommuneId);
		ProcessOverview overview = processes.overviewOf(kommuneId);
		List<ChecklistItem> open = processes.checklist(kommuneId, overview.currentStep(), locale).stream()
			.filter(i -> !i.done()).limit(NEXT_ITEMS).toList();
		model.addAttribute("overview", overview);
		model.addAttribute("nextItems", open);
		model.addAttribute("history", processes.recentHistory(kommuneId, 10));
		return "process/dashboard";
	}

	@GetMapping("/kommunen/{kommuneId}/schritte/{step}")
	@Requires(Permission.KOMMUNE_VIEW)
	String showStep(@PathVariable KommuneId kommuneId, @PathVariable("step") String slug, Model model,
			Locale locale) {
		return stepPage(kommuneId, ProcessWebSupport.step(slug), model, locale);
	}

	@PostMapping("/kommunen/{kommuneId}/schritte/{step}/status")
	@Requires(Permission.KOMMUNE_EDIT)
	String processStatusForm(@PathVariable KommuneId kommuneId, @PathVariable("step") String slug,
			@Valid StatusForm form, BindingResult result, RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		Step step = ProcessWebSupport.step(slug);
		if (result.hasErrors() || form.getStatus() == null) {
			Flash.error(redirect, "process.status.error.missing");
		}
		else {
			try {
				processes.changeStatus(kommuneId, step, form.getStatus());
				Flash.success(redirect, "process.status.changed");
			}
			catch (IllegalStateException ex) {
				Flash.error(redirect, "process.status.error.transition");
			}
		}
		return redirectToStep(kommuneId, step);
	}

	/** Ticks or unticks an item: a redirect without JavaScript, the item's fragment for htmx. */
	@PostMapping("/kommunen/{kommuneId}/schritte/{step}/checkliste/{itemId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String processTick(@PathVariable KommuneId kommuneId, @PathVariable("step") String slug,
			@PathVariable ChecklistItemId itemId, @RequestParam(defaultValue = "true") boolean done,
			HttpServletRequest request, Model model, Locale locale) {
		support.kommune(kommuneId, model);
		Step step = ProcessWebSupport.step(slug);
		if (processes.checklistItem(kommuneId, itemId, locale).step() != step) {
			throw new NotFoundException("Checklist item " + itemId + " in step " + step);
		}
		processes.tick(kommuneId, itemId, done);
		if (Htmx.isHtmx(request)) {
			model.addAttribute("step", step);
			model.addAttribute("item", processes.checklistItem(kommuneId, itemId, locale));
			return "process/step :: checklist-item";
		}
		return redirectToStep(kommuneId, step) + "#checkliste";
	}

	@PostMapping("/kommunen/{kommuneId}/schritte/{step}/checkliste")
	@Requires(Permission.KOMMUNE_EDIT)
	String processChecklistItemCreationForm(@PathVariable KommuneId kommuneId, @PathVariable("step") String slug,
			@Valid @ModelAttribute("checklistForm") TextForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		Step step = ProcessWebSupport.step(slug);
		if (!result.hasFieldErrors("text") && form.getText() != null
				&& form.getText().strip().length() > CHECKLIST_ITEM_MAX) {
			result.rejectValue("text", "process.checklist.error.tooLong", new Object[] { CHECKLIST_ITEM_MAX }, null);
		}
		if (result.hasErrors()) {
			return stepPage(kommuneId, step, model, locale);
		}
		processes.addChecklistItem(kommuneId, step, form.getText());
		Flash.success(redirect, "process.checklist.added");
		return redirectToStep(kommuneId, step) + "#checkliste";
	}

	@PostMapping("/kommunen/{kommuneId}/schritte/{step}/notizen")
	@Requires(Permission.KOMMUNE_COMMENT)
	String processNoteCreationForm(@PathVariable KommuneId kommuneId, @PathVariable("step") String slug,
			@Valid @ModelAttribute("noteForm") TextForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		Step step = ProcessWebSupport.step(slug);
		if (result.hasErrors()) {
			return stepPage(kommuneId, step, model, locale);
		}
		processes.addNote(kommuneId, step, form.getText());
		Flash.success(redirect, "process.note.added");
		return redirectToStep(kommuneId, step) + "#notizen";
	}

	@PostMapping("/kommunen/{kommuneId}/schritte/{step}/anhaenge")
	@Requires(Permission.KOMMUNE_EDIT)
	String processUpload(@PathVariable KommuneId kommuneId, @PathVariable("step") String slug,
			@ModelAttribute("uploadForm") UploadForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		Step step = ProcessWebSupport.step(slug);
		var file = form.getFile();
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", "process.attachment.rejected.EMPTY");
			return stepPage(kommuneId, step, model, locale);
		}
		try {
			processes.addAttachment(kommuneId, step, String.valueOf(file.getOriginalFilename()), file.getSize(),
					file);
		}
		catch (AttachmentRejectedException ex) {
			result.rejectValue("file", "process.attachment.rejected." + ex.reason().name(),
					new Object[] { ex.detail() }, null);
			return stepPage(kommuneId, step, model, locale);
		}
		Flash.success(redirect, "process.attachment.added");
		return redirectToStep(kommuneId, step) + "#anhaenge";
	}

	@GetMapping("/kommunen/{kommuneId}/anhaenge/{attachmentId}")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<Resource> downloadAttachment(@PathVariable KommuneId kommuneId,
			@PathVariable AttachmentId attachmentId) {
		support.requireKommune(kommuneId);
		AttachmentContent content = processes.openAttachment(kommuneId, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.attachment().contentType()))
			.contentLength(content.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(content.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
			.body(content.content());
	}

	@PostMapping("/kommunen/{kommuneId}/anhaenge/{attachmentId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String processAttachmentDeletion(@PathVariable KommuneId kommuneId, @PathVariable AttachmentId attachmentId,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		Step step = processes.deleteAttachment(kommuneId, attachmentId);
		Flash.success(redirect, "process.attachment.deleted");
		return redirectToStep(kommuneId, step) + "#anhaenge";
	}

	private String stepPage(KommuneId kommuneId, Step step, Model model, Locale locale) {
		support.kommune(kommuneId, model);
		StepDetails details = processes.stepOf(kommuneId, step, locale);
		model.addAttribute("step", step);
		model.addAttribute("steps", Arrays.asList(Step.values()));
		model.addAttribute("details", details);
		model.addAttribute("overview", processes.overviewOf(kommuneId));
		model.addAttribute("guidance", processes.guidanceHtml(step, locale));
		model.addAttribute("maxSizeMb", processes.maxAttachmentSize() / (1024 * 1024));
		model.addAttribute("materials", materials.stream().flatMap(m -> m.forStep(step).stream()).toList());
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm());
		}
		if (!model.containsAttribute("checklistForm")) {
			model.addAttribute("checklistForm", new TextForm());
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new TextForm());
		}
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm());
		}
		return "process/step";
	}

	private static String redirectToStep(KommuneId kommuneId, Step step) {
		return "redirect:/kommunen/" + kommuneId + "/schritte/" + step.slug();
	}
}
