package de.daks.profile.report;

import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorValue;
import de.daks.profile.ExpertInterview;
import de.daks.profile.InventoryItem;
import de.daks.profile.ProfileContent;
import de.daks.profile.ProfileReport;
import de.daks.profile.ProfileReport.ComparedArea;
import de.daks.profile.ProfileReport.Demography;
import de.daks.profile.ProfileReport.IndicatorRow;
import de.daks.profile.ProfileReport.PopulationPoint;
import de.daks.profile.ProfileReport.ProjectionRow;
import de.daks.profile.ProfileReport.QuarterRow;
import de.daks.profile.ProfileReport.Source;
import de.daks.profile.ProfileTopic;
import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import de.daks.reporting.Chart;
import de.daks.reporting.Charts;
import de.daks.reporting.DataTable;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.statistics.DatasetInfo;
import de.daks.territory.Kommune;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays a {@link ProfileReport} out as sections of report blocks in the reader's language – the one layout behind the
 * web page, the PDF and the DOCX. Numbers are formatted for the locale; every table row carries the numbers of its
 * sources in a last column (footnote-like references into the sources appendix); every chart and table resting on a
 * synthetic dataset carries a note saying so.
 */
@Component
public class ReportLayout {

	/** The ids of the sections, in order (also the anchors of the web page). */
	public static final List<String> SECTIONS = List.of("grunddaten", "demografie", "themen", "bestandsaufnahme",
			"interviews", "swot", "quellen");

	static final List<ProfileTopic> BASIC_TOPICS = List.of(ProfileTopic.BASICS, ProfileTopic.LOCATION);

	static final String NONE = "–";

	private final MessageSource messages;

	ReportLayout(MessageSource messages) {
		this.messages = messages;
	}

	/** A section: anchor, heading and blocks (sub-headings are level 2 and 3). */
	public record Section(String anchor, String title, List<ReportBlock> blocks) {

		public Section {
			blocks = List.copyOf(blocks);
		}
	}

	/** The laid-out report. */
	public record Layout(String title, String subtitle, List<Section> sections) {

		public Layout {
			sections = List.copyOf(sections);
		}

		/** The document for PDF and DOCX: each section's heading at level 1, then its blocks. */
		public ReportDocument document(Locale locale) {
			List<ReportBlock> blocks = new ArrayList<>();
			for (Section section : sections) {
				blocks.add(new ReportBlock.Heading(1, section.title()));
				blocks.addAll(section.blocks());
			}
			return new ReportDocument(title, locale, subtitle, blocks);
		}
	}

	public Layout layout(ProfileReport report, Locale locale) {
		Texts t = new Texts(locale);
		List<Section> sections = new ArrayList<>();
		ProfileContent content = report.content();
		Kommune kommune = report.kommune();
		if (kommune != null) {
			sections.add(new Section("grunddaten", t.msg("profilereport.section.basics"), basics(report, kommune, t)));
		}
		sections.add(new Section("demografie", t.msg("profilereport.section.demography"), demography(report, t)));
		if (kommune != null) {
			sections.add(new Section("themen", t.msg("profilereport.section.topics"), topics(content, t)));
			sections.add(new Section("bestandsaufnahme", t.msg("profilereport.section.inventory"),
					inventory(content, t)));
			sections.add(new Section("interviews", t.msg("profilereport.section.interviews"), interviews(content, t)));
			sections.add(new Section("swot", t.msg("profilereport.section.swot"), swot(report, content, t)));
		}
		sections.add(new Section("quellen", t.msg("profilereport.section.sources"), sources(report, t)));
		String subtitle = t.msg(kommune != null ? "profilereport.subtitle" : "profilereport.subtitle.area",
				report.areaName(), t.date(report.generatedOn()));
		return new Layout(t.msg("profilereport.title", report.areaName()), subtitle, sections);
	}

	// ---------------------------------------------------------------------------------------------- sections

