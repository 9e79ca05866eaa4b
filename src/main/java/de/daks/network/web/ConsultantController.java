package de.daks.network.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.network.ConsultantMatch;
import de.daks.network.ConsultantPool;
import de.daks.network.ConsultantProfile;
import de.daks.network.ConsultantRequest;
import de.daks.network.ConsultingMethod;
import de.daks.network.ConsultingNeed;
import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultant pool: a consultant's own profile and inbox of requests, the Geschäftsstelle's approval, and a
 * Kommune's search for consultants (ranked with reasons) and its requests.
 */
@Controller
class ConsultantController {

	private static final BigDecimal BUDGET_MAX = new BigDecimal("10000000");

	private final ConsultantPool pool;

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final MessageSource messages;

	ConsultantController(ConsultantPool pool, KommuneManagement kommunen, Authorization authorization,
			MessageSource messages) {
		this.pool = pool;
		this.kommunen = kommunen;
		this.authorization = authorization;
		this.messages = messages;
	}

	@GetMapping("/beratung/profil")
	@Requires(Permission.SIGNED_IN)
	String initProfileForm(Model model) {
		DaksPrincipal user = current();
		ProfileForm form = pool.profileOf(user.id()).map(ProfileForm::of).orElseGet(() -> {
			ProfileForm f = new ProfileForm();
			f.setDisplayName(user.displayName());
			return f;
		});
		model.addAttribute("profileForm", form);
		return profilePage(model);
	}

