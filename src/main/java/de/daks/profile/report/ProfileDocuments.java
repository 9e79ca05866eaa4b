package de.daks.profile.report;

import de.daks.profile.ProfileReport;
import de.daks.reporting.DocumentRenderer;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The Kommunalprofil report as documents: the {@link ReportLayout} rendered by the reporting module. */
@Component
public class ProfileDocuments {

	private final ReportLayout layout;

	private final DocumentRenderer renderer;

	ProfileDocuments(ReportLayout layout, DocumentRenderer renderer) {
		this.layout = layout;
		this.renderer = renderer;
	}

	/** The report as a tagged PDF (embedded fonts, charts as vector graphics with their data tables). */
	public byte[] pdf(ProfileReport report, Locale locale) {
		return renderer.pdf(layout.layout(report, locale).document(locale));
	}

	/** The report as an editable DOCX (charts as images with their data tables). */
	public byte[] docx(ProfileReport report, Locale locale) {
		return renderer.docx(layout.layout(report, locale).document(locale));
	}
}
