package de.daks.identity;

import de.daks.shared.web.Flash;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The own account: name, address, memberships, password, second factor. */
@Controller
class AccountController {

	/** A membership with the Kommune's name, for display. */
	record MembershipRow(String kommuneId, String kommuneName, KommuneRole role) {
	}

	private final UserManagement userManagement;

	private final SecondFactor secondFactor;

	private final KommuneNames kommunen;

	private final PasswordEncoder passwordEncoder;

	private final UserSessions sessions;

	AccountController(UserManagement userManagement, SecondFactor secondFactor, KommuneNames kommunen,
			PasswordEncoder passwordEncoder, UserSessions sessions) {
		this.userManagement = userManagement;
		this.secondFactor = secondFactor;
		this.kommunen = kommunen;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	@Requires(Permission.SIGNED_IN)
	String showAccount(Model model) {
		model.addAttribute("passwordForm", new ChangePasswordForm());
		model.addAttribute("disableForm", new DisableTotpForm());
		return account(model);
	}

	@PostMapping("/account/passwort")
	@Requires(Permission.SIGNED_IN)
	String processPasswordForm(@Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult result,
			Model model, HttpSession session, RedirectAttributes redirect) {
		UserAccount account = current();
		if (form.getCurrentPassword() != null && (account.passwordHash() == null
				|| !passwordEncoder.matches(form.getCurrentPassword(), account.passwordHash()))) {
			result.rejectValue("currentPassword", "account.password.currentWrong");
		}
		PasswordPolicy.check(form.getPassword(), form.getConfirmation(), account.email(), result, "password",
				"confirmation");
		if (result.hasErrors() || form.getPassword() == null) {
			model.addAttribute("disableForm", new DisableTotpForm());
			return account(model);
		}
		userManagement.changePassword(account.id(), form.getPassword());
		// the other sessions may be the reason for the change; this one goes on
		sessions.endSessions(account.email(), session.getId());
		Flash.success(redirect, "account.password.changed");
		return "redirect:/account";
	}

	@GetMapping("/account/zwei-faktor")
	@Requires(Permission.SIGNED_IN)
	String initSecondFactorForm(Model model, HttpSession session) {
		UserAccount account = current();
		if (SecondFactor.isEnrolled(account)) {
			return "redirect:/account";
		}
		model.addAttribute("form", new TotpCodeForm());
		SecondFactorController.addEnrolment(model, session, account);
		return "identity/account-totp";
	}

	@PostMapping("/account/zwei-faktor")
	@Requires(Permission.SIGNED_IN)
	String processSecondFactorForm(@Valid @ModelAttribute("form") TotpCodeForm form, BindingResult result,
			Model model, HttpSession session, RedirectAttributes redirect) {
		UserAccount account = current();
		if (SecondFactor.isEnrolled(account)) {
			return "redirect:/account";
		}
		if (!(session.getAttribute(SecondFactorController.CANDIDATE_SECRET) instanceof String secret)) {
			return "redirect:/account/zwei-faktor";
		}
		if (!result.hasErrors() && form.getCode() != null) {
			if (secondFactor.enrol(account.id(), secret, form.getCode(), false) == SecondFactor.Result.ACCEPTED) {
				session.removeAttribute(SecondFactorController.CANDIDATE_SECRET);
				Flash.success(redirect, "account.totp.enabled");
				return "redirect:/account";
			}
			result.rejectValue("code", "totp.code.wrong");
		}
		SecondFactorController.addEnrolment(model, session, account);
		return "identity/account-totp";
	}

	@PostMapping("/account/zwei-faktor/deaktivieren")
	@Requires(Permission.SIGNED_IN)
	String processDisableSecondFactor(@Valid @ModelAttribute("disableForm") DisableTotpForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserAccount account = current();
		if (account.globalRole() == GlobalRole.GESCHAEFTSSTELLE) {
			Flash.error(redirect, "account.totp.required");
			return "redirect:/account";
		}
		if (form.getCurrentPassword() != null && (account.passwordHash() == null
				|| !passwordEncoder.matches(form.getCurrentPassword(), account.passwordHash()))) {
			result.rejectValue("currentPassword", "account.password.currentWrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new ChangePasswordForm());
			return account(model);
		}
		secondFactor.disable(account.id());
		Flash.success(redirect, "account.totp.disabled");
		return "redirect:/account";
	}

	private String account(Model model) {
		UserAccount account = current();
		List<MembershipRow> memberships = userManagement.membershipsOf(account.id()).stream()
			.map(m -> new MembershipRow(m.kommune().toString(), kommunen.nameOf(m.kommune()), m.role()))
			.toList();
		model.addAttribute("account", account);
		model.addAttribute("memberships", memberships);
		model.addAttribute("secondFactor", SecondFactor.isEnrolled(account));
		model.addAttribute("secondFactorRequired", account.globalRole() == GlobalRole.GESCHAEFTSSTELLE);
		return "identity/account";
	}

	private UserAccount current() {
		DaksPrincipal principal = Authorization.currentUser();
		if (principal == null) {
			// the interceptor lets only signed-in users in; the command-line operator has no account page
			throw new org.springframework.security.access.AccessDeniedException("No account");
		}
		return userManagement.get(principal.id());
	}
}
