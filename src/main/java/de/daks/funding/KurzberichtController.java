package de.daks.funding;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.programme.Programme;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.KommuneManagement;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class KurzberichtController {

	private final KurzberichtManagement reports;

	private final FundingManagement funding;

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	KurzberichtController(KurzberichtManagement reports, FundingManagement funding, ProgrammeManagement programmes,
			KommuneManagement kommunen, Authorization authorization) {
		this.reports = reports;
		this.funding = funding;
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.authorization = authorization;
	}

	@GetMapping("/kommunen/{kommuneId}/kurzbericht")
	@Requires(Permission.KOMMUNE_VIEW)
	String showReport(@PathVariable UUID kommuneId, @RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		KommuneId kommune = new KommuneId(kommuneId);
		model.addAttribute("kommune", kommunen.get(kommune));
		List<Programme> list = funding.programmesOf(kommune);
		Programme chosen = list.stream().filter(p -> programme != null && p.id().value().equals(programme)).findFirst()
			.orElse(list.isEmpty() ? null : list.get(0));
		model.addAttribute("programme", chosen);
		if (chosen != null) {
			int y = year != null ? year
					: Math.max(chosen.periodStart().getYear(),
							Math.min(chosen.periodEnd().getYear(), Year.now().getValue()));
			if (y < chosen.periodStart().getYear() || y > chosen.periodEnd().getYear()) {
				y = chosen.periodStart().getYear();
			}
			model.addAttribute("report", reports.reportOrDraft(chosen.id(), kommune, y));
			model.addAttribute("due", Kurzbericht.dueDate(y));
		}
		model.addAttribute("canEdit", authorization.isAllowed(Permission.KOMMUNE_EDIT, kommune));
		model.addAttribute("zone", ZoneId.of("Europe/Berlin"));
		return "funding/kurzbericht";
	}

	@PostMapping("/kommunen/{kommuneId}/kurzbericht")
	@Requires(Permission.KOMMUNE_EDIT)
	String processReport(@PathVariable UUID kommuneId, @RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "") String progress,
			@RequestParam(defaultValue = "") String activities, @RequestParam(defaultValue = "") String spending,
			@RequestParam(defaultValue = "") String outlook, @RequestParam(defaultValue = "save") String action,
			RedirectAttributes redirect) {
		KommuneId kommune = new KommuneId(kommuneId);
		kommunen.get(kommune);
		if (programme == null || year == null) {
			Flash.error(redirect, "kurzbericht.invalid");
			return "redirect:/kommunen/" + kommune + "/kurzbericht";
		}
		String back = "redirect:/kommunen/" + kommune + "/kurzbericht?programme=" + programme + "&year=" + year;
		if (progress.length() > 8000 || activities.length() > 8000 || spending.length() > 8000
				|| outlook.length() > 8000) {
			Flash.error(redirect, "kurzbericht.tooLong");
			return back;
		}
		try {
			reports.save(new ProgrammeId(programme), kommune, year, progress, activities, spending, outlook,
					"submit".equals(action));
			Flash.success(redirect, "submit".equals(action) ? "kurzbericht.submitted" : "kurzbericht.saved");
		}
		catch (IllegalStateException ex) {
			Flash.error(redirect, "kurzbericht.locked");
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "activities".equals(ex.getMessage()) ? "kurzbericht.activitiesMissing"
					: "kurzbericht.invalid");
		}
		return back;
	}

	@GetMapping("/programme/{programmeId}/kurzberichte")
	@Requires(Permission.PROGRAMME_VIEW)
	String showReports(@PathVariable UUID programmeId, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		Programme programme = programmes.get(new ProgrammeId(programmeId));
		int y = year != null ? year : Math.max(programme.periodStart().getYear(),
				Math.min(programme.periodEnd().getYear(), Year.now().getValue() - 1));
		model.addAttribute("programme", programme);
		model.addAttribute("year", y);
		model.addAttribute("due", Kurzbericht.dueDate(y));
		model.addAttribute("statuses", reports.statusOf(programme.id(), y));
		model.addAttribute("zone", ZoneId.of("Europe/Berlin"));
		return "funding/kurzberichte";
	}
}
