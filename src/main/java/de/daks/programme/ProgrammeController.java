package de.daks.programme;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.reporting.DataTable;
import de.daks.reporting.DocumentRenderer;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProgrammeController {

	private final ProgrammeManagement programmes;

	private final Synopse synopse;

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final SynopseMap map;

	private final String evaluationKey;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final SynopseDetails details;

	private final SynopseExports exports;

	ProgrammeController(ProgrammeManagement programmes, Synopse synopse, SynopseMap map, KommuneManagement kommunen,
			Authorization authorization, DocumentRenderer renderer, MessageSource messages, SynopseDetails details,
			SynopseExports exports,
			@org.springframework.beans.factory.annotation.Value("${daks.evaluation.pseudonym-key}") String evaluationKey) {
		this.details = details;
		this.exports = exports;
		this.evaluationKey = evaluationKey;
		this.renderer = renderer;
		this.messages = messages;
		this.programmes = programmes;
		this.synopse = synopse;
		this.map = map;
		this.kommunen = kommunen;
		this.authorization = authorization;
	}

	@GetMapping("/programme")
	@Requires(Permission.PROGRAMME_VIEW)
	String showProgrammes(Model model) {
		model.addAttribute("programmes", programmes.findAll());
		model.addAttribute("canManage", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		return "programme/list";
	}

	@GetMapping("/programme/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String initCreationForm(Model model) {
		model.addAttribute("programmeForm", new ProgrammeForm());
		return "programme/form";
	}

	@PostMapping("/programme/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processCreationForm(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && programmes.findByShortName(form.getShortName().strip()).isPresent()) {
			result.rejectValue("shortName", "programme.form.shortNameTaken");
		}
		if (result.hasErrors()) {
			return "programme/form";
		}
		ProgrammeId id = programmes.create(form.getName(), form.getShortName(), form.getDescription(),
				Objects.requireNonNull(form.getPeriodStart()), Objects.requireNonNull(form.getPeriodEnd()));
		Flash.success(redirect, "programme.created");
		return "redirect:/programme/" + id;
	}

	@GetMapping("/programme/{programmeId}")
	@Requires(Permission.PROGRAMME_VIEW)
	String showSynopse(@PathVariable UUID programmeId, @ModelAttribute SynopseFilter filter, Model model) {
		Programme programme = programmes.get(new ProgrammeId(programmeId));
		Synopse.View view = synopse.of(programme.id(), filter);
		model.addAttribute("programme", programme);
		model.addAttribute("view", view);
		model.addAttribute("filter", filter);
		java.util.Map<KommuneId, String> details = new java.util.HashMap<>();
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		switch (filter.getTable()) {
			case THEMES, TARGET_GROUPS -> {
				var plans = details(view, this.details.plans(view), details, (p, l) -> filter.getTable() == SynopseTable.THEMES
						? msg("programme.map.detail.THEMES", l, p.fields().size(), p.themes().size())
						: msg("programme.map.detail.TARGET_GROUPS", l, p.measures()), locale);
				model.addAttribute("plans", plans);
				model.addAttribute("themeCounts", SynopseDetails.themeCounts(plans));
				model.addAttribute("groupTotals", SynopseDetails.groupTotals(plans));
			}
			case FUNDING -> {
				var spending = this.details.spending(programme.id(), view);
				details(view, spending, details, (lines, l) -> msg("programme.map.detail.FUNDING", l,
						java.text.NumberFormat.getCurrencyInstance(Locale.GERMANY).format(lines.stream()
							.map(SynopseSpending.Line::spent).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))),
						locale);
				model.addAttribute("spending", spending);
				model.addAttribute("spendingTotals", SynopseDetails.spendingTotals(spending));
			}
			case INDICATORS -> {
				var figures = this.details.figures(view);
				details(view, figures, details, (f, l) -> f.value("share_65_plus") == null ? null
						: msg("programme.map.detail.INDICATORS", l, java.text.NumberFormat.getNumberInstance(Locale.GERMANY)
							.format(SynopseDetails.rounded(f.value("share_65_plus")))), locale);
				model.addAttribute("figures", figures);
				model.addAttribute("indicatorIds", SynopseDetails.KEY_INDICATORS);
				model.addAttribute("indicatorNames", SynopseDetails.KEY_INDICATORS.stream()
					.map(i -> this.details.indicatorName(i, locale)).toList());
			}
			default -> {
			}
		}
		model.addAttribute("map", map.render(programme.name(), view, details));
		boolean canManage = authorization.isAllowed(Permission.PROGRAMME_MANAGE, null);
		model.addAttribute("canManage", canManage);
		if (canManage) {
			var members = new HashSet<>(programmes.kommunenOf(programme.id()));
			model.addAttribute("candidates",
					kommunen.findAll().stream().filter(k -> !members.contains(k.id())).toList());
		}
		return "programme/synopse";
	}

	@GetMapping("/programme/{programmeId}/synopse.csv")
	@Requires(Permission.PROGRAMME_VIEW)
	void exportSynopse(@PathVariable UUID programmeId, @ModelAttribute SynopseFilter filter,
			HttpServletResponse response) throws IOException {
		Programme programme = programmes.get(new ProgrammeId(programmeId));
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"synopse-" + fileName(programme) + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try (Writer writer = response.getWriter()) {
			synopse.writeCsv(synopse.of(programme.id(), filter), writer);
		}
	}

	@GetMapping("/programme/{programmeId}/synopse.xlsx")
	@Requires(Permission.PROGRAMME_VIEW)
	void exportSynopseXlsx(@PathVariable UUID programmeId, @ModelAttribute SynopseFilter filter, Locale locale,
			HttpServletResponse response) throws IOException {
		Programme programme = programmes.get(new ProgrammeId(programmeId));
		Synopse.View view = synopse.of(programme.id(), filter);
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"synopse-" + fileName(programme) + ".xlsx\"");
		exports.writeXlsx(exports.tables(view, details.all(programme.id(), view), i -> details.indicatorName(i, locale),
				locale), response.getOutputStream());
	}

	@GetMapping("/programme/{programmeId}/synopse.pdf")
	@Requires(Permission.PROGRAMME_VIEW)
	void exportSynopsePdf(@PathVariable UUID programmeId, @ModelAttribute SynopseFilter filter, Locale locale,
			HttpServletResponse response) throws IOException {
		Programme programme = programmes.get(new ProgrammeId(programmeId));
		Synopse.View view = synopse.of(programme.id(), filter);
		List<String> headers = new java.util.ArrayList<>(List.of(msg("programme.col.kommune", locale),
				msg("programme.col.kind", locale), msg("programme.col.land", locale),
				msg("programme.col.population", locale), msg("programme.col.current", locale),
				msg("programme.col.currentStatus", locale)));
		List<List<String>> rows = new java.util.ArrayList<>();
		for (Synopse.Row row : view.rows()) {
			Kommune k = row.kommune();
			List<String> cells = new java.util.ArrayList<>(List.of(
					k.name() + (k.synthetic() ? " (" + msg("layout.synthetic", locale) + ")" : ""),
					msg("territory.kommuneKind." + k.kind(), locale),
					row.land() == null ? msg("common.none", locale) : row.land().displayName(),
					k.population() == null ? msg("common.none", locale)
							: java.text.NumberFormat.getIntegerInstance(Locale.GERMANY).format(k.population()),
					row.currentStep() == null ? msg("programme.map.completed", locale)
							: msg(row.currentStep().messageKey(), locale)));
			// a portrait page holds six columns; the status of every step is in the XLSX and CSV
			cells.add(row.currentStep() == null ? msg("common.none", locale)
					: msg(row.process().step(row.currentStep()).status().messageKey(), locale));
			rows.add(cells);
		}
		List<ReportBlock> blocks = new java.util.ArrayList<>();
		blocks.add(new ReportBlock.Paragraph(msg("programme.synopse.count", locale, view.rows().size(), view.total())));
		view.byCurrentStep().forEach((step, count) -> blocks.add(new ReportBlock.Paragraph(msg("programme.map.legend",
				locale, step == null ? msg("programme.map.completed", locale) : msg(step.messageKey(), locale), count))));
		blocks.add(new ReportBlock.Table(new DataTable(msg("programme.synopse.caption", locale, programme.shortName()),
				headers, rows, null)));
		// the further tables; a portrait page holds six columns, so wide ones are summarised (the XLSX has them whole)
		SynopseDetails.All all = details.all(programme.id(), view);
		String none = msg("common.none", locale);
		List<List<String>> themes = new java.util.ArrayList<>();
		SynopseDetails.themeCounts(all.plans()).forEach((theme, count) -> themes.add(List.of(msg(theme.messageKey(), locale),
				msg(theme.ofTheCall() ? "programme.theme.call" : "programme.theme.toolbox", locale), count.toString())));
		blocks.add(new ReportBlock.Table(new DataTable(msg("programme.themes.caption", locale),
				List.of(msg("programme.col.theme", locale), msg("programme.col.themeSource", locale),
						msg("programme.col.kommunen", locale)), themes, null)));
		List<List<String>> groups = new java.util.ArrayList<>();
		SynopseDetails.groupTotals(all.plans()).forEach((group, count) -> groups.add(List.of(msg(group.messageKey(), locale),
				count.toString())));
		blocks.add(new ReportBlock.Table(new DataTable(msg("programme.groups.caption", locale),
				List.of(msg("programme.col.targetGroup", locale), msg("programme.col.measures", locale)), groups, null)));
		List<SynopseExports.Table> tables = exports.tables(view, all, i -> details.indicatorName(i, locale), locale);
		SynopseExports.Table funding = tables.get(3);
		blocks.add(new ReportBlock.Table(new DataTable(funding.name(), funding.header(),
				SynopseExports.asText(funding, none), null)));
		SynopseExports.Table figures = tables.get(4);
		blocks.add(new ReportBlock.Table(new DataTable(figures.name(), figures.header().subList(0, 6),
				SynopseExports.asText(figures, none).stream().map(r -> r.subList(0, 6)).toList(), null)));
		byte[] pdf = renderer.pdf(new ReportDocument(msg("programme.synopse.title", locale) + " – "
				+ programme.shortName(), locale, programme.name(), blocks));
		response.setContentType(DocumentRenderer.PDF_MEDIA_TYPE);
		response.setHeader("Content-Disposition",
				"attachment; filename=\"synopse-" + fileName(programme) + ".pdf\"");
		response.getOutputStream().write(pdf);
	}

	/** Fills the marker details of the map from one table's data; returns the data. */
	private <T> java.util.Map<KommuneId, T> details(Synopse.View view, java.util.Map<KommuneId, T> data,
			java.util.Map<KommuneId, String> details, java.util.function.BiFunction<T, Locale, @Nullable String> text,
			Locale locale) {
		for (Synopse.Row row : view.rows()) {
			T value = data.get(row.kommune().id());
			String detail = value == null ? null : text.apply(value, locale);
			if (detail != null) {
				details.put(row.kommune().id(), detail);
			}
		}
		return data;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	@GetMapping("/programme/{programmeId}/synopse-evaluation.csv")
	@Requires(Permission.PROGRAMME_VIEW)
	void exportPseudonymised(@PathVariable UUID programmeId, HttpServletResponse response) throws IOException {
		Programme programme = programmes.get(new ProgrammeId(programmeId));
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"evaluation-" + fileName(programme) + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try (Writer writer = response.getWriter()) {
			exports.writeCsv(pseudonymised(programme), writer);
		}
	}

	@GetMapping("/programme/{programmeId}/synopse-evaluation.xlsx")
	@Requires(Permission.PROGRAMME_VIEW)
	void exportPseudonymisedXlsx(@PathVariable UUID programmeId, HttpServletResponse response) throws IOException {
		Programme programme = programmes.get(new ProgrammeId(programmeId));
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"evaluation-" + fileName(programme) + ".xlsx\"");
		exports.writeXlsx(List.of(pseudonymised(programme)), response.getOutputStream());
	}

	/** Always every Kommune of the programme: a filtered evaluation export could single one out. */
	private SynopseExports.Table pseudonymised(Programme programme) {
		Synopse.View view = synopse.of(programme.id(), new SynopseFilter());
		return exports.pseudonymised(view, details.all(programme.id(), view),
				evaluationKey.getBytes(StandardCharsets.UTF_8));
	}

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static String fileName(Programme programme) {
		return programme.shortName().replaceAll("[^A-Za-z0-9_-]", "_");
	}

	@PostMapping("/programme/{programmeId}/kommunen")
	@Requires(Permission.PROGRAMME_MANAGE)
	String addKommune(@PathVariable UUID programmeId, @RequestParam(required = false) @Nullable UUID kommune,
			RedirectAttributes redirect) {
		ProgrammeId id = new ProgrammeId(programmeId);
		programmes.get(id);
		if (kommune == null || kommunen.find(new KommuneId(kommune)).isEmpty()) {
			Flash.error(redirect, "programme.kommune.missing");
		}
		else {
			programmes.addKommune(id, new KommuneId(kommune));
			Flash.success(redirect, "programme.kommune.added");
		}
		return "redirect:/programme/" + id;
	}
}
