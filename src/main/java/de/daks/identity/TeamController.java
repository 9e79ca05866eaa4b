package de.daks.identity;

import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/** A Kommune's team: who has which role; the coordinator invites and removes colleagues. */
@Controller
class TeamController {

	/** A member as the team page lists them. */
	record MemberRow(String userId, String displayName, String email, KommuneRole role, boolean invited) {
	}

	private final UserManagement userManagement;

	private final UserAdministration administration;

	private final Invitations invitations;

	private final Authorization authorization;

	private final KommuneNames kommunen;

	TeamController(UserManagement userManagement, UserAdministration administration, Invitations invitations,
			Authorization authorization, KommuneNames kommunen) {
		this.userManagement = userManagement;
		this.administration = administration;
		this.invitations = invitations;
		this.authorization = authorization;
		this.kommunen = kommunen;
	}

	@GetMapping("/kommunen/{kommuneId}/team")
	@Requires(Permission.KOMMUNE_VIEW)
	String showTeam(@PathVariable KommuneId kommuneId, Model model) {
		model.addAttribute("form", new InvitationForm());
		return team(kommuneId, model);
	}

	@PostMapping("/kommunen/{kommuneId}/team")
	@Requires(Permission.KOMMUNE_MANAGE)
	String processInvitationForm(@PathVariable KommuneId kommuneId, @Valid @ModelAttribute("form") InvitationForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors() && form.getEmail() != null) {
			try {
				Invitations.Outcome outcome = invitations.inviteToKommune(kommuneId, form.getEmail(), form.getRole(),
						locale);
				Flash.success(redirect, outcome == Invitations.Outcome.INVITED ? "team.invite.sent"
						: "team.invite.notified");
				return "redirect:/kommunen/" + kommuneId + "/team";
			}
			catch (InvitationRefusedException ex) {
				result.rejectValue("role", ex.messageKey());
			}
			catch (MailException ex) {
				result.reject("team.invite.mailFailed");
			}
		}
		return team(kommuneId, model);
	}

	@PostMapping("/kommunen/{kommuneId}/team/entfernen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String processRemoval(@PathVariable KommuneId kommuneId, @RequestParam(required = false) @Nullable UUID userId,
			@RequestParam(required = false) @Nullable KommuneRole role, RedirectAttributes redirect) {
		if (userId == null || role == null) {
			Flash.error(redirect, "team.remove.missing");
		}
		else {
			try {
				administration.removeMembership(new UserId(userId), kommuneId, role);
				Flash.success(redirect, "team.remove.done");
			}
			catch (InvitationRefusedException ex) {
				Flash.error(redirect, ex.messageKey());
			}
		}
		return "redirect:/kommunen/" + kommuneId + "/team";
	}

	private String team(KommuneId kommuneId, Model model) {
		List<MemberRow> members = userManagement.membershipsIn(kommuneId).stream()
			.map(m -> Optional.of(userManagement.get(m.user()))
				.map(u -> new MemberRow(u.id().toString(), u.displayName(), u.email(), m.role(),
						u.passwordHash() == null))
				.orElseThrow())
			.sorted(Comparator.comparing(MemberRow::role).thenComparing(MemberRow::displayName))
			.toList();
		boolean manager = authorization.isAllowed(Permission.KOMMUNE_MANAGE, kommuneId);
		boolean office = authorization.isAllowed(Permission.USER_ADMIN, null);
		model.addAttribute("kommuneId", kommuneId.toString());
		model.addAttribute("kommuneName", kommunen.nameOf(kommuneId));
		model.addAttribute("members", members);
		model.addAttribute("mayManage", manager);
		model.addAttribute("mayAudit", manager);
		model.addAttribute("roles", Arrays.stream(KommuneRole.values())
			.filter(r -> office || !Invitations.GESCHAEFTSSTELLE_ONLY.contains(r)).toList());
		return "identity/team";
	}
}
