package de.daks.profile.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.profile.ExpertInterview;
import de.daks.profile.InventoryItem;
import de.daks.profile.InventoryKind;
import de.daks.profile.ProfileContent;
import de.daks.profile.ProfileReport;
import de.daks.profile.ProfileTopic;
import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The layout of the written parts, with the real message bundles and without a database. */
class ReportLayoutTests {

	private final ReportLayout layout = new ReportLayout(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/shared", "messages/territory", "messages/indicators", "messages/reporting",
				"messages/profilereport");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void theWrittenPartsBecomeRichTextTablesAndHeadingsInProfileOrder() {
		// given a Kommune without statistics and with written content
		KommuneId id = KommuneId.random();
		Kommune kommune = new Kommune(id, "Musterstadt", KommuneKind.STADT, List.of(), "05", 12_345L, "2024-12-31",
				null, false);
		ExpertInterview interview = new ExpertInterview(7, "Dr. Erika Muster", "Pflegestützpunkt",
				LocalDate.of(2025, 3, 14), List.of("Es fehlen Tagespflegeplätze.", "Das Ehrenamt trägt viel."));
		ProfileContent content = new ProfileContent(id, Map.of(ProfileTopic.HOUSING, "<p>Viel <strong>Leerstand</strong>.</p>"),
				List.of(new InventoryItem(1, "Seniorenbüro", InventoryKind.STRUCTURE, "Pflege", "Sozialamt", 2019, "65+",
						null)),
				List.of(interview),
				List.of(new SwotItem(3, SwotQuadrant.WEAKNESS, "Zu wenig Tagespflege", List.of("share_80_plus"),
						List.of(7L))),
				Instant.now());
		ProfileReport report = new ProfileReport(kommune, null, kommune.name(), LocalDate.of(2026, 12, 4),
				ProfileReport.Demography.empty(), content, List.of(), List.of());
		// when
		ReportLayout.Layout laidOut = layout.layout(report, Locale.GERMAN);
		// then every section in order, the Kommune's figures formatted in German
		assertThat(laidOut.sections()).extracting(ReportLayout.Section::anchor).containsExactlyElementsOf(
				ReportLayout.SECTIONS);
		assertThat(laidOut.title()).isEqualTo("Kommunalprofil Musterstadt");
		assertThat(table(laidOut, "grunddaten").rows()).contains(List.of("Einwohnerzahl", "12.345 (Stand 31.12.2024)"));
		assertThat(blocks(laidOut, "demografie")).containsExactly(new ReportBlock.Paragraph(
				"Die Kommune ist noch mit keinem Gebiet verknüpft; der Datenteil bleibt leer."));
		List<ReportBlock> topics = blocks(laidOut, "themen");
		assertThat(topics).contains(new ReportBlock.Heading(2, "Wohnen"),
				new ReportBlock.RichText("<p>Viel <strong>Leerstand</strong>.</p>"),
				new ReportBlock.Paragraph("Dieser Abschnitt ist noch nicht geschrieben."));
		assertThat(topics.indexOf(new ReportBlock.Heading(2, "Bildung")))
			.isLessThan(topics.indexOf(new ReportBlock.Heading(2, "Wohnen")));
		assertThat(table(laidOut, "bestandsaufnahme").rows())
			.containsExactly(List.of("Seniorenbüro", "Struktur", "Pflege", "Sozialamt", "2019", "65+", "–"));
		assertThat(blocks(laidOut, "interviews")).containsExactly(
				new ReportBlock.Heading(2, "Dr. Erika Muster (Pflegestützpunkt), 14.03.2025"),
				new ReportBlock.Paragraph("Es fehlen Tagespflegeplätze."),
				new ReportBlock.Paragraph("Das Ehrenamt trägt viel."));
		assertThat(blocks(laidOut, "swot")).contains(new ReportBlock.Heading(2, "Schwächen"),
				new ReportBlock.Heading(2, "Stärken"));
		assertThat(table(laidOut, "swot").rows()).containsExactly(List.of("Zu wenig Tagespflege",
				"share_80_plus; Interview mit Dr. Erika Muster (Pflegestützpunkt), 14.03.2025"));
		// and the document has each section as a level-1 heading
		ReportDocument document = laidOut.document(Locale.GERMAN);
		assertThat(document.blocks()).filteredOn(b -> b instanceof ReportBlock.Heading h && h.level() == 1)
			.hasSize(ReportLayout.SECTIONS.size());
		assertThat(document.subtitle()).isEqualTo("Kommunalprofil von Musterstadt, erstellt am 04.12.2026 mit DAKS");
	}

	@Test
	void anAreaReportHasOnlyTheDataSectionsAndIsEnglishInEnglish() {
		ProfileReport report = new ProfileReport(null, "08335", "Konstanz", LocalDate.of(2026, 12, 4),
				ProfileReport.Demography.empty(), null, List.of(), List.of());
		ReportLayout.Layout laidOut = layout.layout(report, Locale.ENGLISH);
		assertThat(laidOut.sections()).extracting(ReportLayout.Section::anchor).containsExactly("demografie",
				"quellen");
		assertThat(laidOut.title()).isEqualTo("Municipal profile Konstanz");
		assertThat(blocks(laidOut, "demografie")).containsExactly(new ReportBlock.Paragraph(
				"No population data have been imported for the area 08335 yet."));
	}

	private static List<ReportBlock> blocks(ReportLayout.Layout layout, String anchor) {
		return layout.sections().stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElseThrow().blocks();
	}

	private static de.daks.reporting.DataTable table(ReportLayout.Layout layout, String anchor) {
		return blocks(layout, anchor).stream().filter(b -> b instanceof ReportBlock.Table)
			.map(b -> ((ReportBlock.Table) b).table()).findFirst().orElseThrow();
	}
}
