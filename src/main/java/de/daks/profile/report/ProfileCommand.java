package de.daks.profile.report;

import de.daks.profile.ProfileReport;
import de.daks.profile.ProfileReports;
import de.daks.shared.cli.DaksCommand;
import de.daks.territory.Kommune;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code daks profile --area <key> --pdf <file> [--docx <file>] [--lang de|en]}: writes the Kommunalprofil of the
 * Kommune whose territory the area is as a tagged PDF and/or DOCX; for an area that is no Kommune's, the data
 * sections only.
 */
@Component
class ProfileCommand implements DaksCommand {

	static final Set<String> OPTIONS = Set.of("area", "pdf", "docx", "lang");

	private final ProfileReports reports;

	private final ProfileDocuments documents;

	private final Environment environment;

	ProfileCommand(ProfileReports reports, ProfileDocuments documents, Environment environment) {
		this.reports = reports;
		this.documents = documents;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "profile";
	}

	@Override
	public String usage() {
		return "--area <key> --pdf <file> [--docx <file>] [--lang de|en]  write the Kommunalprofil as PDF/DOCX";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws IOException {
		CommandArguments options;
		try {
			options = CommandArguments.parse(arguments, OPTIONS, environment);
		}
		catch (IllegalArgumentException ex) {
			out.println("daks profile: " + ex.getMessage());
			out.println("Usage: daks profile " + usage());
			return 2;
		}
		String area = options.get("area");
		String pdf = options.get("pdf");
		String docx = options.get("docx");
		String lang = options.get("lang") == null ? "de" : options.get("lang");
		if (area == null || (pdf == null && docx == null) || !(lang.equals("de") || lang.equals("en"))) {
			out.println("Usage: daks profile " + usage());
			return 2;
		}
		Locale locale = Locale.forLanguageTag(lang);
		Optional<Kommune> kommune = reports.kommuneOf(area);
		ProfileReport report = kommune.isPresent() ? reports.forKommune(kommune.get().id(), locale)
				: reports.forArea(area, locale);
		out.println(kommune.map(k -> "Kommunalprofil of " + k.name() + " (" + area + ")")
			.orElse("Data sections of area " + area + " (" + report.areaName() + "; no Kommune has this area)"));
		if (!report.hasData()) {
			out.println("warning: no population data stored for " + area);
		}
		if (pdf != null) {
			write(Path.of(pdf), documents.pdf(report, locale), out);
		}
		if (docx != null) {
			write(Path.of(docx), documents.docx(report, locale), out);
		}
		return 0;
	}

	private static void write(Path file, byte[] content, PrintStream out) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(file, content);
		out.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", file, content.length);
	}
}
