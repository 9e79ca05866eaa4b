package de.daks.workshop.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.profile.ProfileReport;
import de.daks.profile.ProfileReports;
import de.daks.reporting.Chart;
import de.daks.reporting.Charts;
import de.daks.reporting.DataTable;
import de.daks.reporting.DocumentRenderer;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.shared.web.Downloads;
import de.daks.shared.KommuneId;
import de.daks.shared.SpreadsheetCells;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.workshop.RandomSelection;
import de.daks.workshop.SampleComparison;
import de.daks.workshop.SampledPerson;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopSamples;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Zufallsbürger: the moderation uploads a list of residents (CSV) and draws a stratified random sample. The list is
 * read in memory and never stored. The sample is compared with the Kommune's population by age group and sex (the
 * Kommunalprofil's latest year) and can be stored for the invitations – names, e-mail and postal addresses until
 * the deletion date after the event: invitation mails to those with an e-mail, a letter list (CSV, PDF) for those
 * with a postal address only.
 */
@Controller
class RandomSampleController {

	private static final long MAX_BYTES = 2 * 1024 * 1024;

	private static final String PATH = "/kommunen/{kommuneId}/zukunftswerkstatt/{workshopId}/zufallsbuerger";

	private final WorkshopWebSupport support;

	private final WorkshopSamples samples;

	private final ProfileReports profiles;

	private final WorkshopMails mails;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	RandomSampleController(WorkshopWebSupport support, WorkshopSamples samples, ProfileReports profiles,
			WorkshopMails mails, DocumentRenderer renderer, MessageSource messages) {
		this.support = support;
		this.samples = samples;
		this.profiles = profiles;
		this.mails = mails;
		this.renderer = renderer;
		this.messages = messages;
	}

