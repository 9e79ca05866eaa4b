package de.daks.programme.call;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.process.AttachmentRejectedException;
import de.daks.shared.web.Flash;
import de.daks.territory.KommuneKind;
import de.daks.territory.Land;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
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

@Controller
class ApplicationController {

	private final CallManagement calls;

	private final Authorization authorization;

	ApplicationController(CallManagement calls, Authorization authorization) {
		this.calls = calls;
		this.authorization = authorization;
	}

	@GetMapping("/bewerbungen")
	@Requires(Permission.APPLICATION_WORK)
	String showMyApplications(Model model) {
		model.addAttribute("applications", calls.myApplications());
		model.addAttribute("zone", ApplicationMails.BERLIN);
		return "programme/applications/list";
	}

	@GetMapping("/bewerbungen/{applicationId}")
	@Requires(Permission.APPLICATION_WORK)
	String showApplication(@PathVariable UUID applicationId, Model model) {
		Application application = calls.getApplication(new ApplicationId(applicationId));
		populate(model, application);
		if (application.isDraft() && calls.isApplicant(application)) {
			model.addAttribute("applicationForm", ApplicationForm.of(application));
			return "programme/applications/edit";
		}
		return "programme/applications/show";
	}

	@PostMapping("/bewerbungen/{applicationId}")
	@Requires(Permission.APPLICATION_WORK)
	String processApplicationForm(@PathVariable UUID applicationId,
			@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		ApplicationId id = new ApplicationId(applicationId);
		Application application = calls.getApplication(id);
		if (!application.isDraft() || !calls.isApplicant(application)) {
			Flash.error(redirect, "programme.application.locked");
			return "redirect:/bewerbungen/" + id;
		}
		for (String tooLong : form.tooLongAnswers()) {
			result.rejectValue("answers[" + tooLong + "]", "programme.application.answerTooLong");
		}
		if (result.hasErrors()) {
			populate(model, application);
			return "programme/applications/edit";
		}
		if (!"submit".equals(action)) {
			calls.saveDraft(id, form);
			Flash.success(redirect, "programme.application.saved");
			return "redirect:/bewerbungen/" + id;
		}
		try {
			calls.submit(id, form);
		}
		catch (DeadlinePassedException ex) {
			result.reject("programme.application.deadlinePassed");
			populate(model, application);
			return "programme/applications/edit";
		}
		catch (IncompleteApplicationException ex) {
			ex.problems().forEach(p -> result.rejectValue(p[0], p[1]));
			result.reject("programme.application.incomplete");
			populate(model, application);
			return "programme/applications/edit";
		}
		Flash.success(redirect, "programme.application.submitted");
		return "redirect:/bewerbungen/" + id;
	}

	@PostMapping("/bewerbungen/{applicationId}/anlagen")
	@Requires(Permission.APPLICATION_WORK)
	String processUpload(@PathVariable UUID applicationId,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		ApplicationId id = new ApplicationId(applicationId);
		Application application = calls.getApplication(id);
		if (!application.isDraft() || !calls.isApplicant(application)) {
			Flash.error(redirect, "programme.application.locked");
			return "redirect:/bewerbungen/" + id;
		}
		if (file == null || file.isEmpty()) {
			Flash.error(redirect, "programme.attachment.rejected.EMPTY");
			return "redirect:/bewerbungen/" + id + "#anlagen";
		}
		try (java.io.InputStream in = file.getInputStream()) {
			calls.attach(id, String.valueOf(file.getOriginalFilename()), file.getSize(), in);
		}
		catch (AttachmentRejectedException ex) {
			Flash.error(redirect, "programme.attachment.rejected." + ex.reason().name());
			return "redirect:/bewerbungen/" + id + "#anlagen";
		}
		Flash.success(redirect, "programme.attachment.added");
		return "redirect:/bewerbungen/" + id + "#anlagen";
	}

	@GetMapping("/bewerbungen/{applicationId}/anlagen/{attachmentId}")
	@Requires(Permission.APPLICATION_WORK)
	ResponseEntity<Resource> downloadAttachment(@PathVariable UUID applicationId, @PathVariable UUID attachmentId)
			throws java.io.IOException {
		CallManagement.AttachmentDownload download = calls.openAttachment(new ApplicationId(applicationId),
				attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().contentType()))
			.contentLength(download.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(download.content()));
	}

	@PostMapping("/bewerbungen/{applicationId}/gutachter")
	@Requires(Permission.PROGRAMME_MANAGE)
	String assignReviewer(@PathVariable UUID applicationId, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		ApplicationId id = new ApplicationId(applicationId);
		Application application = calls.getApplication(id);
		try {
			calls.assignReviewer(id, email);
			Flash.success(redirect, "programme.review.assigned");
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "programme.review.assignFailed");
		}
		return "redirect:/ausschreibungen/" + application.call() + "/bewerbungen";
	}

	@GetMapping("/bewerbungen/{applicationId}/vergleich")
	@Requires(Permission.PROGRAMME_VIEW)
	String showComparison(@PathVariable UUID applicationId, Model model) {
		Application application = calls.getApplication(new ApplicationId(applicationId));
		model.addAttribute("app", application);
		model.addAttribute("call", calls.getCall(application.call()));
		model.addAttribute("comparison", calls.compare(application.id()));
		model.addAttribute("reviewers", calls.reviewerNames(application.id()));
		return "programme/applications/compare";
	}

	private void populate(Model model, Application application) {
		Call call = calls.getCall(application.call());
		model.addAttribute("app", application);
		model.addAttribute("call", call);
		model.addAttribute("open", calls.isOpen(call));
		model.addAttribute("zone", ApplicationMails.BERLIN);
		model.addAttribute("conditions", CallCondition.values());
		model.addAttribute("laender", Land.values());
		model.addAttribute("kinds", KommuneKind.values());
		model.addAttribute("trends", PopulationTrend.values());
		model.addAttribute("commitments", Commitment.values());
		model.addAttribute("canReadAll", authorization.isAllowed(Permission.PROGRAMME_VIEW, null));
		model.addAttribute("attachments", calls.attachments(application.id()));
	}
}
