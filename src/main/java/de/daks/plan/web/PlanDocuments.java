package de.daks.plan.web;

import de.daks.plan.Measure;
import de.daks.plan.MeasureUpdate;
import de.daks.plan.Milestone;
import de.daks.plan.PlanVersion;
import de.daks.plan.Snapshot;
import de.daks.plan.TargetGroup;
import de.daks.reporting.DataTable;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.territory.Kommune;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published version of the Werkstattplan as a report document (tagged PDF and editable DOCX through the reporting
 * module, ADR 0007): decision, Leitbild, and per field of action its goals and measures as tables. It reads the
 * version's frozen snapshot only, so the document of a version never changes.
 */
@Component
class PlanDocuments {

	private final MessageSource messages;

	PlanDocuments(MessageSource messages) {
		this.messages = messages;
	}

	ReportDocument document(Kommune kommune, PlanVersion version, Locale locale) {
		Snapshot snapshot = version.snapshot();
		List<ReportBlock> blocks = new ArrayList<>();
		if (kommune.synthetic()) {
			blocks.add(new ReportBlock.Note(msg("layout.synthetic", locale)));
		}
		blocks.add(new ReportBlock.Paragraph(msg("plan.version.meta", locale, date(version.decidedOn()),
				version.decisionRef(), PlanFormats.dateTime(version.publishedAt()))));
		blocks.add(new ReportBlock.Heading(1, msg("plan.leitbild", locale)));
		blocks.add(new ReportBlock.Paragraph(snapshot.leitbild() == null || snapshot.leitbild().isBlank() ? "–"
				: snapshot.leitbild()));
		for (Snapshot.Item field : snapshot.fieldItems()) {
			blocks.add(new ReportBlock.Heading(1, field.title()));
			List<Snapshot.Item> goals = snapshot.goalsOf(field.key());
			if (!goals.isEmpty()) {
				List<List<String>> rows = goals.stream().map(g -> List.of(g.title(), or(g.attributes().get("indicator")),
						number(g.attributes().get("baseline")), number(g.attributes().get("target")),
						or(g.attributes().get("unit")), PlanFormats.isoDate(g.attributes().get("targetDate")))).toList();
				blocks.add(new ReportBlock.Table(new DataTable(msg("plan.goals", locale) + ": " + field.title(),
						headers(locale, "plan.attr.title", "plan.attr.indicator", "plan.attr.baseline", "plan.attr.target",
								"plan.attr.unit", "plan.attr.targetDate"), rows, null)));
			}
			List<Snapshot.Item> measures = snapshot.measuresOf(field.key());
			if (measures.isEmpty()) {
				blocks.add(new ReportBlock.Paragraph(msg("plan.measures", locale) + ": –"));
				continue;
			}
			List<List<String>> rows = measures.stream().map(m -> measureRow(m.title(), m.attributes(), locale)).toList();
			blocks.add(new ReportBlock.Table(new DataTable(msg("plan.measures", locale) + ": " + field.title(),
					headers(locale, "plan.attr.title", "plan.attr.responsible", "plan.attr.targetGroups",
							"plan.attr.period", "plan.attr.budgetEur", "plan.attr.status", "plan.attr.progress"),
					rows, null)));
		}
		return new ReportDocument(msg("plan.version.document.title", locale, version.number()), locale,
				kommune.name(), blocks);
	}

	/** A photo's bytes, read when the status report is written. */
	interface PhotoBytes {
		byte[] read(de.daks.plan.UpdatePhoto photo);
	}