	@GetMapping(PATH)
	@Requires(Permission.WORKSHOP_MODERATE)
	String form(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model, Locale locale) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		model.addAttribute("size", 30);
		model.addAttribute("personalDataDays", samples.personalDataDays());
		List<SampledPerson> stored = samples.list(workshop);
		model.addAttribute("stored", stored);
		if (!stored.isEmpty()) {
			compare(kommuneId, stored.stream().map(SampledPerson::person).toList(), model, locale);
			model.addAttribute("withEmail", stored.stream().filter(p -> p.person().email() != null).count());
			model.addAttribute("invited", stored.stream().filter(p -> p.invitedAt() != null).count());
			model.addAttribute("letterOnly", stored.stream().filter(SampledPerson::letterOnly).count());
			model.addAttribute("deleteAfter", stored.get(0).deleteAfter());
		}
		return "workshop/selection";
	}

	@PostMapping(PATH)
	@Requires(Permission.WORKSHOP_MODERATE)
	String draw(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "0") int size,
			@RequestParam(defaultValue = "false") boolean store, Model model, HttpServletResponse response,
			Locale locale, RedirectAttributes redirect) throws IOException {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		model.addAttribute("size", size);
		model.addAttribute("stored", List.of());
		model.addAttribute("personalDataDays", samples.personalDataDays());
		String error = null;
		String text = null;
		if (file == null || file.isEmpty()) {
			error = "workshop.selection.noFile";
		}
		else if (file.getSize() > MAX_BYTES) {
			error = "workshop.selection.tooLarge";
		}
		else {
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(file.getBytes())).toString();
			}
			catch (CharacterCodingException ex) {
				error = "workshop.selection.encoding";
			}
		}
		if (error != null || text == null) {
			model.addAttribute("fileError", error);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return "workshop/selection";
		}
		RandomSelection.Result result = RandomSelection.draw(text, size, new SecureRandom());
		if (!result.problems().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
		else if (store) {
			samples.store(workshop, result.sample());
			Flash.success(redirect, "workshop.sample.stored", result.sample().size());
			return "redirect:" + path(kommuneId, workshopId);
		}
		else {
			compare(kommuneId, result.sample(), model, locale);
		}
		model.addAttribute("result", result);
		model.addAttribute("workshopTitle", workshop.title());
		return "workshop/selection";
	}

	@PostMapping(PATH + "/einladen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String invite(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		if (note.length() > 1000) {
			Flash.error(redirect, "workshop.invitation.noteLong");
			return "redirect:" + path(kommuneId, workshopId);
		}
		String kommuneName = ((Kommune) model.getAttribute("kommune")).name();
		int sent = 0;
		int failed = 0;
		for (SampledPerson person : samples.list(workshop)) {
			if (person.person().email() == null || person.invitedAt() != null || !samples.claimInvitation(person)) {
				continue;
			}
			if (mails.invitation(workshop, kommuneName, person.person().email(), note)) {
				sent++;
			}
			else {
				samples.unclaim(person);
				failed++;
			}
		}
		if (failed == 0) {
			Flash.success(redirect, "workshop.sample.invited", sent);
		}
		else {
			Flash.error(redirect, "workshop.invitation.partly", sent, failed);
		}
		return "redirect:" + path(kommuneId, workshopId);
	}

	@GetMapping(PATH + "/briefliste.csv")
	@Requires(Permission.WORKSHOP_MODERATE)
	ResponseEntity<byte[]> letterCsv(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model,
			Locale locale) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		StringBuilder csv = new StringBuilder("\uFEFF").append(msg("workshop.registration.name", locale)).append(';')
			.append(msg("workshop.sample.address", locale)).append("\r\n");
		for (SampledPerson p : letterList(workshop)) {
			csv.append(cell(p.person().name())).append(';').append(cell(p.person().address())).append("\r\n");
		}
		return Downloads.attachment(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
				"Briefliste-" + WorkshopDocuments.fileName(workshop, "csv"));
	}

	@GetMapping(PATH + "/briefliste.pdf")
	@Requires(Permission.WORKSHOP_MODERATE)
	ResponseEntity<byte[]> letterPdf(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model,
			Locale locale) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		List<List<String>> rows = letterList(workshop).stream()
			.map(p -> List.of(p.person().name(), p.person().address() == null ? "" : p.person().address())).toList();
		String title = msg("workshop.sample.letters", locale);
		ReportDocument document = new ReportDocument(title, locale, workshop.title(), List.of(
				new ReportBlock.Note(msg("workshop.sample.lettersNote", locale)),
				new ReportBlock.Table(new DataTable(title, List.of(msg("workshop.registration.name", locale),
						msg("workshop.sample.address", locale)), rows, null))));
		return Downloads.attachment(renderer.pdf(document), DocumentRenderer.PDF_MEDIA_TYPE,
				"Briefliste-" + WorkshopDocuments.fileName(workshop, "pdf"));
	}

	@PostMapping(PATH + "/loeschen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String delete(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model,
			RedirectAttributes redirect) {
		samples.delete(support.workshop(kommuneId, workshopId, model));
		Flash.success(redirect, "workshop.sample.deleted");
		return "redirect:" + path(kommuneId, workshopId);
	}

	/** The comparison with the population and the chart of the differences (percentage points). */
	private void compare(KommuneId kommuneId, List<RandomSelection.Person> sample, Model model, Locale locale) {
		ProfileReport.Demography demography = profiles.forKommune(kommuneId, locale).demography();
		List<SampleComparison.Band> bands = demography.pyramid().stream()
			.map(r -> new SampleComparison.Band(r.from(), r.to(), r.male(), r.female())).toList();
		SampleComparison comparison = SampleComparison.of(sample, demography.year(), bands);
		model.addAttribute("comparison", comparison);
		if (comparison.hasPopulation()) {
			List<Charts.Bar> bars = new ArrayList<>();
			for (SampleComparison.Row row : comparison.rows()) {
				if (row.difference() != null) {
					bars.add(new Charts.Bar(rowLabel(row, locale), round(row.difference()),
							Math.abs(row.difference()) >= 5));
				}
			}
			Chart chart = Charts.barChart(msg("workshop.sample.chart", locale, comparison.year()),
					msg("workshop.sample.points", locale), bars,
					msg("workshop.sample.source", locale, comparison.year()), locale);
			model.addAttribute("comparisonChart", chart);
		}
	}

	String rowLabel(SampleComparison.Row row, Locale locale) {
		return row.dimension() == SampleComparison.Dimension.SEX ? msg("workshop.sample.sex." + row.label(), locale)
				: msg("workshop.sample.age", locale, row.label());
	}

	private List<SampledPerson> letterList(Workshop workshop) {
		return samples.list(workshop).stream().filter(SampledPerson::letterOnly).toList();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String cell(@Nullable String value) {
		String safe = SpreadsheetCells.safe(value == null ? "" : value.replace('\n', ' ').replace('\r', ' '));
		return safe != null && (safe.contains(";") || safe.contains("\"")) ? "\"" + safe.replace("\"", "\"\"") + "\""
				: safe == null ? "" : safe;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String path(KommuneId kommuneId, long workshopId) {
		return "/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "/zufallsbuerger";
	}

	static String percent(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(1);
		return format.format(value);
	}
}
