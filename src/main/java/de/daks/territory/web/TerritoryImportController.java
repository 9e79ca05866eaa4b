package de.daks.territory.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.web.Flash;
import de.daks.territory.ImportReport;
import de.daks.territory.TerritoryManagement;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload of the Gemeindeverzeichnis (GV100AD) and of boundary files (GeoJSON) for the Geschäftsstelle. The report
 * of an import is shown after the redirect; a rejected file lists its errors.
 */
@Controller
class TerritoryImportController {

	/** The full GV100AD is 3.5 MB, the Gemeinden boundaries 7 MB; the container limit is 25 MB. */
	static final long MAX_SIZE = 20L * 1024 * 1024;

	private static final Tika TIKA = new Tika();

	private final TerritoryManagement territory;

	TerritoryImportController(TerritoryManagement territory) {
		this.territory = territory;
	}

	@GetMapping("/gebiete/import")
	@Requires(Permission.TERRITORY_MANAGE)
	String showImport(Model model) {
		model.addAttribute("counts", territory.counts());
		return "territory/import";
	}

	@PostMapping("/gebiete/import")
	@Requires(Permission.TERRITORY_MANAGE)
	String processTerritoryImport(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		String problem = check(file);
		if (problem != null) {
			Flash.error(redirect, problem);
			return "redirect:/gebiete/import";
		}
		ImportReport report;
		try (InputStream in = file.getInputStream()) {
			report = territory.importGemeindeverzeichnis(in, name(file));
		}
		return done(report, redirect);
	}

	@PostMapping("/gebiete/import/grenzen")
	@Requires(Permission.TERRITORY_MANAGE)
	String processBoundaryImport(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		String problem = check(file);
		if (problem != null) {
			Flash.error(redirect, problem);
			return "redirect:/gebiete/import";
		}
		ImportReport report;
		try (InputStream in = file.getInputStream()) {
			report = territory.importBoundaries(in, name(file), TerritoryManagement.BKG_ATTRIBUTION);
		}
		return done(report, redirect);
	}

	private static String done(ImportReport report, RedirectAttributes redirect) {
		redirect.addFlashAttribute("report", report);
		if (report.success()) {
			Flash.success(redirect, "territory.import.success");
		}
		else {
			Flash.error(redirect, "territory.import.failed");
		}
		return "redirect:/gebiete/import";
	}

	/** A message key if the upload is missing, too large or not text (checked by content, not by name). */
	static @Nullable String check(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return "territory.import.noFile";
		}
		if (file.getSize() > MAX_SIZE) {
			return "territory.import.tooLarge";
		}
		String type;
		try (InputStream in = file.getInputStream()) {
			type = TIKA.detect(in);
		}
		if (!type.startsWith("text/") && !type.equals("application/json") && !type.equals("application/geo+json")) {
			return "territory.import.notText";
		}
		return null;
	}

	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "upload";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return base.length() > 200 ? base.substring(0, 200) : base;
	}
}
