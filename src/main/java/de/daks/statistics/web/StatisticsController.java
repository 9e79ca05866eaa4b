package de.daks.statistics.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.job.Job;
import de.daks.shared.job.JobId;
import de.daks.shared.job.Jobs;
import de.daks.shared.web.Htmx;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.DatasetId;
import de.daks.statistics.DatasetInfo;
import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import de.daks.statistics.internal.ImportJobResult;
import de.daks.statistics.internal.ImportRunner;
import de.daks.statistics.internal.MappingSpec;
import de.daks.statistics.internal.StatisticsUploads;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.parse.ParsedFile;
import de.daks.statistics.parse.QuarterMapping;
import de.daks.statistics.parse.StatisticsParsers;
import de.daks.territory.Area;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.territory.TerritoryManagement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The datasets with their provenance and the browser import, programme-wide under {@code /statistik} (Geschäftsstelle)
 * and for a Kommune under {@code /kommunen/{kommuneId}/statistik} (its own register and quarter files, restricted to
 * its areas). Upload (size-limited, text only) → staged → review (format with override, column mapping of a quarter
 * table, preview in canonical form, totals per date, problems with line and reason; warnings must be accepted, errors
 * block) → job with progress → result.
 */
@Controller
class StatisticsController {

	static final int PREVIEW_ROWS = 20;

	static final int PROBLEMS_SHOWN = 200;

	private static final Tika TIKA = new Tika();

	private final ImportRunner runner;

	private final StatisticsUploads uploads;

	private final Jobs jobs;

	private final KommuneManagement kommunen;

	private final TerritoryManagement territory;

	private final MessageSource messages;

	private final long maxUploadBytes;

	StatisticsController(ImportRunner runner, StatisticsUploads uploads, Jobs jobs, KommuneManagement kommunen,
			TerritoryManagement territory, MessageSource messages,
			@Value("${daks.statistics.upload-max-size:20MB}") DataSize maxUpload) {
		this.runner = runner;
		this.uploads = uploads;
		this.jobs = jobs;
		this.kommunen = kommunen;
		this.territory = territory;
		this.messages = messages;
		this.maxUploadBytes = maxUpload.toBytes();
	}

	/** Programme-wide (kommune null) or a Kommune's pages. */
	public record Scope(@Nullable Kommune kommune, String base) {

		@Nullable KommuneId kommuneId() {
			return kommune == null ? null : kommune.id();
		}
	}

	private Scope programme() {
		return new Scope(null, "/statistik");
	}

	private Scope of(KommuneId kommuneId) {
		return new Scope(kommunen.get(kommuneId), "/kommunen/" + kommuneId + "/statistik");
	}

	// ------------------------------------------------------------------------------------------ datasets

	@GetMapping("/statistik")
	@Requires(Permission.STATISTICS_MANAGE)
	String showDatasets(Model model) {
		return datasets(programme(), model);
	}

	@GetMapping("/kommunen/{kommuneId}/statistik")
	@Requires(Permission.KOMMUNE_VIEW)
	String showKommuneDatasets(@PathVariable KommuneId kommuneId, Model model) {
		return datasets(of(kommuneId), model);
	}

