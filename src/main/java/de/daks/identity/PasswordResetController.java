package de.daks.identity;

import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Passwort vergessen?": ask for a link, then choose a new password behind it. */
@Controller
class PasswordResetController {

	static final String LINK_INVALID_VIEW = "identity/link-invalid";

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/passwort-vergessen")
	@Requires(Permission.PUBLIC)
	String initRequestForm(Model model) {
		model.addAttribute("form", new ForgotPasswordForm());
		return "identity/forgot-password";
	}

	@PostMapping("/passwort-vergessen")
	@Requires(Permission.PUBLIC)
	String processRequestForm(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result,
			Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors() || form.getEmail() == null) {
			return "identity/forgot-password";
		}
		resets.requestReset(form.getEmail(), locale);
		// the same words whether or not the address has an account
		Flash.success(redirect, "passwordReset.sent");
		return "redirect:/login";
	}

	@GetMapping("/passwort-zuruecksetzen")
	@Requires(Permission.PUBLIC)
	String initResetForm(@RequestParam(required = false) @Nullable String token, Model model) {
		if (token == null || resets.accountFor(token).isEmpty()) {
			return linkInvalid(model);
		}
		ResetPasswordForm form = new ResetPasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return "identity/reset-password";
	}

	@PostMapping("/passwort-zuruecksetzen")
	@Requires(Permission.PUBLIC)
	String processResetForm(@ModelAttribute("form") ResetPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String token = form.getToken();
		Optional<UserAccount> account = token == null ? Optional.empty() : resets.accountFor(token);
		if (token == null || account.isEmpty()) {
			return linkInvalid(model);
		}
		PasswordPolicy.check(form.getPassword(), form.getConfirmation(), account.get().email(), result, "password",
				"confirmation");
		if (result.hasErrors() || form.getPassword() == null) {
			return "identity/reset-password";
		}
		if (!resets.reset(token, form.getPassword())) {
			return linkInvalid(model);
		}
		Flash.success(redirect, "passwordReset.done");
		return "redirect:/login";
	}

	static String linkInvalid(Model model) {
		model.addAttribute("linkKind", "reset");
		return LINK_INVALID_VIEW;
	}
}