	/**
	 * The status report (Sachstandsbericht) of one measure of the draft: its data, milestones and the timeline of
	 * updates with their photos (each with its alternative text), newest first as on the measure page.
	 */
	ReportDocument statusReport(Kommune kommune, String fieldTitle, Measure m, List<Milestone> milestones,
			List<MeasureUpdate> updates, PhotoBytes photos, Locale locale) {
		List<ReportBlock> blocks = new ArrayList<>();
		if (kommune.synthetic()) {
			blocks.add(new ReportBlock.Note(msg("layout.synthetic", locale)));
		}
		String responsible = java.util.stream.Stream.of(m.responsiblePerson(), m.responsibleUnit())
			.filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", "));
		String groups = m.targetGroups().stream().sorted().map(g -> msg(g.messageKey(), locale))
			.collect(Collectors.joining(", "));
		List<List<String>> facts = List.of(List.of(msg("plan.field", locale), fieldTitle),
				List.of(msg("plan.attr.description", locale), or(m.description())),
				List.of(msg("plan.attr.status", locale), msg(m.status().messageKey(), locale)
						+ (m.statusReason() == null ? "" : " (" + m.statusReason() + ")")),
				List.of(msg("plan.attr.progress", locale), m.progress() + " %"),
				List.of(msg("plan.attr.responsible", locale), or(responsible)),
				List.of(msg("plan.attr.partners", locale), or(m.partners())),
				List.of(msg("plan.attr.targetGroups", locale), or(groups)),
				List.of(msg("plan.attr.period", locale), (m.start() == null ? "–" : date(m.start())) + " – "
						+ (m.end() == null ? "–" : date(m.end()))),
				List.of(msg("plan.attr.budgetEur", locale), m.budget() == null ? "–" : PlanFormats.money(m.budget())),
				List.of(msg("plan.attr.fundingSource", locale), or(m.fundingSource())));
		blocks.add(new ReportBlock.Table(new DataTable(m.title(), headers(locale, "plan.report.attribute",
				"plan.report.value"), facts, null)));
		blocks.add(new ReportBlock.Heading(1, msg("plan.milestones", locale)));
		if (milestones.isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(msg("plan.milestones.empty", locale)));
		}
		else {
			blocks.add(new ReportBlock.Table(new DataTable(msg("plan.milestones", locale),
					headers(locale, "plan.milestone.title", "plan.milestone.due", "plan.attr.status"),
					milestones.stream().map(s -> List.of(s.title(), date(s.due()),
							s.done() ? msg("plan.milestone.done", locale) : "–")).toList(), null)));
		}
		blocks.add(new ReportBlock.Heading(1, msg("plan.updates", locale)));
		if (updates.isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(msg("plan.updates.empty", locale)));
		}
		for (MeasureUpdate u : updates) {
			blocks.add(new ReportBlock.Heading(2, PlanFormats.dateTime(u.at()) + " – "
					+ msg(u.status().messageKey(), locale) + ", " + u.progress() + " %"));
			blocks.add(new ReportBlock.Paragraph(u.text() + " (" + u.author() + ")"));
			for (de.daks.plan.UpdatePhoto photo : u.photos()) {
				blocks.add(new ReportBlock.Image(photos.read(photo), photo.contentType(), photo.width(),
						photo.height(), photo.altText(), null));
			}
		}
		return new ReportDocument(msg("plan.report.title", locale, m.title()), locale, kommune.name(), blocks);
	}

	static String statusReportFileName(Measure m, String extension) {
		return "Sachstandsbericht-Massnahme-" + m.id() + "." + extension;
	}

	private List<String> measureRow(String title, Map<String, String> a, Locale locale) {
		String responsible = List.of(or(a.get("responsibleUnit")), or(a.get("responsiblePerson"))).stream()
			.filter(s -> !s.equals("–")).collect(Collectors.joining(", "));
		String groups = a.get("targetGroups") == null ? "–" : Arrays.stream(a.get("targetGroups").split(","))
			.map(g -> targetGroup(g, locale)).collect(Collectors.joining(", "));
		String status = msg("plan.status." + a.get("status"), locale)
				+ (a.get("statusReason") == null ? "" : " (" + a.get("statusReason") + ")");
		return List.of(title, responsible.isEmpty() ? "–" : responsible, groups,
				PlanFormats.isoDate(a.get("start")) + " – " + PlanFormats.isoDate(a.get("end")),
				a.get("budget") == null ? "–" : PlanFormats.money(new BigDecimal(a.get("budget"))), status,
				or(a.get("progress")) + " %");
	}

	/** A target group of the snapshot by its name; a name no longer known stays as it was frozen. */
	private String targetGroup(String name, Locale locale) {
		try {
			return msg(TargetGroup.valueOf(name).messageKey(), locale);
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

	static String fileName(PlanVersion version, String extension) {
		return "Werkstattplan-Version-" + version.number() + "." + extension;
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(k -> msg(k, locale)).toList();
	}

	private static String date(java.time.LocalDate date) {
		return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
	}

	private static String number(@Nullable String plain) {
		return plain == null ? "–" : PlanFormats.number(new BigDecimal(plain));
	}

	private static String or(@Nullable String value) {
		return value == null || value.isBlank() ? "–" : value;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
