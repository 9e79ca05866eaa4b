package de.daks.review.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.plan.PlanVersion;
import de.daks.plan.Plans;
import de.daks.reporting.Chart;
import de.daks.reporting.DataTable;
import de.daks.reporting.DocumentRenderer;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.review.Review;
import de.daks.review.ReviewException;
import de.daks.review.ReviewFacts;
import de.daks.review.Reviews;
import de.daks.review.Trend;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Downloads;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviews of a Kommune, starting one, the overview of a review, completing it, and its report. */
@Controller
class ZwischenbilanzController {

	private static final String PATH = ReviewWebSupport.PATH;

	/** One block of the report as the page shows it. */
	record Block(String kind, int level, @Nullable String text, @Nullable DataTable table, @Nullable Chart chart) {
	}

	private final Reviews reviews;

	private final Plans plans;

	private final ReviewWebSupport support;

	private final ReviewDocuments documents;

	private final DocumentRenderer renderer;

	ZwischenbilanzController(Reviews reviews, Plans plans, ReviewWebSupport support, ReviewDocuments documents,
			DocumentRenderer renderer) {
		this.reviews = reviews;
		this.plans = plans;
		this.support = support;
		this.documents = documents;
		this.renderer = renderer;
	}

	@GetMapping(PATH)
	@Requires(Permission.KOMMUNE_VIEW)
	String index(@PathVariable KommuneId kommuneId, Model model) {
		support.kommune(kommuneId, model);
		List<Review> list = reviews.reviews(kommuneId);
		List<PlanVersion> versions = plans.versions(kommuneId);
		model.addAttribute("reviews", list);
		model.addAttribute("versions", versions);
		model.addAttribute("openReview", list.stream().filter(r -> !r.completed()).findFirst().orElse(null));
		return "review/index";
	}

	@PostMapping(PATH)
	@Requires(Permission.KOMMUNE_MANAGE)
	String start(@PathVariable KommuneId kommuneId, @RequestParam(defaultValue = "0") int version, Locale locale,
			RedirectAttributes redirect) {
		try {
			long id = reviews.start(kommuneId, version, ReviewWebSupport.author());
			Flash.success(redirect, "review.started");
			return "redirect:" + ReviewWebSupport.base(kommuneId) + "/" + id;
		}
		catch (ReviewException ex) {
			support.error(redirect, ex, locale);
			return "redirect:" + ReviewWebSupport.base(kommuneId);
		}
	}

	@GetMapping(PATH + "/{reviewId}")
	@Requires(Permission.KOMMUNE_VIEW)
	String overview(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Model model) {
		Review review = support.review(kommuneId, reviewId, "overview", model);
		ReviewFacts facts = reviews.facts(review);
		model.addAttribute("facts", facts);
		model.addAttribute("verdicts", Trend.Verdict.values());
		model.addAttribute("delayed", facts.measures().stream()
			.filter(m -> (m.endDelay() != null && m.endDelay() > 0) || (m.startDelay() != null && m.startDelay() > 0))
			.count());
		model.addAttribute("reflections", reviews.reflections(review).size());
		model.addAttribute("survey", reviews.surveyAggregate(review));
		model.addAttribute("decisions", reviews.decisions(review).size());
		model.addAttribute("continuations", reviews.continuations(review).size());
		return "review/overview";
	}

	@PostMapping(PATH + "/{reviewId}/abschliessen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String complete(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Locale locale,
			RedirectAttributes redirect) {
		String back = ReviewWebSupport.base(kommuneId) + "/" + reviewId;
		try {
			reviews.complete(kommuneId, reviewId, ReviewWebSupport.author());
			Flash.success(redirect, "review.completed");
			return "redirect:" + back + "/bericht";
		}
		catch (ReviewException ex) {
			support.error(redirect, ex, locale);
			return "redirect:" + back;
		}
	}

	@GetMapping(PATH + "/{reviewId}/bericht")
	@Requires(Permission.KOMMUNE_VIEW)
	String report(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Locale locale, Model model) {
		Review review = support.review(kommuneId, reviewId, "report", model);
		Kommune kommune = (Kommune) model.getAttribute("kommune");
		ReportDocument document = documents.document(documents.contents(kommune, review), locale);
		List<Block> blocks = new ArrayList<>();
		for (ReportBlock b : document.blocks()) {
			if (b instanceof ReportBlock.Heading h) {
				blocks.add(new Block("heading", h.level() + 1, h.text(), null, null));
			}
			else if (b instanceof ReportBlock.Paragraph p) {
				blocks.add(new Block("paragraph", 0, p.text(), null, null));
			}
			else if (b instanceof ReportBlock.Note n) {
				blocks.add(new Block("note", 0, n.text(), null, null));
			}
			else if (b instanceof ReportBlock.Table t) {
				blocks.add(new Block("table", 0, null, t.table(), null));
			}
			else if (b instanceof ReportBlock.Figure f) {
				blocks.add(new Block("figure", 0, null, null, f.chart()));
			}
		}
		model.addAttribute("document", document);
		model.addAttribute("blocks", blocks);
		return "review/report";
	}

	@GetMapping(PATH + "/{reviewId}/zwischenbilanz.pdf")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> pdf(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Locale locale,
			Model model) {
		Review review = support.review(kommuneId, reviewId, "report", model);
		byte[] pdf = renderer.pdf(documents.document(documents.contents((Kommune) model.getAttribute("kommune"), review),
				locale));
		return Downloads.attachment(pdf, DocumentRenderer.PDF_MEDIA_TYPE, ReviewDocuments.fileName(review, "pdf"));
	}

	@GetMapping(PATH + "/{reviewId}/zwischenbilanz.docx")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> docx(@PathVariable KommuneId kommuneId, @PathVariable long reviewId, Locale locale,
			Model model) {
		Review review = support.review(kommuneId, reviewId, "report", model);
		byte[] docx = renderer.docx(documents.document(
				documents.contents((Kommune) model.getAttribute("kommune"), review), locale));
		return Downloads.attachment(docx, DocumentRenderer.DOCX_MEDIA_TYPE, ReviewDocuments.fileName(review, "docx"));
	}
}
