package de.daks.programme.call;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.identity.UserManagement;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import de.daks.identity.SelfRegistrations;
import de.daks.territory.Land;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
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
class CallController {

	private final CallManagement calls;

	private final ProgrammeManagement programmes;

	private final UserManagement users;

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final ApplicantRegistration applicants;

	private final SelfRegistrations registrations;

	CallController(CallManagement calls, ProgrammeManagement programmes, UserManagement users,
			KommuneManagement kommunen, Authorization authorization, ApplicantRegistration applicants,
			SelfRegistrations registrations) {
		this.applicants = applicants;
		this.registrations = registrations;
		this.calls = calls;
		this.programmes = programmes;
		this.users = users;
		this.kommunen = kommunen;
		this.authorization = authorization;
	}

	@GetMapping("/ausschreibungen")
	@Requires(Permission.PUBLIC)
	String showCalls(Model model) {
		model.addAttribute("calls", calls.publishedCalls());
		model.addAttribute("zone", ApplicationMails.BERLIN);
		return "programme/calls/list";
	}

	@GetMapping("/ausschreibungen/{callId}")
	@Requires(Permission.PUBLIC)
	String showCall(@PathVariable UUID callId, Model model) {
		model.addAttribute("registrationForm", new ApplicantRegistrationForm());
		return populateCall(callId, model);
	}

	/**
	 * Registration while applying: a person without an account registers for a new Kommune; the answer is the same
	 * whether or not the address has an account (the mail differs).
	 */
	@PostMapping("/ausschreibungen/{callId}/registrierung")
	@Requires(Permission.PUBLIC)
	String register(@PathVariable UUID callId,
			@Valid @ModelAttribute("registrationForm") ApplicantRegistrationForm form, BindingResult result,
			Model model, Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
		Call call = calls.getPublishedCall(new CallId(callId));
		if (Authorization.currentUser() != null) {
			return "redirect:/ausschreibungen/" + callId;
		}
		if (!calls.isOpen(call)) {
			Flash.error(redirect, "programme.application.closed");
			return "redirect:/ausschreibungen/" + callId;
		}
		SelfRegistrations.checkPassword(form.getPassword(), form.getConfirmation(), form.getEmail(), result,
				"password", "confirmation");
		if (!form.getLand().isEmpty() && Land.ofCode(form.getLand()).isEmpty()) {
			result.rejectValue("land", "programme.register.landInvalid");
		}
		if (!result.hasFieldErrors("ags") && !form.getAgs().isEmpty() && !form.getAgs().startsWith(form.getLand())) {
			result.rejectValue("ags", "programme.register.agsLand");
		}
		if (!result.hasErrors() && !registrations.allow(request.getRemoteAddr(), form.getEmail())) {
			result.reject("programme.register.tooMany");
		}
		if (result.hasErrors()) {
			return populateCall(callId, model);
		}
		applicants.register(call.id(), form, locale);
		Flash.success(redirect, "programme.register.sent", form.getEmail());
		return "redirect:/ausschreibungen/" + callId;
	}

	private String populateCall(UUID callId, Model model) {
		Call call = calls.getPublishedCall(new CallId(callId));
		model.addAttribute("call", call);
		model.addAttribute("open", calls.isOpen(call));
		model.addAttribute("zone", ApplicationMails.BERLIN);
		DaksPrincipal user = Authorization.currentUser();
		model.addAttribute("signedIn", user != null);
		if (user != null) {
			Set<KommuneId> ids = new LinkedHashSet<>();
			users.membershipsOf(user.id()).forEach(m -> ids.add(m.kommune()));
			List<Kommune> own = kommunen.findAll(ids).stream()
				.filter(k -> authorization.isAllowed(Permission.KOMMUNE_EDIT, k.id())).toList();
			model.addAttribute("ownKommunen", own);
		}
		model.addAttribute("lands", Land.values());
		return "programme/calls/show";
	}

	@GetMapping("/programme/{programmeId}/ausschreibungen")
	@Requires(Permission.PROGRAMME_VIEW)
	String showProgrammeCalls(@PathVariable UUID programmeId, Model model) {
		model.addAttribute("programme", programmes.get(new ProgrammeId(programmeId)));
		model.addAttribute("calls", calls.callsOf(new ProgrammeId(programmeId)));
		model.addAttribute("canManage", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		model.addAttribute("zone", ApplicationMails.BERLIN);
		return "programme/calls/programme";
	}

	@GetMapping("/programme/{programmeId}/ausschreibungen/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String initCreationForm(@PathVariable UUID programmeId, Model model) {
		model.addAttribute("programme", programmes.get(new ProgrammeId(programmeId)));
		model.addAttribute("callForm", new CallForm());
		return "programme/calls/form";
	}

	@PostMapping("/programme/{programmeId}/ausschreibungen/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processCreationForm(@PathVariable UUID programmeId, @Valid @ModelAttribute("callForm") CallForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProgrammeId programme = new ProgrammeId(programmeId);
		if (result.hasErrors()) {
			model.addAttribute("programme", programmes.get(programme));
			return "programme/calls/form";
		}
		CallId id = calls.createCall(programme, form.getTitle(), form.getSummary(), form.getDocuments(),
				Objects.requireNonNull(form.getDeadline()).atZone(ApplicationMails.BERLIN).toInstant());
		Flash.success(redirect, "programme.call.created");
		return "redirect:/ausschreibungen/" + id + "/bewerbungen";
	}

	@GetMapping("/ausschreibungen/{callId}/bewerbungen")
	@Requires(Permission.PROGRAMME_VIEW)
	String showApplications(@PathVariable UUID callId, Model model) {
		Call call = calls.getCall(new CallId(callId));
		model.addAttribute("call", call);
		model.addAttribute("programme", programmes.get(call.programme()));
		model.addAttribute("assessments", calls.assessments(call.id()));
		model.addAttribute("canManage", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		model.addAttribute("zone", ApplicationMails.BERLIN);
		return "programme/calls/applications";
	}

	@PostMapping("/ausschreibungen/{callId}/veroeffentlichen")
	@Requires(Permission.PROGRAMME_MANAGE)
	String publish(@PathVariable UUID callId, RedirectAttributes redirect) {
		calls.publish(new CallId(callId));
		Flash.success(redirect, "programme.call.published");
		return "redirect:/ausschreibungen/" + callId + "/bewerbungen";
	}

	@PostMapping("/ausschreibungen/{callId}/bewerbung")
	@Requires(Permission.APPLICATION_WORK)
	String startApplication(@PathVariable UUID callId, @RequestParam(required = false) @Nullable UUID kommune,
			@RequestParam(defaultValue = "") String kommuneName, RedirectAttributes redirect) {
		Call call = calls.getPublishedCall(new CallId(callId));
		if (!calls.isOpen(call)) {
			Flash.error(redirect, "programme.application.closed");
			return "redirect:/ausschreibungen/" + callId;
		}
		if (kommune == null && (kommuneName.isBlank() || kommuneName.length() > 200)) {
			Flash.error(redirect, "programme.application.kommuneMissing");
			return "redirect:/ausschreibungen/" + callId;
		}
		ApplicationId id = calls.startApplication(call.id(), kommune == null ? null : new KommuneId(kommune),
				kommuneName);
		Flash.success(redirect, "programme.application.started");
		return "redirect:/bewerbungen/" + id;
	}
}
