package de.daks.review.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.plan.PlanVersion;
import de.daks.reporting.Chart;
import de.daks.review.GoalFacts;
import de.daks.review.Review;
import de.daks.review.ReviewException;
import de.daks.review.Reviews;
import de.daks.review.Trend;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the review pages share: the Kommune and the rights, the review with its version, goal charts, messages. */
@Component
class ReviewWebSupport {

	static final String PATH = "/kommunen/{kommuneId}/zwischenbilanz";

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final Reviews reviews;

	private final MessageSource messages;

	ReviewWebSupport(KommuneManagement kommunen, Authorization authorization, Reviews reviews,
			MessageSource messages) {
		this.kommunen = kommunen;
		this.authorization = authorization;
		this.reviews = reviews;
		this.messages = messages;
	}

	Kommune kommune(KommuneId id, Model model) {
		Kommune kommune = kommunen.get(id);
		model.addAttribute("kommune", kommune);
		model.addAttribute("canEdit", authorization.isAllowed(Permission.KOMMUNE_EDIT, id));
		model.addAttribute("canManage", authorization.isAllowed(Permission.KOMMUNE_MANAGE, id));
		model.addAttribute("fmt", new ReviewFormats());
		model.addAttribute("today", reviews.today());
		return kommune;
	}

	/** The Kommune, the review and the version it reviews; the page's tab. */
	Review review(KommuneId kommuneId, long reviewId, String tab, Model model) {
		kommune(kommuneId, model);
		Review review = reviews.review(kommuneId, reviewId);
		PlanVersion version = reviews.version(review);
		model.addAttribute("review", review);
		model.addAttribute("version", version);
		model.addAttribute("tab", tab);
		model.addAttribute("open", !review.completed());
		model.addAttribute("base", base(kommuneId) + "/" + reviewId);
		return review;
	}

	/** The accessible chart of a goal (null without values). */
	@Nullable
	Chart chart(GoalFacts goal, Locale locale) {
		Trend.Result trend = goal.trend();
		String unit = goal.unit() == null ? "" : " " + goal.unit();
		Trend.Point now = trend.latest();
		String description = message("review.chart.desc", locale, goal.indicator(),
				now == null ? "–" : ReviewFormats.number(now.value()) + unit, now == null ? "–" : ReviewFormats.date(now.date()),
				goal.target() == null ? "–" : ReviewFormats.number(goal.target()) + unit,
				ReviewFormats.date(goal.targetDate()),
				trend.projected() == null ? "–" : ReviewFormats.number(trend.projected()) + unit,
				message(trend.verdict().messageKey(), locale));
		GoalChart.Labels labels = new GoalChart.Labels(message("review.chart.title", locale, goal.title()),
				description, message("review.chart.observed", locale), message("review.chart.trend", locale),
				message("review.chart.target", locale), message("review.chart.day", locale));
		Chart chart = GoalChart.of(goal, labels, locale);
		if (chart == null || goal.source() == null) {
			return chart;
		}
		String source = message("review.goal.source.statistic", locale, goal.source());
		return new Chart(chart.title(), chart.svg(), new de.daks.reporting.DataTable(chart.table().caption(),
				chart.table().headers(), chart.table().rows(), source));
	}

	/** A broken rule as an error message after the redirect; nested message keys among the arguments resolved. */
	void error(RedirectAttributes redirect, ReviewException ex, Locale locale) {
		Object[] args = Arrays.stream(ex.arguments())
			.map(a -> a instanceof MessageSourceResolvable r ? messages.getMessage(r, locale) : a).toArray();
		if (args.length == 0) {
			Flash.error(redirect, ex.messageKey());
		}
		else {
			Flash.error(redirect, ex.messageKey(), args);
		}
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static String base(KommuneId kommune) {
		return "/kommunen/" + kommune + "/zwischenbilanz";
	}

	static String author() {
		DaksPrincipal user = Authorization.currentUser();
		return user == null ? "?" : user.displayName();
	}
}