	private String datasets(Scope scope, Model model) {
		model.addAttribute("scope", scope);
		List<DatasetInfo> datasets = runner.datasets(scope.kommuneId(), 500);
		model.addAttribute("datasets", datasets);
		java.util.Map<KommuneId, String> names = new java.util.HashMap<>();
		if (scope.kommune() == null) {
			kommunen.findAll(datasets.stream().map(DatasetInfo::kommune).filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.toSet())).forEach(k -> names.put(k.id(), k.name()));
		}
		model.addAttribute("kommuneNames", names);
		return "statistics/datasets";
	}

	@GetMapping("/statistik/datensaetze/{datasetId}")
	@Requires(Permission.STATISTICS_MANAGE)
	String showDataset(@PathVariable UUID datasetId, Model model, Locale locale) {
		return dataset(programme(), datasetId, model);
	}

	@GetMapping("/kommunen/{kommuneId}/statistik/datensaetze/{datasetId}")
	@Requires(Permission.KOMMUNE_VIEW)
	String showKommuneDataset(@PathVariable KommuneId kommuneId, @PathVariable UUID datasetId, Model model) {
		return dataset(of(kommuneId), datasetId, model);
	}

	private String dataset(Scope scope, UUID id, Model model) {
		DatasetInfo dataset = runner.find(new DatasetId(id))
			.filter(d -> scope.kommune() == null || scope.kommuneId().equals(d.kommune()))
			.orElseThrow(() -> new NotFoundException("dataset " + id));
		DatasetSummary summary = new DatasetSummary();
		runner.forEachObservation(dataset.id(), summary);
		model.addAttribute("scope", scope);
		model.addAttribute("dataset", dataset);
		model.addAttribute("summary", summary);
		model.addAttribute("areaNames", areaNames(summary.areas(10)));
		if (dataset.kommune() != null && scope.kommune() == null) {
			model.addAttribute("datasetKommune", kommunen.find(dataset.kommune()).orElse(null));
		}
		return "statistics/dataset";
	}

	// ------------------------------------------------------------------------------------------ upload

	@GetMapping("/statistik/import")
	@Requires(Permission.STATISTICS_MANAGE)
	String showUpload(Model model) {
		return upload(programme(), model);
	}

	@GetMapping("/kommunen/{kommuneId}/statistik/import")
	@Requires(Permission.KOMMUNE_EDIT)
	String showKommuneUpload(@PathVariable KommuneId kommuneId, Model model) {
		return upload(of(kommuneId), model);
	}

	private String upload(Scope scope, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("maxMegabytes", maxUploadBytes / 1024 / 1024);
		return "statistics/upload";
	}

	@PostMapping("/statistik/import")
	@Requires(Permission.STATISTICS_MANAGE)
	String receiveUpload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		return receive(programme(), file, model);
	}

	@PostMapping("/kommunen/{kommuneId}/statistik/import")
	@Requires(Permission.KOMMUNE_EDIT)
	String receiveKommuneUpload(@PathVariable KommuneId kommuneId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		return receive(of(kommuneId), file, model);
	}

	private String receive(Scope scope, @Nullable MultipartFile file, Model model) throws IOException {
		String error = null;
		Object detail = null;
		byte[] content = null;
		if (file == null || file.isEmpty()) {
			error = "statistics.upload.error.empty";
		}
		else if (file.getSize() > maxUploadBytes) {
			error = "statistics.upload.error.too-large";
			detail = maxUploadBytes / 1024 / 1024;
		}
		else {
			try (InputStream in = file.getInputStream()) {
				content = in.readAllBytes();
			}
			String type = TIKA.detect(content);
			if (!type.startsWith("text/") && !type.equals("application/json")) {
				error = "statistics.upload.error.not-text";
				detail = type;
			}
		}
		if (error != null || content == null) {
			model.addAttribute("uploadError", error);
			model.addAttribute("uploadErrorDetail", detail);
			upload(scope, model);
			return "statistics/upload";
		}
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.csv"
				: file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
		UUID id = uploads.stage(name, content, scope.kommuneId(), actor());
		return "redirect:" + scope.base() + "/import/" + id;
	}

	// ------------------------------------------------------------------------------------------ review

	@GetMapping("/statistik/import/{uploadId}")
	@Requires(Permission.STATISTICS_MANAGE)
	String showReview(@PathVariable UUID uploadId, Model model, Locale locale) {
		return review(programme(), uploadId, model, locale);
	}

	@GetMapping("/kommunen/{kommuneId}/statistik/import/{uploadId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String showKommuneReview(@PathVariable KommuneId kommuneId, @PathVariable UUID uploadId, Model model,
			Locale locale) {
		return review(of(kommuneId), uploadId, model, locale);
	}

	private StatisticsUploads.Upload staged(Scope scope, UUID id) {
		return uploads.find(id).filter(u -> java.util.Objects.equals(u.kommune(), scope.kommuneId()))
			.orElseThrow(() -> new NotFoundException("upload " + id));
	}

	private String review(Scope scope, UUID id, Model model, Locale locale) {
		StatisticsUploads.Upload upload = staged(scope, id);
		model.addAttribute("scope", scope);
		model.addAttribute("upload", upload);
		model.addAttribute("size", upload.content().length);
		model.addAttribute("encoding", StatisticsParsers.encoding(upload.content()));
		FileFormat detected = StatisticsParsers.detect(upload.fileName(), upload.content());
		FileFormat format = upload.format() != null ? upload.format() : detected;
		model.addAttribute("detected", detected);
		model.addAttribute("format", format);
		model.addAttribute("formats", FileFormat.values());
		Optional<DatasetInfo> existing = runner.findBySha256(upload.sha256());
		model.addAttribute("existing", existing.orElse(null));
		List<String> header = StatisticsParsers.header(upload.content());
		MappingSpec spec = null;
		if (format == FileFormat.QUARTERS) {
			spec = upload.mapping() != null ? upload.mapping() : defaultMapping(header);
			model.addAttribute("header", header);
			model.addAttribute("presets", QuarterMapping.presets().stream().map(QuarterMapping::name).toList());
			model.addAttribute("measures", de.daks.statistics.Measure.values());
		}
		SettingsForm form = SettingsForm.of(upload.format() == null ? "" : upload.format().code(), upload.area(),
				upload.date() == null ? null : upload.date().toString(), spec);
		form.setLicence(upload.licence());
		form.setAttribution(upload.attribution());
		model.addAttribute("settingsForm", form);
		StatisticsUploads.Upload effective = upload.mapping() == null && spec != null ? upload.withMapping(spec)
				: upload;
		ParsedFile parsed = runner.check(effective.request(false));
		model.addAttribute("parsed", parsed);
		model.addAttribute("preview", preview(parsed.observations()));
		List<String> previewHeader = new ArrayList<>(CanonicalCsv.HEADER);
		previewHeader.add("measure");
		model.addAttribute("previewHeader", previewHeader);
		model.addAttribute("summary", DatasetSummary.of(parsed.observations()));
		model.addAttribute("errors", problems(parsed.errors(), locale));
		model.addAttribute("warnings", problems(parsed.warnings(), locale));
		model.addAttribute("errorCount", parsed.errors().size());
		model.addAttribute("warningCount", parsed.warnings().size());
		boolean mappingNeeded = format == FileFormat.QUARTERS && !upload.mappingConfirmed();
		model.addAttribute("mappingNeeded", mappingNeeded);
		model.addAttribute("canStart", existing.isEmpty() && !parsed.hasErrors() && !mappingNeeded);
		return "statistics/review";
	}

	private static MappingSpec defaultMapping(List<String> header) {
		QuarterMapping preset = QuarterMapping.presetFor(header);
		if (preset != null) {
			return MappingSpec.of(preset, header);
		}
		String first = header.isEmpty() ? null : header.get(0).toLowerCase(Locale.ROOT);
		return MappingSpec.of(new QuarterMapping("custom", QuarterMapping.Layout.WIDE, first, "{id}",
				java.util.Map.of(), null, false, null, null, null, java.util.Set.of(), java.util.Map.of()), header);
	}

	/** A problem for the page: line, column and the reason in the user's language. */
	public record ProblemRow(int line, String column, String reason) {
	}

	private List<ProblemRow> problems(List<ParseProblem> problems, Locale locale) {
		List<ProblemRow> rows = new ArrayList<>();
		for (ParseProblem p : problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN))) {
			String reason = messages.getMessage("statistics.problem." + p.code(),
					new Object[] { p.line(), p.column(), p.detail() }, p.describe(), locale);
			rows.add(new ProblemRow(p.line(), p.column(), reason));
		}
		return rows;
	}

	private static List<List<String>> preview(List<Observation> observations) {
		List<List<String>> rows = new ArrayList<>();
		for (Observation o : observations.subList(0, Math.min(PREVIEW_ROWS, observations.size()))) {
			rows.add(List.of(o.area(), o.date().toString(), o.sex().code(), Integer.toString(o.age().from()),
					o.age().to() == null ? "" : o.age().to().toString(), CanonicalCsv.format(o.value()),
					o.measure().code()));
		}
		return rows;
	}

	private java.util.Map<String, String> areaNames(List<String> keys) {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		for (Area area : territory.findAll(keys)) {
			names.put(area.key(), area.name());
		}
		return names;
	}

	// ------------------------------------------------------------------------------------------ settings

	@PostMapping("/statistik/import/{uploadId}/einstellungen")
	@Requires(Permission.STATISTICS_MANAGE)
	String saveSettings(@PathVariable UUID uploadId, @ModelAttribute SettingsForm settingsForm,
			RedirectAttributes redirect) {
		return settings(programme(), uploadId, settingsForm, redirect);
	}

	@PostMapping("/kommunen/{kommuneId}/statistik/import/{uploadId}/einstellungen")
	@Requires(Permission.KOMMUNE_EDIT)
	String saveKommuneSettings(@PathVariable KommuneId kommuneId, @PathVariable UUID uploadId,
			@ModelAttribute SettingsForm settingsForm,
			RedirectAttributes redirect) {
		return settings(of(kommuneId), uploadId, settingsForm, redirect);
	}

	private String settings(Scope scope, UUID id, SettingsForm form,
			RedirectAttributes redirect) {
		StatisticsUploads.Upload upload = staged(scope, id);
		String target = "redirect:" + scope.base() + "/import/" + id;
		FileFormat format;
		LocalDate date;
		try {
			format = SettingsForm.blankToNull(form.getFormat()) == null ? null : FileFormat.ofCode(form.getFormat());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("settingsError", "statistics.review.error.format");
			return target;
		}
		try {
			date = SettingsForm.blankToNull(form.getDate()) == null ? null : LocalDate.parse(form.getDate().trim());
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("settingsError", "statistics.review.error.date");
			return target;
		}
		String area = SettingsForm.blankToNull(form.getArea());
		if (area != null && (area.length() > 40 || !area.matches("[0-9A-Za-z-]+"))) {
			redirect.addFlashAttribute("settingsError", "statistics.review.error.area");
			return target;
		}
		MappingSpec spec = upload.mapping();
		boolean confirmed = upload.mappingConfirmed();
		if (form.isMapping()) {
			QuarterMapping preset = form.getPreset() == null ? null : QuarterMapping.preset(form.getPreset());
			if (spec != null && preset != null && !preset.name().equals(spec.name())) {
				// another preset chosen: fill the form from it, to be confirmed
				spec = MappingSpec.of(preset, StatisticsParsers.header(upload.content()));
				confirmed = false;
			}
			else {
				try {
					spec = form.toSpec();
					spec.toMapping();
					confirmed = true;
				}
				catch (IllegalArgumentException ex) {
					redirect.addFlashAttribute("settingsError", "statistics.review.error.mapping");
					redirect.addFlashAttribute("settingsErrorDetail", ex.getMessage());
					return target;
				}
			}
		}
		uploads.settings(id, new StatisticsUploads.Settings(format, area, date, spec, confirmed,
				cut(SettingsForm.blankToNull(form.getLicence()), 200),
				cut(SettingsForm.blankToNull(form.getAttribution()), 2000)));
		return target;
	}

	// ------------------------------------------------------------------------------------------ start / cancel

	@PostMapping("/statistik/import/{uploadId}/start")
	@Requires(Permission.STATISTICS_MANAGE)
	String start(@PathVariable UUID uploadId,
			@RequestParam(name = "acceptWarnings", defaultValue = "false") boolean accept,
			RedirectAttributes redirect) {
		return start(programme(), uploadId, accept, redirect);
	}

	@PostMapping("/kommunen/{kommuneId}/statistik/import/{uploadId}/start")
	@Requires(Permission.KOMMUNE_EDIT)
	String startKommune(@PathVariable KommuneId kommuneId, @PathVariable UUID uploadId,
			@RequestParam(name = "acceptWarnings", defaultValue = "false") boolean accept,
			RedirectAttributes redirect) {
		return start(of(kommuneId), uploadId, accept, redirect);
	}

	private String start(Scope scope, UUID id, boolean accept,
			RedirectAttributes redirect) {
		StatisticsUploads.Upload upload = staged(scope, id);
		String review = "redirect:" + scope.base() + "/import/" + id;
		FileFormat format = upload.format() != null ? upload.format()
				: StatisticsParsers.detect(upload.fileName(), upload.content());
		if (format == FileFormat.QUARTERS && !upload.mappingConfirmed()) {
			redirect.addFlashAttribute("startError", "statistics.review.error.confirmMapping");
			return review;
		}
		if (runner.findBySha256(upload.sha256()).isEmpty()) {
			ParsedFile parsed = runner.check(upload.request(false));
			if (parsed.hasErrors()) {
				redirect.addFlashAttribute("startError", "statistics.review.error.errors");
				return review;
			}
			if (!parsed.warnings().isEmpty() && !accept) {
				redirect.addFlashAttribute("startError", "statistics.review.error.acceptWarnings");
				return review;
			}
		}
		JobId job = uploads.start(upload, accept, actor());
		return "redirect:" + scope.base() + "/import/auftraege/" + job;
	}

	@PostMapping("/statistik/import/{uploadId}/verwerfen")
	@Requires(Permission.STATISTICS_MANAGE)
	String discard(@PathVariable UUID uploadId,
			RedirectAttributes redirect) {
		return discard(programme(), uploadId, redirect);
	}

	@PostMapping("/kommunen/{kommuneId}/statistik/import/{uploadId}/verwerfen")
	@Requires(Permission.KOMMUNE_EDIT)
	String discardKommune(@PathVariable KommuneId kommuneId, @PathVariable UUID uploadId,
			RedirectAttributes redirect) {
		return discard(of(kommuneId), uploadId, redirect);
	}

	private String discard(Scope scope, UUID id,
			RedirectAttributes redirect) {
		uploads.discard(staged(scope, id));
		de.daks.shared.web.Flash.success(redirect, "statistics.review.discarded");
		return "redirect:" + scope.base();
	}

	// ------------------------------------------------------------------------------------------ job

	@GetMapping("/statistik/import/auftraege/{jobId}")
	@Requires(Permission.STATISTICS_MANAGE)
	String showJob(@PathVariable UUID jobId, Model model, HttpServletRequest request) {
		return job(programme(), jobId, model, request);
	}

	@GetMapping("/kommunen/{kommuneId}/statistik/import/auftraege/{jobId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String showKommuneJob(@PathVariable KommuneId kommuneId, @PathVariable UUID jobId, Model model,
			HttpServletRequest request) {
		return job(of(kommuneId), jobId, model, request);
	}

	private String job(Scope scope, UUID id, Model model, HttpServletRequest request) {
		Job job = jobs.find(new JobId(id))
			.filter(j -> j.kind().equals(StatisticsUploads.JOB_KIND)
					&& java.util.Objects.equals(j.kommune(), scope.kommuneId()))
			.orElseThrow(() -> new NotFoundException("job " + id));
		model.addAttribute("scope", scope);
		model.addAttribute("job", job);
		model.addAttribute("statusUrl", scope.base() + "/import/auftraege/" + id);
		ImportJobResult result = job.finished() ? ImportJobResult.fromJson(job.result()) : null;
		model.addAttribute("result", result);
		return Htmx.view(request, "statistics/job", "status");
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
	}
}
