package de.daks.profile.report;

import de.daks.profile.ProfileReport;
import de.daks.profile.ProfileReports;
import de.daks.shared.cli.DaksCommand;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code daks bench profile [--runs n] [--area <key>]}: renders the Kommunalprofil PDF of a demo Kommune (the first
 * synthetic Kommune with population data, or the Kommune of the area) {@code n} times end to end – report assembly
 * from the database, layout, PDF – and prints the first (cold) run and the median and 90th percentile of the others
 * (warm) in milliseconds.
 */
@Component
class ProfileBenchCommand implements DaksCommand {

	static final Set<String> OPTIONS = Set.of("runs", "area");

	private final ProfileReports reports;

	private final ProfileDocuments documents;

	private final KommuneManagement kommunen;

	private final Environment environment;

	ProfileBenchCommand(ProfileReports reports, ProfileDocuments documents, KommuneManagement kommunen,
			Environment environment) {
		this.reports = reports;
		this.documents = documents;
		this.kommunen = kommunen;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "bench profile";
	}

	@Override
	public String usage() {
		return "[--runs n] [--area <key>]  time the Kommunalprofil PDF of a demo Kommune (cold, warm median/p90 ms)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandArguments options;
		int runs;
		try {
			options = CommandArguments.parse(arguments, OPTIONS, environment);
			runs = options.integer("runs", 10);
		}
		catch (IllegalArgumentException ex) {
			out.println("daks bench profile: " + ex.getMessage());
			return 2;
		}
		if (runs < 2) {
			out.println("daks bench profile: --runs must be at least 2 (one cold, the others warm)");
			return 2;
		}
		String area = options.get("area");
		Optional<Kommune> kommune = area != null ? reports.kommuneOf(area) : demoKommune();
		if (kommune.isEmpty()) {
			out.println("daks bench profile: " + (area != null ? "no Kommune has the area " + area
					: "no demo Kommune with population data – start DAKS once with the demo content "
							+ "(./mvnw spring-boot:run), or run with --daks.demo.enabled=true, or pass --area <key>"));
			return 1;
		}
		Locale locale = Locale.GERMAN;
		double[] millis = new double[runs];
		long bytes = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			ProfileReport report = reports.forKommune(kommune.get().id(), locale);
			long assembled = System.nanoTime();
			bytes = documents.pdf(report, locale).length;
			long end = System.nanoTime();
			millis[i] = (end - start) / 1e6;
			out.printf(Locale.ROOT, "run %d: %.0f ms (report from the database %.0f ms, layout and PDF %.0f ms)%n",
					i + 1, millis[i], (assembled - start) / 1e6, (end - assembled) / 1e6);
		}
		double[] warm = Arrays.copyOfRange(millis, 1, runs);
		Arrays.sort(warm);
		out.printf(Locale.ROOT, "Kommunalprofil PDF of %s (%,d bytes): cold %.0f ms, warm median %.0f ms, p90 %.0f ms "
				+ "(%d warm runs)%n", kommune.get().name(), bytes, millis[0], percentile(warm, 0.5),
				percentile(warm, 0.9), warm.length);
		return 0;
	}

	/** The p-quantile of sorted values, nearest rank. */
	static double percentile(double[] sorted, double p) {
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private Optional<Kommune> demoKommune() {
		return kommunen.findAll().stream()
			.filter(Kommune::synthetic)
			.filter(k -> reports.forKommune(k.id(), Locale.GERMAN).hasData())
			.findFirst();
	}
}
