package de.daks.network.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.network.Newsletter;
import de.daks.network.NewsletterIssue;
import de.daks.network.Segment;
import de.daks.shared.job.JobId;
import de.daks.shared.job.Jobs;
import de.daks.shared.web.Flash;
import de.daks.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The newsletter: public subscription with double opt-in and unsubscribe (one click, also as RFC 8058 POST without
 * a session), and the Geschäftsstelle's issues.
 */
@Controller
class NewsletterController {

	private static final int SUBJECT_MAX = 200;

	private static final int BODY_MAX = 40000;

	private final Newsletter newsletter;

	private final Jobs jobs;

	NewsletterController(Newsletter newsletter, Jobs jobs) {
		this.newsletter = newsletter;
		this.jobs = jobs;
	}

	@GetMapping("/newsletter")
	@Requires(Permission.PUBLIC)
	String showSubscription(Model model) {
		model.addAttribute("segments", Segment.values());
		return "network/newsletter";
	}

	@PostMapping("/newsletter")
	@Requires(Permission.PUBLIC)
	String processSubscription(@RequestParam(defaultValue = "") String email,
			@RequestParam(required = false) @Nullable List<String> segments, Model model,
			RedirectAttributes redirect) {
		Set<Segment> chosen = segments(segments);
		boolean badEmail = !Newsletter.isEmail(email);
		if (badEmail || chosen.isEmpty()) {
			model.addAttribute("segments", Segment.values());
			model.addAttribute("email", email);
			model.addAttribute("chosen", chosen);
			model.addAttribute("badEmail", badEmail);
			model.addAttribute("badSegments", chosen.isEmpty());
			return "network/newsletter";
		}
		newsletter.subscribe(email, chosen);
		Flash.success(redirect, "network.newsletter.checkMail");
		return "redirect:/newsletter";
	}

	@GetMapping("/newsletter/bestaetigen/{token}")
	@Requires(Permission.PUBLIC)
	String showConfirmation(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "network/newsletter-confirm";
	}

	@PostMapping("/newsletter/bestaetigen/{token}")
	@Requires(Permission.PUBLIC)
	String processConfirmation(@PathVariable String token, RedirectAttributes redirect) {
		if (newsletter.confirm(token)) {
			Flash.success(redirect, "network.newsletter.confirmed");
		}
		else {
			Flash.error(redirect, "network.newsletter.linkInvalid");
		}
		return "redirect:/newsletter";
	}

	@GetMapping("/newsletter/abmelden/{token}")
	@Requires(Permission.PUBLIC)
	String showUnsubscription(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean known = newsletter.knowsUnsubscribeToken(token);
		if (!known) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("invalid", !known);
		model.addAttribute("done", false);
		model.addAttribute("token", token);
		return "network/newsletter-unsubscribe";
	}

	/** One click: from the page's button or as RFC 8058 POST of a mail client (no session, no CSRF token). */
	@PostMapping("/newsletter/abmelden/{token}")
	@Requires(Permission.PUBLIC)
	String processUnsubscription(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean known = newsletter.unsubscribe(token);
		if (!known) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("done", known);
		model.addAttribute("invalid", !known);
		model.addAttribute("token", token);
		return "network/newsletter-unsubscribe";
	}

	@GetMapping("/newsletter/ausgaben")
	@Requires(Permission.PROGRAMME_MANAGE)
	String showIssues(Model model) {
		model.addAttribute("issues", newsletter.issues());
		model.addAttribute("subscribers", newsletter.confirmedSubscribers());
		model.addAttribute("segments", Segment.values());
		return "network/issues";
	}

	@PostMapping("/newsletter/ausgaben")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processComposition(@RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String news,
			@RequestParam(required = false) @Nullable List<String> segments, RedirectAttributes redirect) {
		Set<Segment> chosen = segments(segments);
		if (subject.isBlank() || subject.length() > SUBJECT_MAX || news.length() > BODY_MAX / 2
				|| chosen.isEmpty()) {
			Flash.error(redirect, "network.issue.invalid");
			return "redirect:/newsletter/ausgaben";
		}
		NewsletterIssue issue = newsletter.compose(subject, news, chosen);
		return "redirect:/newsletter/ausgaben/" + issue.id();
	}

	/** The issue: the draft's form, or the progress of its sending (for htmx only the progress block). */
	@GetMapping("/newsletter/ausgaben/{id}")
	@Requires(Permission.PROGRAMME_MANAGE)
	String showIssue(@PathVariable UUID id, Model model, HttpServletRequest request) {
		NewsletterIssue issue = newsletter.issue(id);
		model.addAttribute("issue", issue);
		model.addAttribute("segments", Segment.values());
		model.addAttribute("job", issue.jobId() == null ? null : jobs.find(new JobId(issue.jobId())).orElse(null));
		model.addAttribute("counts", newsletter.progress(id));
		model.addAttribute("problems", issue.draft() ? List.of() : newsletter.problems(id));
		return Htmx.view(request, "network/issue", "sending");
	}

	@PostMapping("/newsletter/ausgaben/{id}")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processIssueEdit(@PathVariable UUID id, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) @Nullable List<String> segments, RedirectAttributes redirect) {
		Set<Segment> chosen = segments(segments);
		NewsletterIssue issue = newsletter.issue(id);
		if (!issue.draft() || subject.isBlank() || subject.length() > SUBJECT_MAX || body.isBlank()
				|| body.length() > BODY_MAX || chosen.isEmpty()) {
			Flash.error(redirect, "network.issue.invalid");
		}
		else {
			newsletter.edit(id, subject, body, chosen);
			Flash.success(redirect, "network.issue.saved");
		}
		return "redirect:/newsletter/ausgaben/" + id;
	}

	@PostMapping("/newsletter/ausgaben/{id}/senden")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processSending(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			DaksPrincipal user = Authorization.currentUser();
			newsletter.send(id, user == null ? null : user.email());
			Flash.success(redirect, "network.issue.sendingStarted");
		}
		catch (IllegalStateException ex) {
			Flash.error(redirect, "network.issue.alreadySent");
		}
		return "redirect:/newsletter/ausgaben/" + id;
	}

	private static Set<Segment> segments(@Nullable List<String> values) {
		Set<Segment> set = EnumSet.noneOf(Segment.class);
		if (values != null) {
			values.forEach(v -> Arrays.stream(Segment.values()).filter(s -> s.name().equals(v)).forEach(set::add));
		}
		return set;
	}
}
