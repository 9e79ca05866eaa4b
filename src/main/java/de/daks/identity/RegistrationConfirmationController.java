package de.daks.identity;

import de.daks.shared.web.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in the confirmation mail of a self-registered account: the page shows a button (a mail scanner following
 * the link confirms nothing), the button confirms and leads to the sign-in.
 */
@Controller
class RegistrationConfirmationController {

	private final SelfRegistrations registrations;

	RegistrationConfirmationController(SelfRegistrations registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/registrierung/bestaetigen")
	@Requires(Permission.PUBLIC)
	String showConfirmation(@RequestParam(required = false) @Nullable String token, Model model) {
		model.addAttribute("account", token == null ? null : registrations.accountFor(token).orElse(null));
		model.addAttribute("token", token);
		return "identity/registration-confirm";
	}

	@PostMapping("/registrierung/bestaetigen")
	@Requires(Permission.PUBLIC)
	String confirm(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
		if (!registrations.confirm(token)) {
			model.addAttribute("account", null);
			return "identity/registration-confirm";
		}
		Flash.success(redirect, "registration.confirmed");
		return "redirect:/login";
	}
}
