package de.daks.workshop.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.Registration;
import de.daks.workshop.Registrations;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopException;
import de.daks.workshop.Workshops;
import de.daks.workshop.internal.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration by public link with capacity and waiting list ({@code /w/{code}/anmeldung}), cancelling by the
 * personal link, and the moderation's capacity setting and deletion of the personal data after the event.
 */
@Controller
class RegistrationController {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final int MAX_INVITATIONS = 500;

	private final Workshops workshops;

	private final Registrations registrations;

	private final RateLimiter limiter = new RateLimiter(20, 3000);

	private final WorkshopMails mails;

	private final KommuneManagement kommunen;

	RegistrationController(Workshops workshops, Registrations registrations, WorkshopMails mails,
			KommuneManagement kommunen) {
		this.workshops = workshops;
		this.registrations = registrations;
		this.mails = mails;
		this.kommunen = kommunen;
	}

	@GetMapping("/w/{code}/anmeldung")
	@Requires(Permission.PUBLIC)
	String form(@PathVariable String code, Model model) {
		return formPage(workshop(code), "", "", model);
	}

	@PostMapping("/w/{code}/anmeldung")
	@Requires(Permission.PUBLIC)
	String register(@PathVariable String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Workshop workshop = workshop(code);
		String nameError = name.isBlank() ? "workshop.registration.nameMissing"
				: name.strip().length() > 200 ? "workshop.registration.nameLong" : null;
		String emailError = email.isBlank() ? "workshop.registration.emailMissing"
				: email.strip().length() > 320 || !EMAIL.matcher(email.strip()).matches()
						? "workshop.registration.emailInvalid" : null;
		if (nameError != null || emailError != null) {
			model.addAttribute("nameError", nameError);
			model.addAttribute("emailError", emailError);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return formPage(workshop, name, email, model);
		}
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "too many registrations");
		}
		try {
			Registrations.Outcome outcome = registrations.register(workshop, name, email);
			model.addAttribute("workshop", workshop);
			model.addAttribute("status", outcome.status());
			model.addAttribute("cancelPath", "/w/" + workshop.code() + "/abmelden/" + outcome.token());
			model.addAttribute("mailSent", mails.registered(workshop, name, email, outcome.status(), outcome.token()));
			return "workshop/registered";
		}
		catch (WorkshopException ex) {
			model.addAttribute("emailError", ex.messageKey());
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return formPage(workshop, name, email, model);
		}
	}

	@GetMapping("/w/{code}/abmelden/{token}")
	@Requires(Permission.PUBLIC)
	String cancelPage(@PathVariable String code, @PathVariable String token, Model model) {
		model.addAttribute("workshop", workshop(code));
		model.addAttribute("token", token);
		return "workshop/cancel";
	}

	@PostMapping("/w/{code}/abmelden/{token}")
	@Requires(Permission.PUBLIC)
	String cancel(@PathVariable String code, @PathVariable String token, Model model) {
		Workshop workshop = workshop(code);
		model.addAttribute("workshop", workshop);
		Registrations.Cancellation cancellation = registrations.cancelAndMoveUp(workshop, token);
		if (cancellation.movedUp() != null) {
			mails.movedUp(workshop, cancellation.movedUp());
		}
		model.addAttribute("cancelled", cancellation.cancelled());
		return "workshop/cancel";
	}

	/**
	 * Invitations by e-mail with the public registration link: up to 500 addresses, one per line (or separated by
	 * commas or semicolons). Every address is checked first – one invalid address names its line and nothing is sent.
	 * The addresses are not stored.
	 */
	@PostMapping("/kommunen/{kommuneId}/zukunftswerkstatt/{workshopId}/einladungen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String invite(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@RequestParam(defaultValue = "") String addresses, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		String back = "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "#einladungen";
		java.util.LinkedHashSet<String> recipients = new java.util.LinkedHashSet<>();
		String[] lines = addresses.split("\\R", -1);
		for (int line = 0; line < lines.length; line++) {
			for (String part : lines[line].split("[,;]")) {
				String address = part.strip();
				if (address.isEmpty()) {
					continue;
				}
				if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
					Flash.error(redirect, "workshop.invitation.invalid", line + 1, address);
					return back;
				}
				recipients.add(address.toLowerCase(java.util.Locale.ROOT));
			}
		}
		if (recipients.isEmpty()) {
			Flash.error(redirect, "workshop.invitation.none");
			return back;
		}
		if (recipients.size() > MAX_INVITATIONS || note.length() > 1000) {
			Flash.error(redirect, recipients.size() > MAX_INVITATIONS ? "workshop.invitation.tooMany"
					: "workshop.invitation.noteLong", MAX_INVITATIONS);
			return back;
		}
		String kommuneName = kommunen.get(kommuneId).name();
		long sent = recipients.stream().filter(a -> mails.invitation(workshop, kommuneName, a, note)).count();
		if (sent == recipients.size()) {
			Flash.success(redirect, "workshop.invitation.sent", sent);
		}
		else {
			Flash.error(redirect, "workshop.invitation.partly", sent, recipients.size() - sent);
		}
		return back;
	}

	@PostMapping("/kommunen/{kommuneId}/zukunftswerkstatt/{workshopId}/anmeldungen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String capacity(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@RequestParam(required = false) @Nullable Integer capacity, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		try {
			registrations.setCapacity(workshop, capacity);
			Flash.success(redirect, "workshop.registration.capacitySaved");
		}
		catch (WorkshopException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "#anmeldungen";
	}

	@PostMapping("/kommunen/{kommuneId}/zukunftswerkstatt/{workshopId}/anmeldungen/loeschen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String delete(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, RedirectAttributes redirect) {
		registrations.deleteAll(workshops.get(kommuneId, workshopId));
		Flash.success(redirect, "workshop.registration.deleted");
		return "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "#anmeldungen";
	}

	private String formPage(Workshop workshop, String name, String email, Model model) {
		Integer capacity = registrations.capacity(workshop);
		long taken = registrations.list(workshop).stream()
			.filter(r -> r.status() == Registration.Status.REGISTERED).count();
		model.addAttribute("workshop", workshop);
		model.addAttribute("name", name);
		model.addAttribute("email", email);
		model.addAttribute("free", capacity == null ? null : Math.max(0, capacity - taken));
		return "workshop/registration";
	}

	private Workshop workshop(String code) {
		return workshops.byCode(code).orElseThrow(() -> new NotFoundException("Workshop code"));
	}
}
