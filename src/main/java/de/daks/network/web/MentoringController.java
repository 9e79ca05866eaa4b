package de.daks.network.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.network.ConsultantMatch;
import de.daks.network.Mentoring;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mentoring: the office's proposals and confirmed pairs; the shared thread of a pair on the mentee's page. */
@Controller
class MentoringController {

	private static final int TEXT_MAX = 4000;

	private final Mentoring mentoring;

	private final KommuneManagement kommunen;

	private final MessageSource messages;

	MentoringController(Mentoring mentoring, KommuneManagement kommunen, MessageSource messages) {
		this.mentoring = mentoring;
		this.kommunen = kommunen;
		this.messages = messages;
	}

	/** A new Kommune with its best three proposed mentors, the reasons as sentences. */
	record Proposal(Kommune mentee, List<CandidateView> candidates) {
	}

	record CandidateView(Kommune mentor, int score, List<String> reasons) {
	}

	@GetMapping("/mentoring")
	@Requires(Permission.PROGRAMME_MANAGE)
	String showMentoring(Model model, Locale locale) {
		List<Kommune> all = kommunen.findAll();
		Map<UUID, String> names = all.stream().collect(Collectors.toMap(k -> k.id().value(), Kommune::name,
				(a, b) -> a));
		List<Mentoring.Pair> pairs = mentoring.pairs();
		List<Proposal> proposals = new ArrayList<>();
		for (Kommune k : all) {
			if (mentoring.isNew(k.id()) && pairs.stream().noneMatch(p -> p.mentee().equals(k.id()))) {
				proposals.add(new Proposal(k, mentoring.candidates(k, all).stream().limit(3)
					.map(c -> new CandidateView(c.mentor(), c.score(),
							c.reasons().stream().map(r -> text(r, locale)).toList()))
					.toList()));
			}
		}
		model.addAttribute("pairs", pairs);
		model.addAttribute("names", names);
		model.addAttribute("proposals", proposals);
		return "network/mentoring";
	}

	@PostMapping("/mentoring/paare")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processPair(@RequestParam(required = false) @Nullable UUID mentor,
			@RequestParam(required = false) @Nullable UUID mentee, RedirectAttributes redirect) {
		if (mentor == null || mentee == null || mentor.equals(mentee) || kommunen.find(new KommuneId(mentor)).isEmpty()
				|| kommunen.find(new KommuneId(mentee)).isEmpty()) {
			Flash.error(redirect, "network.mentoring.invalid");
		}
		else {
			mentoring.confirm(new KommuneId(mentor), new KommuneId(mentee));
			Flash.success(redirect, "network.mentoring.confirmed");
		}
		return "redirect:/mentoring";
	}

	@GetMapping("/kommunen/{kommuneId}/mentoring")
	@Requires(Permission.KOMMUNE_COMMENT)
	String showThread(@PathVariable KommuneId kommuneId, Model model) {
		Kommune kommune = kommunen.get(kommuneId);
		Optional<Mentoring.Pair> pair = mentoring.pairOf(kommuneId);
		model.addAttribute("kommune", kommune);
		model.addAttribute("pair", pair.orElse(null));
		model.addAttribute("mentor", pair.map(p -> kommunen.get(p.mentor())).orElse(null));
		model.addAttribute("thread", pair.map(p -> mentoring.thread(p.id())).orElse(List.of()));
		return "network/thread";
	}

	@PostMapping("/kommunen/{kommuneId}/mentoring")
	@Requires(Permission.KOMMUNE_COMMENT)
	String processMessage(@PathVariable KommuneId kommuneId, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "QUESTION") String kind, RedirectAttributes redirect) {
		kommunen.get(kommuneId);
		if (mentoring.pairOf(kommuneId).isEmpty()) {
			Flash.error(redirect, "network.mentoring.noPair");
		}
		else if (text.isBlank() || text.length() > TEXT_MAX) {
			Flash.error(redirect, "network.mentoring.textInvalid");
		}
		else {
			DaksPrincipal user = Objects.requireNonNull(Authorization.currentUser());
			mentoring.post(kommuneId, user.id(), user.displayName(), "NOTE".equals(kind), text);
			Flash.success(redirect, "network.mentoring.posted");
		}
		return "redirect:/kommunen/" + kommuneId + "/mentoring";
	}

	/** A message key (territory, theme, target group) as its text; anything else as it is. */
	private Object label(Object arg, Locale locale) {
		if (arg instanceof String key && (key.startsWith("territory.") || key.startsWith("toolbox.theme.")
				|| key.startsWith("plan.group."))) {
			return messages.getMessage(key, null, key, locale);
		}
		return arg;
	}

	private String text(ConsultantMatch.Reason reason, Locale locale) {
		Object[] args = reason.args().stream().map(a -> a instanceof List<?> list
				? list.stream().map(item -> String.valueOf(label(item, locale))).collect(Collectors.joining(", "))
				: label(a, locale)).toArray();
		return messages.getMessage(reason.key(), args, locale);
	}
}
