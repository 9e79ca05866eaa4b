package de.daks.profile.report.web;

import de.daks.shared.web.Downloads;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.profile.ProfileReport;
import de.daks.profile.ProfileReports;
import de.daks.profile.report.ProfileDocuments;
import de.daks.profile.report.ReportLayout;
import de.daks.reporting.Chart;
import de.daks.reporting.DataTable;
import de.daks.reporting.DocumentRenderer;
import de.daks.reporting.ReportBlock;
import de.daks.shared.KommuneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Kommunalprofil report of a Kommune as a web page, a tagged PDF and an editable DOCX. */
@Controller
class ProfileReportController {

	static final MediaType PDF = MediaType.parseMediaType(DocumentRenderer.PDF_MEDIA_TYPE);

	static final MediaType DOCX = MediaType.parseMediaType(DocumentRenderer.DOCX_MEDIA_TYPE);

	/** What the profile's rich text may contain (its own policy: p, h3–h4, lists, strong, em, links). */
	static final PolicyFactory RICH_TEXT = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS);

	private final ProfileReports reports;

	private final ProfileDocuments documents;

	private final ReportLayout layout;

	private final MessageSource messages;

	ProfileReportController(ProfileReports reports, ProfileDocuments documents, ReportLayout layout,
			MessageSource messages) {
		this.reports = reports;
		this.documents = documents;
		this.layout = layout;
		this.messages = messages;
	}

	@GetMapping("/kommunen/{kommuneId}/profil")
	@Requires(Permission.KOMMUNE_VIEW)
	String showReport(@PathVariable KommuneId kommuneId, Model model, Locale locale) {
		ProfileReport report = reports.forKommune(kommuneId, locale);
		ReportLayout.Layout laidOut = layout.layout(report, locale);
		String refsHeader = messages.getMessage("profilereport.field.sources", null, locale);
		model.addAttribute("report", report);
		model.addAttribute("kommune", report.kommune());
		model.addAttribute("layout", laidOut);
		model.addAttribute("sections", laidOut.sections().stream()
			.map(s -> new WebSection(s.anchor(), s.title(), blocks(s, refsHeader)))
			.toList());
		return "profile/report";
	}

	@GetMapping("/kommunen/{kommuneId}/profil.pdf")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> downloadPdf(@PathVariable KommuneId kommuneId, Locale locale) {
		ProfileReport report = reports.forKommune(kommuneId, locale);
		return Downloads.attachment(documents.pdf(report, locale), PDF, ProfileReports.fileName(report, "pdf"));
	}

	@GetMapping("/kommunen/{kommuneId}/profil.docx")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> downloadDocx(@PathVariable KommuneId kommuneId, Locale locale) {
		ProfileReport report = reports.forKommune(kommuneId, locale);
		return Downloads.attachment(documents.docx(report, locale), DOCX, ProfileReports.fileName(report, "docx"));
	}

	// ---------------------------------------------------------------------------------------------- view model

	/** A section of the page. */
	record WebSection(String anchor, String title, List<WebBlock> blocks) {
	}

	/**
	 * A block of the page: {@code kind} is {@code heading}, {@code paragraph}, {@code rich}, {@code note},
	 * {@code table} or {@code figure}; {@code refsColumn} the index of a table's column of source references, or -1.
	 */
	record WebBlock(String kind, int level, @Nullable String text, @Nullable DataTable table, @Nullable Chart chart,
			int refsColumn) {

		/** The source numbers of a references cell ("[1] [3]"). */
		public List<String> refs(String cell) {
			List<String> refs = new ArrayList<>();
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(cell);
			while (m.find()) {
				refs.add(m.group(1));
			}
			return refs;
		}
	}

	private static List<WebBlock> blocks(ReportLayout.Section section, String refsHeader) {
		List<WebBlock> blocks = new ArrayList<>();
		for (ReportBlock block : section.blocks()) {
			// (Java 17: no pattern matching in switch)
			if (block instanceof ReportBlock.Heading h) {
				// a sub-heading (level 2 in the document, below the section heading) is h3 on the page
				blocks.add(new WebBlock("heading", h.level() + 1, h.text(), null, null, -1));
			}
			else if (block instanceof ReportBlock.Paragraph p) {
				blocks.add(new WebBlock("paragraph", 0, p.text(), null, null, -1));
			}
			else if (block instanceof ReportBlock.RichText r) {
				// sanitised by the profile module already; cleaned again here before it is written unescaped
				blocks.add(new WebBlock("rich", 0, RICH_TEXT.sanitize(r.html()), null, null, -1));
			}
			else if (block instanceof ReportBlock.Note n) {
				blocks.add(new WebBlock("note", 0, n.text(), null, null, -1));
			}
			else if (block instanceof ReportBlock.Table t) {
				blocks.add(new WebBlock("table", 0, null, t.table(), null, t.table().headers().indexOf(refsHeader)));
			}
			else if (block instanceof ReportBlock.Figure f) {
				blocks.add(new WebBlock("figure", 0, null, null, f.chart(), -1));
			}
		}
		return blocks;
	}
}
