package de.daks.plan.web;

import de.daks.shared.web.Downloads;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.plan.Measure;
import de.daks.plan.PlanData;
import de.daks.plan.PlanField;
import de.daks.plan.PlanVersion;
import de.daks.plan.Plans;
import de.daks.reporting.DocumentRenderer;
import de.daks.reporting.ReportDocument;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import java.time.LocalDate;
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

/** Proposals of the Zukunftswerkstatt, publishing versions, one version, and comparing any two. */
@Controller
class PlanVersionController {

	private static final String PATH = PlanController.PATH;

	private final Plans plans;

	private final PlanWebSupport support;

	private final PlanDocuments documents;

	private final DocumentRenderer renderer;

	PlanVersionController(Plans plans, PlanWebSupport support, PlanDocuments documents, DocumentRenderer renderer) {
		this.plans = plans;
		this.support = support;
		this.documents = documents;
		this.renderer = renderer;
	}

	@GetMapping(PATH + "/vorschlaege")
	@Requires(Permission.KOMMUNE_VIEW)
	String proposals(@PathVariable KommuneId kommuneId, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("proposals", plans.proposals(kommuneId));
		model.addAttribute("plan", plans.draft(kommuneId));
		return "plan/proposals";
	}

	@PostMapping(PATH + "/vorschlaege/{proposalId}/massnahmen/{proposedMeasureId}/uebernehmen")
	@Requires(Permission.KOMMUNE_EDIT)
	String adoptMeasure(@PathVariable KommuneId kommuneId, @PathVariable long proposalId,
			@PathVariable long proposedMeasureId, @RequestParam long fieldId, RedirectAttributes redirect) {
		return PlanController.attempt(redirect, PlanController.base(kommuneId) + "/vorschlaege#vorschlag-" + proposalId,
				"plan.proposal.measureAdopted", () -> plans.adoptMeasure(kommuneId, proposalId, proposedMeasureId,
						fieldId));
	}

	@PostMapping(PATH + "/vorschlaege/{proposalId}/uebernehmen")
	@Requires(Permission.KOMMUNE_EDIT)
	String adopt(@PathVariable KommuneId kommuneId, @PathVariable long proposalId, RedirectAttributes redirect) {
		return PlanController.attempt(redirect, PlanController.base(kommuneId) + "/vorschlaege", "plan.proposal.adopted",
				() -> plans.adopt(kommuneId, proposalId));
	}

	@GetMapping(PATH + "/versionen")
	@Requires(Permission.KOMMUNE_VIEW)
	String versions(@PathVariable KommuneId kommuneId, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		support.kommune(kommuneId, model);
		List<PlanVersion> versions = plans.versions(kommuneId);
		model.addAttribute("versions", versions);
		if (from != null && to != null) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("changes", plans.compare(kommuneId, from, to));
		}
		return "plan/versions";
	}

	@GetMapping(PATH + "/versionen/{number}")
	@Requires(Permission.KOMMUNE_VIEW)
	String version(@PathVariable KommuneId kommuneId, @PathVariable int number, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("version", plans.version(kommuneId, number));
		return "plan/version";
	}

	@GetMapping(PATH + "/versionen/{number}/werkstattplan.pdf")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> versionPdf(@PathVariable KommuneId kommuneId, @PathVariable int number, Locale locale,
			Model model) {
		PlanVersion version = plans.version(kommuneId, number);
		byte[] pdf = renderer.pdf(documents.document(support.kommune(kommuneId, model), version, locale));
		return Downloads.attachment(pdf, DocumentRenderer.PDF_MEDIA_TYPE, PlanDocuments.fileName(version, "pdf"));
	}

	@GetMapping(PATH + "/versionen/{number}/werkstattplan.docx")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> versionDocx(@PathVariable KommuneId kommuneId, @PathVariable int number, Locale locale,
			Model model) {
		PlanVersion version = plans.version(kommuneId, number);
		byte[] docx = renderer.docx(documents.document(support.kommune(kommuneId, model), version, locale));
		return Downloads.attachment(docx, DocumentRenderer.DOCX_MEDIA_TYPE, PlanDocuments.fileName(version, "docx"));
	}

	@GetMapping(PATH + "/massnahmen/{measureId}/sachstandsbericht.pdf")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> statusReportPdf(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			Locale locale, Model model) {
		Measure measure = plans.measure(kommuneId, measureId);
		byte[] pdf = renderer.pdf(statusReport(kommuneId, measure, locale, model));
		return Downloads.attachment(pdf, DocumentRenderer.PDF_MEDIA_TYPE, PlanDocuments.statusReportFileName(measure, "pdf"));
	}

	@GetMapping(PATH + "/massnahmen/{measureId}/sachstandsbericht.docx")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> statusReportDocx(@PathVariable KommuneId kommuneId, @PathVariable long measureId,
			Locale locale, Model model) {
		Measure measure = plans.measure(kommuneId, measureId);
		byte[] docx = renderer.docx(statusReport(kommuneId, measure, locale, model));
		return Downloads.attachment(docx, DocumentRenderer.DOCX_MEDIA_TYPE, PlanDocuments.statusReportFileName(measure, "docx"));
	}

	private ReportDocument statusReport(KommuneId kommuneId, Measure measure, Locale locale, Model model) {
		PlanData plan = plans.draft(kommuneId);
		PlanField field = plan.fieldsById().get(measure.fieldId());
		return documents.statusReport(support.kommune(kommuneId, model), field == null ? "–" : field.title(), measure,
				plan.milestonesOf(measure.id()), plans.updates(kommuneId, measure.id()), photo -> {
					try (java.io.InputStream in = plans.photo(kommuneId, photo.id()).opener().open()) {
						return in.readAllBytes();
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}, locale);
	}

	@PostMapping(PATH + "/versionen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String publish(@PathVariable KommuneId kommuneId, @RequestParam(defaultValue = "") String decidedOn,
			@RequestParam(defaultValue = "") String decisionRef, RedirectAttributes redirect) {
		String back = PlanController.base(kommuneId) + "/versionen";
		LocalDate date = PlanFormats.parseDate(decidedOn);
		if (date == null) {
			Flash.error(redirect, "plan.error.decidedOn");
			return "redirect:" + back;
		}
		return PlanController.attempt(redirect, back, "plan.version.published",
				() -> plans.publish(kommuneId, date, decisionRef, PlanController.author()));
	}
}
