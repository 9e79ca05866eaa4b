package de.daks.review.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.review.ReflectionCategory;
import de.daks.review.ReviewException;
import de.daks.review.Reviews;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stakeholder survey of a review behind a personal link, without an account: the same categories as the team's
 * reflection. A link works once, until it expires or the review is completed; the answers are stored without it.
 */
@Controller
class ZwischenbilanzSurveyController {

	static final String PATH = "/zwischenbilanz/umfrage/{token}";

	private final Reviews reviews;

	ZwischenbilanzSurveyController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping(PATH)
	@Requires(Permission.PUBLIC)
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Reviews.SurveyAccess> access = reviews.survey(token);
		if (access.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("state", "invalid");
			return "review/survey-public";
		}
		model.addAttribute("state", "form");
		model.addAttribute("access", access.get());
		model.addAttribute("token", token);
		model.addAttribute("categories", ReflectionCategory.values());
		return "review/survey-public";
	}

	@PostMapping(PATH)
	@Requires(Permission.PUBLIC)
	String answer(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) {
		Optional<Reviews.SurveyAccess> access = reviews.survey(token);
		try {
			if (access.isEmpty() || !reviews.answer(token, ZwischenbilanzWorkController.reflections(params))) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("state", "invalid");
				return "review/survey-public";
			}
		}
		catch (ReviewException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("state", "form");
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("access", access.get());
			model.addAttribute("token", token);
			model.addAttribute("categories", ReflectionCategory.values());
			model.addAttribute("values", params);
			return "review/survey-public";
		}
		model.addAttribute("state", "thanks");
		model.addAttribute("access", access.get());
		return "review/survey-public";
	}
}