	@PostMapping("/beratung/profil")
	@Requires(Permission.SIGNED_IN)
	String processProfileForm(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getRateMin() != null && form.getRateMax() != null
				&& form.getRateMax().compareTo(form.getRateMin()) < 0) {
			result.rejectValue("rateMax", "network.profile.rateMax.belowMin");
		}
		if (!form.isNationwide() && form.getRegions().isEmpty()) {
			result.rejectValue("regions", "network.profile.regions.missing");
		}
		if (result.hasErrors()) {
			return profilePage(model);
		}
		pool.saveProfile(current().id(), form.toData());
		Flash.success(redirect, "network.profile.saved");
		return "redirect:/beratung/profil";
	}

	@GetMapping("/beratung/berater/{id}")
	@Requires(Permission.SIGNED_IN)
	String showConsultant(@PathVariable UUID id, Model model) {
		ConsultantProfile profile = pool.get(id);
		DaksPrincipal user = current();
		boolean office = isOffice();
		if (!profile.approved() && !office && !profile.userId().equals(user.id().value())) {
			throw new NotFoundException("Consultant " + id);
		}
		model.addAttribute("profile", profile);
		model.addAttribute("office", office);
		return "network/consultant";
	}

	@GetMapping("/beratung/pool")
	@Requires(Permission.PROGRAMME_MANAGE)
	String showPool(Model model) {
		model.addAttribute("profiles", pool.all());
		return "network/pool";
	}

	@PostMapping("/beratung/pool/{id}/freigeben")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processApproval(@PathVariable UUID id, RedirectAttributes redirect) {
		pool.approve(id);
		Flash.success(redirect, "network.pool.approved");
		return "redirect:/beratung/pool";
	}

	@GetMapping("/beratung/anfragen")
	@Requires(Permission.SIGNED_IN)
	String showRequests(Model model) {
		List<ConsultantRequest> requests = pool.requestsTo(current().id());
		model.addAttribute("requests", requests);
		model.addAttribute("kommuneNames", kommuneNames());
		model.addAttribute("hasProfile", pool.profileOf(current().id()).isPresent());
		return "network/requests";
	}

	@PostMapping("/beratung/anfragen/{id}/annehmen")
	@Requires(Permission.SIGNED_IN)
	String processAcceptance(@PathVariable UUID id, RedirectAttributes redirect) {
		return decide(id, true, redirect);
	}

	@PostMapping("/beratung/anfragen/{id}/ablehnen")
	@Requires(Permission.SIGNED_IN)
	String processDeclination(@PathVariable UUID id, RedirectAttributes redirect) {
		return decide(id, false, redirect);
	}

	private String decide(UUID id, boolean accept, RedirectAttributes redirect) {
		try {
			pool.decide(id, current().id(), accept);
			Flash.success(redirect, accept ? "network.request.accepted" : "network.request.declined");
		}
		catch (IllegalStateException ex) {
			Flash.error(redirect, "network.request.answeredBefore");
		}
		return "redirect:/beratung/anfragen";
	}

	@GetMapping("/kommunen/{kommuneId}/beratung")
	@Requires(Permission.KOMMUNE_MANAGE)
	String showMatching(@PathVariable KommuneId kommuneId,
			@RequestParam(required = false) @Nullable List<String> themes,
			@RequestParam(required = false) @Nullable String step,
			@RequestParam(required = false) @Nullable String budget,
			@RequestParam(required = false) @Nullable String days, Model model, Locale locale) {
		Kommune kommune = kommunen.get(kommuneId);
		Set<Theme> wanted = EnumSet.noneOf(Theme.class);
		if (themes != null) {
			themes.forEach(t -> Arrays.stream(Theme.values()).filter(v -> v.name().equals(t)).forEach(wanted::add));
		}
		BigDecimal budgetValue = decimal(budget);
		Integer daysValue = integer(days);
		boolean badBudget = budget != null && !budget.isBlank() && budgetValue == null;
		boolean badDays = days != null && !days.isBlank() && daysValue == null;
		ConsultingNeed need = new ConsultingNeed(wanted, Step.fromSlug(String.valueOf(step)).orElse(null),
				land(kommune), budgetValue, daysValue);
		boolean searched = themes != null || step != null;
		model.addAttribute("kommune", kommune);
		model.addAttribute("need", need);
		model.addAttribute("budget", budget);
		model.addAttribute("days", days);
		model.addAttribute("badBudget", badBudget);
		model.addAttribute("badDays", badDays);
		model.addAttribute("searched", searched);
		List<ConsultantMatch> matches = searched && !badBudget && !badDays ? pool.match(need) : List.of();
		model.addAttribute("matches", matches.stream().map(m -> new MatchView(m.profile(), m.score(),
				m.reasons().stream().map(r -> new ReasonView(text(r, locale), r.positive())).toList())).toList());
		model.addAttribute("requests", pool.requestsFor(kommuneId));
		model.addAttribute("consultants", pool.all().stream()
			.collect(Collectors.toMap(ConsultantProfile::id, Function.identity())));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("steps", Step.values());
		return "network/matching";
	}

	@PostMapping("/kommunen/{kommuneId}/beratung/anfragen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String processRequest(@PathVariable KommuneId kommuneId, @RequestParam(required = false) @Nullable UUID consultant,
			@RequestParam(required = false) @Nullable List<String> themes,
			@RequestParam(required = false) @Nullable String step,
			@RequestParam(required = false) @Nullable String budget,
			@RequestParam(required = false) @Nullable String days,
			@RequestParam(defaultValue = "") String message, RedirectAttributes redirect) {
		Kommune kommune = kommunen.get(kommuneId);
		if (consultant == null || message.length() > 4000) {
			Flash.error(redirect, "network.request.invalid");
			return "redirect:/kommunen/" + kommuneId + "/beratung";
		}
		Set<Theme> wanted = EnumSet.noneOf(Theme.class);
		if (themes != null) {
			themes.forEach(t -> Arrays.stream(Theme.values()).filter(v -> v.name().equals(t)).forEach(wanted::add));
		}
		pool.request(kommuneId, consultant, new ConsultingNeed(wanted,
				Step.fromSlug(String.valueOf(step)).orElse(null), land(kommune), decimal(budget), integer(days)),
				message, current().id());
		Flash.success(redirect, "network.request.sent");
		return "redirect:/kommunen/" + kommuneId + "/beratung";
	}

	/** A match as the page shows it: reasons as sentences. */
	record MatchView(ConsultantProfile profile, int score, List<ReasonView> reasons) {
	}

	record ReasonView(String text, boolean positive) {
	}

	private String text(ConsultantMatch.Reason reason, Locale locale) {
		Object[] args = reason.args().stream().map(a -> argument(a, locale)).toArray();
		return messages.getMessage(reason.key(), args, locale);
	}

	private Object argument(Object arg, Locale locale) {
		if (arg instanceof List<?> list) {
			return list.stream().map(a -> String.valueOf(argument(a, locale))).collect(Collectors.joining(", "));
		}
		if (arg instanceof String key && (key.startsWith("toolbox.") || key.startsWith("process."))) {
			return messages.getMessage(key, null, key, locale);
		}
		if (arg instanceof BigDecimal amount) {
			java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(0);
			format.setMaximumFractionDigits(2);
			return format.format(amount) + " EUR";
		}
		return arg;
	}

	private String profilePage(Model model) {
		model.addAttribute("themes", Theme.values());
		model.addAttribute("methods", ConsultingMethod.values());
		model.addAttribute("steps", Step.values());
		model.addAttribute("lands", Land.values());
		model.addAttribute("profile", pool.profileOf(current().id()).orElse(null));
		return "network/profile-form";
	}

	private Map<UUID, String> kommuneNames() {
		return kommunen.findAll().stream().collect(Collectors.toMap(k -> k.id().value(), Kommune::name, (a, b) -> a));
	}

	private static @Nullable Land land(Kommune kommune) {
		return Arrays.stream(Land.values()).filter(l -> l.code().equals(kommune.landCode())).findFirst()
			.orElse(null);
	}

	/** A German or plain amount ("12.500,50", "12500.50"); null if blank, negative or not a number. */
	static @Nullable BigDecimal decimal(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.strip().replace(" ", "").replace("€", "").replace("EUR", "");
		if (s.contains(",") || s.matches("\\d{1,3}(\\.\\d{3})+")) {
			s = s.replace(".", "").replace(',', '.');
		}
		try {
			BigDecimal value = new BigDecimal(s);
			return value.signum() < 0 || value.compareTo(BUDGET_MAX) > 0 ? null : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Integer integer(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(text.strip());
			return value < 1 || value > 1000 ? null : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private boolean isOffice() {
		return authorization.isAllowed(Permission.PROGRAMME_MANAGE, null);
	}

	private static DaksPrincipal current() {
		return Objects.requireNonNull(Authorization.currentUser(), "signed-in user");
	}
}