	private List<ReportBlock> basics(ProfileReport report, Kommune kommune, Texts t) {
		List<ReportBlock> blocks = new ArrayList<>();
		if (kommune.synthetic()) {
			blocks.add(new ReportBlock.Note(t.msg("layout.synthetic")));
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(t.msg("profilereport.basics.name"), kommune.name()));
		rows.add(List.of(t.msg("profilereport.basics.kind"),
				t.msgOr("territory.kommuneKind." + kommune.kind().name(), kommune.kind().name())));
		if (report.area() != null) {
			rows.add(List.of(t.msg("profilereport.basics.area"), report.area()));
		}
		if (kommune.population() != null) {
			rows.add(List.of(t.msg("profilereport.basics.population"), t.msg("profilereport.basics.populationAt",
					t.number(kommune.population(), 0), kommune.populationDate() == null ? NONE
							: t.isoDate(kommune.populationDate()))));
		}
		if (kommune.areaKm2() != null) {
			rows.add(List.of(t.msg("profilereport.basics.areaKm2"), t.number(kommune.areaKm2().doubleValue(), 2)));
		}
		if (kommune.density() != null) {
			rows.add(List.of(t.msg("profilereport.basics.density"), t.number(kommune.density().doubleValue(), 1)));
		}
		blocks.add(new ReportBlock.Table(new DataTable(t.msg("profilereport.basics.caption", kommune.name()),
				List.of(t.msg("profilereport.basics.item"), t.msg("profilereport.basics.value")), rows,
				t.msg("profilereport.basics.source"))));
		for (ProfileTopic topic : BASIC_TOPICS) {
			blocks.add(new ReportBlock.Heading(2, t.topic(topic)));
			blocks.add(text(content(report), topic, t));
		}
		return blocks;
	}

