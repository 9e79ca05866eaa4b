package de.daks.identity;

import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
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

/** Behind the invitation link: the invitee chooses name and password, then signs in. */
@Controller
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/einladung")
	@Requires(Permission.PUBLIC)
	String initAcceptForm(@RequestParam(required = false) @Nullable String token, Model model) {
		Optional<UserAccount> account = token == null ? Optional.empty() : invitations.accountFor(token);
		if (account.isEmpty()) {
			return linkInvalid(model);
		}
		AcceptInvitationForm form = new AcceptInvitationForm();
		form.setToken(token);
		// the placeholder name of a new account is its address; let the invitee type their own
		form.setDisplayName(account.get().displayName().equals(account.get().email()) ? ""
				: account.get().displayName());
		model.addAttribute("form", form);
		model.addAttribute("email", account.get().email());
		return "identity/invitation";
	}

	@PostMapping("/einladung")
	@Requires(Permission.PUBLIC)
	String processAcceptForm(@Valid @ModelAttribute("form") AcceptInvitationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String token = form.getToken();
		Optional<UserAccount> account = token == null ? Optional.empty() : invitations.accountFor(token);
		if (token == null || account.isEmpty()) {
			return linkInvalid(model);
		}
		PasswordPolicy.check(form.getPassword(), form.getConfirmation(), account.get().email(), result, "password",
				"confirmation");
		if (result.hasErrors() || form.getPassword() == null || form.getDisplayName() == null) {
			model.addAttribute("email", account.get().email());
			return "identity/invitation";
		}
		if (!invitations.accept(token, form.getDisplayName(), form.getPassword())) {
			return linkInvalid(model);
		}
		Flash.success(redirect, "invitation.accepted");
		return "redirect:/login";
	}

	private static String linkInvalid(Model model) {
		model.addAttribute("linkKind", "invitation");
		return PasswordResetController.LINK_INVALID_VIEW;
	}
}
