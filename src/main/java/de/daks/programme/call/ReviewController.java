package de.daks.programme.call;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.web.Flash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ReviewController {

	private final CallManagement calls;

	ReviewController(CallManagement calls) {
		this.calls = calls;
	}

	@GetMapping("/gutachten")
	@Requires(Permission.APPLICATION_REVIEW)
	String showMyReviews(Model model) {
		model.addAttribute("tasks", calls.myReviewTasks());
		return "programme/reviews/list";
	}

	@GetMapping("/bewerbungen/{applicationId}/gutachten")
	@Requires(Permission.APPLICATION_REVIEW)
	String showReview(@PathVariable UUID applicationId, Model model) {
		populate(model, calls.review(new ApplicationId(applicationId)));
		return "programme/reviews/edit";
	}

	@PostMapping("/bewerbungen/{applicationId}/gutachten")
	@Requires(Permission.APPLICATION_REVIEW)
	String processReview(@PathVariable UUID applicationId, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		ApplicationId id = new ApplicationId(applicationId);
		CallManagement.ReviewView view = calls.review(id);
		List<String> errors = new ArrayList<>();
		List<ReviewEntry> entries = new ArrayList<>();
		for (CallCondition c : CallCondition.values()) {
			String note = params.getOrDefault("note[" + c.name() + "]", "").strip();
			if (note.length() > 4000) {
				errors.add("note[" + c.name() + "]");
				continue;
			}
			if (c.isPrerequisite()) {
				String met = params.getOrDefault("met[" + c.name() + "]", "");
				Boolean value = switch (met) {
					case "yes" -> Boolean.TRUE;
					case "no" -> Boolean.FALSE;
					default -> null;
				};
				if (value != null || !note.isEmpty()) {
					entries.add(new ReviewEntry(c, value, null, note));
				}
			}
			else {
				String raw = params.getOrDefault("score[" + c.name() + "]", "").strip();
				Integer score = null;
				if (!raw.isEmpty()) {
					try {
						score = Integer.valueOf(raw);
					}
					catch (NumberFormatException ex) {
						score = -1;
					}
					if (score < 0 || score > CallCondition.MAX_SCORE) {
						errors.add("score[" + c.name() + "]");
						continue;
					}
				}
				if (score != null || !note.isEmpty()) {
					entries.add(new ReviewEntry(c, null, score, note));
				}
			}
		}
		if (errors.isEmpty()) {
			try {
				calls.saveReview(id, entries, "submit".equals(action));
				Flash.success(redirect, "submit".equals(action) ? "programme.review.submitted" : "programme.review.saved");
				return "redirect:/bewerbungen/" + id + "/gutachten";
			}
			catch (IncompleteApplicationException ex) {
				ex.problems().forEach(p -> errors.add(p[0]));
			}
			catch (IllegalStateException ex) {
				Flash.error(redirect, "programme.review.locked");
				return "redirect:/bewerbungen/" + id + "/gutachten";
			}
		}
		populate(model, view);
		model.addAttribute("entered", params);
		model.addAttribute("errors", errors);
		return "programme/reviews/edit";
	}

	@PostMapping("/bewerbungen/{applicationId}/befangenheit")
	@Requires(Permission.APPLICATION_REVIEW)
	String declareConflict(@PathVariable UUID applicationId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		calls.declareConflict(new ApplicationId(applicationId), note);
		Flash.success(redirect, "programme.review.conflictDeclared");
		return "redirect:/gutachten";
	}

	private void populate(Model model, CallManagement.ReviewView view) {
		model.addAttribute("view", view);
		model.addAttribute("attachments", calls.attachments(view.application().id()));
		model.addAttribute("app", view.application());
		model.addAttribute("conditions", CallCondition.values());
		model.addAttribute("scores", java.util.stream.IntStream.rangeClosed(0, CallCondition.MAX_SCORE).boxed().toList());
		model.addAttribute("errors", List.of());
		model.addAttribute("entered", Map.of());
	}
}