	private List<ReportBlock> demography(ProfileReport report, Texts t) {
		Demography d = report.demography();
		List<ReportBlock> blocks = new ArrayList<>();
		Integer year = d.year();
		if (report.area() == null) {
			blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.demography.noArea")));
			return blocks;
		}
		if (year == null) {
			blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.demography.noData", report.area())));
			return blocks;
		}
		String name = report.areaName();
		blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.demography.lead", name, report.area(),
				String.valueOf(year))));

		// age pyramid
		blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.pyramid.heading")));
		if (d.pyramid().isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.pyramid.none", String.valueOf(year))));
		}
		else {
			List<Charts.PyramidBand> bands = d.pyramid().stream()
				.map(r -> new Charts.PyramidBand(r.label(), r.male(), r.female()))
				.toList();
			List<Charts.PyramidBand> outline = d.outline().isEmpty() ? null : d.outline().stream()
				.map(r -> new Charts.PyramidBand(r.label(), r.male(), r.female()))
				.toList();
			Chart chart = Charts.agePyramid(t.msg("profilereport.pyramid.title", name, String.valueOf(year)), bands,
					outline, d.outlineYear() == null ? null : String.valueOf(d.outlineYear()),
					t.attribution(report, d.pyramidRefs()), t.locale);
			blocks.add(new ReportBlock.Figure(chart));
			syntheticNote(report, d.pyramidRefs(), blocks, t);
			if (d.pyramidInterpolated()) {
				blocks.add(new ReportBlock.Note(t.msg("profilereport.pyramid.interpolated")));
			}
		}

		// population series
		blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.population.heading")));
		if (d.population().size() > 1) {
			List<Charts.Point> points = d.population().stream()
				.map(p -> new Charts.Point(p.year(), p.value()))
				.toList();
			Chart chart = Charts.lineChart(t.msg("profilereport.population.title", name),
					t.msg("profilereport.population.axis"), List.of(new Charts.Series(name, points, false)),
					t.attribution(report, d.populationRefs()), t.locale);
			blocks.add(new ReportBlock.Figure(chart));
		}
		List<List<String>> rows = new ArrayList<>();
		for (PopulationPoint p : d.population()) {
			rows.add(List.of(String.valueOf(p.year()), t.number(p.value(), 0), t.refs(p.refs())));
		}
		blocks.add(new ReportBlock.Table(new DataTable(t.msg("profilereport.population.caption", name),
				List.of(t.msg("profilereport.field.year"), t.msg("profilereport.population.axis"), t.refsHeader()),
				rows, t.attribution(report, d.populationRefs()))));
		syntheticNote(report, d.populationRefs(), blocks, t);

		// indicators with comparisons
		blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.indicators.heading")));
		List<String> headers = new ArrayList<>();
		headers.add(t.msg("profilereport.field.indicatorUnitId"));
		headers.add(name);
		for (ComparedArea c : d.compared()) {
			headers.add(t.msg("profilereport.role." + c.role(), c.name()));
		}
		headers.add(t.refsHeader());
		List<List<String>> indicatorRows = new ArrayList<>();
		for (IndicatorRow row : d.indicators()) {
			IndicatorDefinition definition = row.definition();
			List<String> cells = new ArrayList<>();
			// name, unit and definition id in one cell: the table must fit a portrait page
			cells.add(t.msg("profilereport.indicators.name", row.name(t.locale), t.unit(definition.unit()),
					definition.id()));
			cells.add(t.value(row.value(), definition));
			row.others().forEach(v -> cells.add(t.value(v, definition)));
			cells.add(t.refs(row.refs()));
			indicatorRows.add(cells);
		}
		blocks.add(new ReportBlock.Table(new DataTable(t.msg("profilereport.indicators.caption", name,
				String.valueOf(year)), headers, indicatorRows, t.attribution(report, d.indicatorRefs()))));
		syntheticNote(report, d.indicatorRefs(), blocks, t);
		blocks.add(new ReportBlock.Note(t.msg("profilereport.indicators.note")));

		// quarters
		if (!d.quarters().isEmpty()) {
			blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.quarters.heading")));
			List<List<String>> quarterRows = new ArrayList<>();
			for (QuarterRow q : d.quarters()) {
				quarterRows.add(List.of(q.name(), q.population() == null ? NONE : t.number(q.population(), 0),
						q.share65Plus() == null ? NONE : t.number(q.share65Plus(), 1), t.refs(q.refs())));
			}
			DataTable table = new DataTable(t.msg("profilereport.quarters.caption", name),
					List.of(t.msg("profilereport.field.quarter"), t.msg("profilereport.population.axis"),
							t.msg("profilereport.quarters.share"), t.refsHeader()),
					quarterRows, t.attribution(report, d.quarterRefs()));
			if (d.quarterMap() != null) {
				blocks.add(new ReportBlock.Figure(new Chart(t.msg("profilereport.quarters.map", name), d.quarterMap(),
						table)));
			}
			else {
				blocks.add(new ReportBlock.Table(table));
			}
			syntheticNote(report, d.quarterRefs(), blocks, t);
		}

		// projection
		ProfileReport.ProjectionSummary projection = d.projection();
		if (projection != null) {
			blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.projection.heading")));
			List<List<String>> projectionRows = new ArrayList<>();
			for (ProjectionRow p : projection.rows()) {
				projectionRows.add(List.of(String.valueOf(p.year()), t.number(p.total(), 0),
						t.msg("profilereport.projection.range", t.number(p.low(), 0), t.number(p.high(), 0)),
						p.oldAgeRatio() == null ? NONE : t.number(p.oldAgeRatio(), 1), t.refs(projection.refs())));
			}
			blocks.add(new ReportBlock.Table(new DataTable(t.msg("profilereport.projection.caption", projection.name()),
					List.of(t.msg("profilereport.field.year"), t.msg("profilereport.population.axis"),
							t.msg("profilereport.projection.interval"), t.msg("profilereport.projection.oldAgeRatio"),
							t.refsHeader()),
					projectionRows, t.attribution(report, projection.refs()))));
			blocks.add(new ReportBlock.Note(t.msg("profilereport.projection.note")));
		}
		return blocks;
	}

	private List<ReportBlock> topics(@Nullable ProfileContent content, Texts t) {
		List<ReportBlock> blocks = new ArrayList<>();
		for (ProfileTopic topic : ProfileTopic.values()) {
			if (BASIC_TOPICS.contains(topic)) {
				continue;
			}
			blocks.add(new ReportBlock.Heading(2, t.topic(topic)));
			blocks.add(text(content, topic, t));
		}
		return blocks;
	}

	private ReportBlock text(@Nullable ProfileContent content, ProfileTopic topic, Texts t) {
		String html = content == null ? null : content.texts().get(topic);
		return html == null || html.isBlank() ? new ReportBlock.Paragraph(t.msg("profilereport.topic.empty"))
				: new ReportBlock.RichText(html);
	}

	private List<ReportBlock> inventory(@Nullable ProfileContent content, Texts t) {
		List<InventoryItem> items = content == null ? List.of() : content.inventory();
		if (items.isEmpty()) {
			return List.of(new ReportBlock.Paragraph(t.msg("profilereport.inventory.empty")));
		}
		List<List<String>> rows = new ArrayList<>();
		for (InventoryItem item : items) {
			rows.add(List.of(item.title(), t.msg("profilereport.inventory.kind." + item.kind().name()),
					orNone(item.topic()), orNone(item.responsible()),
					item.since() == null ? NONE : String.valueOf(item.since()), orNone(item.targetGroup()),
					orNone(item.description())));
		}
		return List.of(new ReportBlock.Table(new DataTable(t.msg("profilereport.inventory.caption"),
				List.of(t.msg("profilereport.inventory.title"), t.msg("profilereport.inventory.kind"),
						t.msg("profilereport.inventory.topic"), t.msg("profilereport.inventory.responsible"),
						t.msg("profilereport.inventory.since"), t.msg("profilereport.inventory.targetGroup"),
						t.msg("profilereport.inventory.description")),
				rows, null)));
	}

	private List<ReportBlock> interviews(@Nullable ProfileContent content, Texts t) {
		List<ExpertInterview> interviews = content == null ? List.of() : content.interviews();
		if (interviews.isEmpty()) {
			return List.of(new ReportBlock.Paragraph(t.msg("profilereport.interviews.empty")));
		}
		List<ReportBlock> blocks = new ArrayList<>();
		for (ExpertInterview interview : interviews) {
			blocks.add(new ReportBlock.Heading(2, interviewLabel(interview, t)));
			interview.statements().forEach(s -> blocks.add(new ReportBlock.Paragraph(s)));
		}
		return blocks;
	}

	private static String interviewLabel(ExpertInterview interview, Texts t) {
		return interview.person() + (interview.role() == null || interview.role().isBlank() ? ""
				: " (" + interview.role() + ")") + ", " + t.date(interview.date());
	}

	private List<ReportBlock> swot(ProfileReport report, @Nullable ProfileContent content, Texts t) {
		if (content == null || content.swot().isEmpty()) {
			return List.of(new ReportBlock.Paragraph(t.msg("profilereport.swot.empty")));
		}
		Map<String, IndicatorDefinition> definitions = report.definitions().stream()
			.collect(Collectors.toMap(IndicatorDefinition::id, d -> d));
		Map<Long, ExpertInterview> interviews = content.interviews().stream()
			.collect(Collectors.toMap(ExpertInterview::id, i -> i));
		List<ReportBlock> blocks = new ArrayList<>();
		for (SwotQuadrant quadrant : SwotQuadrant.values()) {
			List<SwotItem> items = content.swot(quadrant);
			blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.swot.quadrant." + quadrant.name())));
			if (items.isEmpty()) {
				blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.swot.quadrantEmpty")));
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			for (SwotItem item : items) {
				List<String> basis = new ArrayList<>();
				item.indicatorIds().forEach(id -> basis.add(definitions.containsKey(id)
						? definitions.get(id).name(t.locale) + " (" + id + ")" : id));
				item.interviewIds().stream().map(interviews::get).filter(i -> i != null)
					.forEach(i -> basis.add(t.msg("profilereport.swot.interview", interviewLabel(i, t))));
				rows.add(List.of(item.text(), basis.isEmpty() ? NONE : String.join("; ", basis)));
			}
			blocks.add(new ReportBlock.Table(new DataTable(t.msg("profilereport.swot.quadrant." + quadrant.name()),
					List.of(t.msg("profilereport.swot.item"), t.msg("profilereport.swot.basis")),
					rows, null)));
		}
		return blocks;
	}

	private List<ReportBlock> sources(ProfileReport report, Texts t) {
		List<ReportBlock> blocks = new ArrayList<>();
		blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.sources.lead")));
		blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.sources.datasets")));
		if (report.sources().isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.sources.none")));
		}
		else {
			// five columns: the table must fit a portrait page
			List<List<String>> rows = new ArrayList<>();
			for (Source source : report.sources()) {
				DatasetInfo info = source.info();
				if (info == null) {
					rows.add(List.of("[" + source.number() + "]", NONE, NONE, NONE, source.id().toString()));
					continue;
				}
				String dates = info.firstDate() == null ? NONE : t.date(info.firstDate())
						+ (info.lastDate() != null && !info.lastDate().equals(info.firstDate())
								? " – " + t.date(info.lastDate()) : "");
				String dataset = t.msg("profilereport.sources.datasetCell",
						(info.title() != null ? info.title() + " – " : "") + info.fileName()
								+ (info.tableCode() != null ? " (" + info.tableCode() + ")" : ""),
						dates);
				String licence = orNone(info.licence()) + (source.synthetic() ? " (" + t.msg("profilereport.synthetic")
						+ ")" : "");
				String imported = t.msg("profilereport.sources.importedCell", info.importedBy(),
						t.date(info.importedAt().atZone(ZoneId.systemDefault()).toLocalDate()), info.id().toString());
				rows.add(List.of("[" + source.number() + "]", dataset, licence, orNone(info.attribution()), imported));
			}
			blocks.add(new ReportBlock.Table(new DataTable(t.msg("profilereport.sources.datasets"),
					List.of(t.msg("profilereport.sources.number"), t.msg("profilereport.sources.dataset"),
							t.msg("profilereport.sources.licence"), t.msg("profilereport.sources.attribution"),
							t.msg("profilereport.sources.imported")),
					rows, null)));
		}
		blocks.add(new ReportBlock.Heading(2, t.msg("profilereport.sources.definitions")));
		if (report.definitions().isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(t.msg("profilereport.sources.none")));
		}
		else {
			List<List<String>> rows = new ArrayList<>();
			for (IndicatorDefinition d : report.definitions()) {
				rows.add(List.of(d.id(), t.msg("profilereport.sources.definitionCell", d.name(t.locale),
						t.unit(d.unit()), d.variant()), d.formula(t.locale), d.description(t.locale)));
			}
			blocks.add(new ReportBlock.Table(new DataTable(t.msg("profilereport.sources.definitions"),
					List.of(t.msg("profilereport.field.definition"), t.msg("profilereport.sources.definitionHeader"),
							t.msg("profilereport.sources.formula"), t.msg("profilereport.sources.description")),
					rows, null)));
		}
		return blocks;
	}

	private void syntheticNote(ProfileReport report, Set<Integer> refs, List<ReportBlock> blocks, Texts t) {
		List<Source> synthetic = refs.stream().map(report::source).flatMap(java.util.Optional::stream)
			.filter(Source::synthetic).toList();
		if (!synthetic.isEmpty()) {
			String licence = synthetic.get(0).info() == null ? "" : orNone(synthetic.get(0).info().licence());
			blocks.add(new ReportBlock.Note(t.msg("profilereport.synthetic.note",
					synthetic.stream().map(s -> "[" + s.number() + "]").collect(Collectors.joining(", ")), licence)));
		}
	}

	private static @Nullable ProfileContent content(ProfileReport report) {
		return report.content();
	}

	private static String orNone(@Nullable String text) {
		return text == null || text.isBlank() ? NONE : text;
	}

	// ---------------------------------------------------------------------------------------------- texts

	/** Messages and number formats of one locale. */
	private final class Texts {

		final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String msg(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		String msgOr(String key, String fallback) {
			return messages.getMessage(key, null, fallback, locale);
		}

		String topic(ProfileTopic topic) {
			return msg("profilereport.topic." + topic.slug());
		}

		String number(double value, int decimals) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(decimals);
			format.setMaximumFractionDigits(decimals);
			return format.format(value);
		}

		String value(@Nullable IndicatorValue value, IndicatorDefinition definition) {
			if (value == null) {
				return NONE;
			}
			int decimals = switch (definition.unit()) {
				case "persons" -> 0;
				case "children_per_woman" -> 2;
				default -> 1;
			};
			return number(value.value(), decimals);
		}

		String unit(String unit) {
			return msgOr("indicators.unit." + unit, unit);
		}

		String date(LocalDate date) {
			return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
		}

		String isoDate(String iso) {
			try {
				return date(LocalDate.parse(iso));
			}
			catch (java.time.format.DateTimeParseException ex) {
				return iso;
			}
		}

		String refsHeader() {
			return msg("profilereport.field.sources");
		}

		String refs(Collection<Integer> refs) {
			return refs.isEmpty() ? NONE : refs.stream().map(r -> "[" + r + "]").collect(Collectors.joining(" "));
		}

		/** The attribution of the sources: "[1] © …; [2] …". */
		@Nullable String attribution(ProfileReport report, Set<Integer> refs) {
			if (refs.isEmpty()) {
				return null;
			}
			List<String> parts = new ArrayList<>();
			for (int ref : refs) {
				report.source(ref).ifPresent(s -> {
					DatasetInfo info = s.info();
					String text = info == null ? s.id().toString()
							: info.attribution() != null ? info.attribution()
									: info.licence() != null ? info.licence() : info.fileName();
					parts.add("[" + ref + "] " + text + (s.synthetic() ? " (" + msg("profilereport.synthetic") + ")"
							: ""));
				});
			}
			return String.join("; ", parts);
		}
	}
}
