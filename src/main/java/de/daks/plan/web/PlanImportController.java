package de.daks.plan.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.plan.PlanData;
import de.daks.plan.PlanException;
import de.daks.plan.Plans;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of measures from XLSX or CSV into the draft: "check" shows what would be imported or every bad cell;
 * "import" stores all rows or, if any row is bad, nothing.
 */
@Controller
class PlanImportController {

	private final Plans plans;

	private final PlanWebSupport support;

	private final MeasureImport reader;

	PlanImportController(Plans plans, PlanWebSupport support, MeasureImport reader) {
		this.plans = plans;
		this.support = support;
		this.reader = reader;
	}

	@GetMapping(PlanController.PATH + "/import")
	@Requires(Permission.KOMMUNE_EDIT)
	String form(@PathVariable KommuneId kommuneId, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("maxMb", MeasureImport.MAX_BYTES / 1024 / 1024);
		model.addAttribute("createFields", false);
		return "plan/import";
	}

	@PostMapping(PlanController.PATH + "/import")
	@Requires(Permission.KOMMUNE_EDIT)
	String upload(@PathVariable KommuneId kommuneId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "false") boolean createFields,
			@RequestParam(defaultValue = "check") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		form(kommuneId, model);
		model.addAttribute("createFields", createFields);
		Locale locale = LocaleContextHolder.getLocale();
		PlanData plan = plans.draft(kommuneId);
		MeasureImport.Result result;
		if (file != null && file.getSize() > MeasureImport.MAX_BYTES) {
			result = MeasureImport.Result.refused(support.message("plan.import.error.tooLarge", locale,
					MeasureImport.MAX_BYTES / 1024 / 1024));
		}
		else {
			byte[] content = new byte[0];
			if (file != null && !file.isEmpty()) {
				try (InputStream in = file.getInputStream()) {
					content = in.readNBytes((int) MeasureImport.MAX_BYTES + 1);
				}
			}
			Map<String, UUID> team = plans.team(kommuneId).stream()
				.collect(Collectors.toMap(t -> t.email().toLowerCase(Locale.ROOT), Plans.TeamMember::id, (a, b) -> a));
			result = reader.read(content, plan, team, createFields, plans.today(), locale);
		}
		model.addAttribute("result", result);
		if (!result.ok() || !"import".equals(action)) {
			return "plan/import";
		}
		int count;
		try {
			count = plans.importMeasures(kommuneId, result.lines().stream()
				.map(l -> new Plans.ImportedMeasure(l.fieldTitle(), l.measure())).toList(), createFields);
		}
		catch (PlanException ex) {
			model.addAttribute("result", MeasureImport.Result.refused(support.message(ex.messageKey(), locale)));
			return "plan/import";
		}
		Flash.success(redirect, "plan.import.done", count);
		return "redirect:" + PlanController.base(kommuneId) + "/tabelle";
	}
}
