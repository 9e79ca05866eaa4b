package de.daks.identity;

import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration for the Geschäftsstelle. */
@Controller
class UserAdminController {

	private final UserAdministration administration;

	private final UserManagement userManagement;

	private final KommuneNames kommunen;

	UserAdminController(UserAdministration administration, UserManagement userManagement, KommuneNames kommunen) {
		this.administration = administration;
		this.userManagement = userManagement;
		this.kommunen = kommunen;
	}

	@GetMapping("/admin/users")
	@Requires(Permission.USER_ADMIN)
	String showUsers(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) UserAdministration.@Nullable State state, Model model) {
		model.addAttribute("users", administration.search(q, role, state));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", role == null ? "" : role);
		model.addAttribute("state", state == null ? "" : state.name());
		model.addAttribute("globalRoles", GlobalRole.values());
		model.addAttribute("states", UserAdministration.State.values());
		return "identity/admin-users";
	}

	@GetMapping("/admin/users/neu")
	@Requires(Permission.USER_ADMIN)
	String initCreationForm(Model model) {
		model.addAttribute("form", new UserForm());
		model.addAttribute("globalRoles", GlobalRole.values());
		return "identity/admin-user-new";
	}

	@PostMapping("/admin/users")
	@Requires(Permission.USER_ADMIN)
	String processCreationForm(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (form.getEmail() != null && userManagement.findByEmail(form.getEmail()).isPresent()) {
			result.rejectValue("email", "userAdmin.create.emailTaken");
		}
		if (!result.hasErrors() && form.getEmail() != null && form.getDisplayName() != null) {
			try {
				UserId id = administration.create(form.getEmail(), form.getDisplayName(), form.getGlobalRole(),
						locale);
				Flash.success(redirect, "userAdmin.create.done");
				return "redirect:/admin/users/" + id;
			}
			catch (MailException ex) {
				result.reject("userAdmin.create.mailFailed");
			}
		}
		model.addAttribute("globalRoles", GlobalRole.values());
		return "identity/admin-user-new";
	}

	@GetMapping("/admin/users/{userId}")
	@Requires(Permission.USER_ADMIN)
	String showUser(@PathVariable UUID userId, Model model) {
		UserAccount account = administration.get(new UserId(userId));
		model.addAttribute("form", formOf(account));
		model.addAttribute("membershipForm", new MembershipForm());
		return user(account, model);
	}

	@PostMapping("/admin/users/{userId}")
	@Requires(Permission.USER_ADMIN)
	String processUpdateForm(@PathVariable UUID userId, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserAccount account = administration.get(new UserId(userId));
		// the address is fixed: validate the other fields only
		form.setEmail(account.email());
		boolean otherErrors = result.getFieldErrors().stream().anyMatch(e -> !e.getField().equals("email"));
		if (!otherErrors && form.getDisplayName() != null) {
			try {
				administration.update(account.id(), form.getDisplayName(), form.getGlobalRole(), form.isEnabled());
				Flash.success(redirect, "userAdmin.edit.done");
				return "redirect:/admin/users/" + userId;
			}
			catch (InvitationRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		model.addAttribute("membershipForm", new MembershipForm());
		return user(account, model);
	}

	@PostMapping("/admin/users/{userId}/entsperren")
	@Requires(Permission.USER_ADMIN)
	String processUnlock(@PathVariable UUID userId, RedirectAttributes redirect) {
		administration.unlock(new UserId(userId));
		Flash.success(redirect, "userAdmin.unlock.done");
		return "redirect:/admin/users/" + userId;
	}

	@PostMapping("/admin/users/{userId}/zwei-faktor-zuruecksetzen")
	@Requires(Permission.USER_ADMIN)
	String processSecondFactorReset(@PathVariable UUID userId, RedirectAttributes redirect) {
		administration.resetSecondFactor(new UserId(userId));
		Flash.success(redirect, "userAdmin.totpReset.done");
		return "redirect:/admin/users/" + userId;
	}

	@PostMapping("/admin/users/{userId}/mitgliedschaften")
	@Requires(Permission.USER_ADMIN)
	String processMembershipForm(@PathVariable UUID userId,
			@Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount account = administration.get(new UserId(userId));
		if (!result.hasErrors() && form.getKommuneId() != null) {
			try {
				administration.addMembership(account.id(), KommuneId.of(form.getKommuneId()), form.getRole());
				Flash.success(redirect, "userAdmin.membership.added");
				return "redirect:/admin/users/" + userId;
			}
			catch (InvitationRefusedException ex) {
				result.rejectValue("kommuneId", ex.messageKey());
			}
		}
		model.addAttribute("form", formOf(account));
		return user(account, model);
	}

	@PostMapping("/admin/users/{userId}/mitgliedschaften/entfernen")
	@Requires(Permission.USER_ADMIN)
	String processMembershipRemoval(@PathVariable UUID userId,
			@RequestParam(required = false) @Nullable UUID kommuneId,
			@RequestParam(required = false) @Nullable KommuneRole role, RedirectAttributes redirect) {
		if (kommuneId == null || role == null) {
			Flash.error(redirect, "team.remove.missing");
		}
		else {
			administration.removeMembership(new UserId(userId), new KommuneId(kommuneId), role);
			Flash.success(redirect, "userAdmin.membership.removed");
		}
		return "redirect:/admin/users/" + userId;
	}

	private static UserForm formOf(UserAccount account) {
		UserForm form = new UserForm();
		form.setEmail(account.email());
		form.setDisplayName(account.displayName());
		form.setGlobalRole(account.globalRole());
		form.setEnabled(account.enabled());
		return form;
	}

	private String user(UserAccount account, Model model) {
		List<AccountController.MembershipRow> memberships = userManagement.membershipsOf(account.id()).stream()
			.map(m -> new AccountController.MembershipRow(m.kommune().toString(), kommunen.nameOf(m.kommune()),
					m.role()))
			.toList();
		model.addAttribute("account", account);
		model.addAttribute("state", administration.stateOf(account));
		model.addAttribute("secondFactor", SecondFactor.isEnrolled(account));
		model.addAttribute("memberships", memberships);
		model.addAttribute("kommunen", kommunen.all());
		model.addAttribute("globalRoles", GlobalRole.values());
		model.addAttribute("kommuneRoles", KommuneRole.values());
		return "identity/admin-user";
	}
}
