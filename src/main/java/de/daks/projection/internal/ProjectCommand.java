package de.daks.projection.internal;

import de.daks.projection.ProjectionMethods;
import de.daks.projection.ProjectionRun;
import de.daks.projection.StockSeries;
import de.daks.projection.engine.CohortComponent;
import de.daks.projection.engine.Projection;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.shared.cli.DaksCommand;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code daks project}: a projection of an area from a canonical population file, or of fully explicit inputs from a
 * scenario file; writes canonical CSV ({@code p10}/{@code p90} columns for the 80 % interval of observed-data runs).
 */
@Component
class ProjectCommand implements DaksCommand {

	private static final Set<String> OPTIONS = Set.of("population", "area", "base-year", "horizon", "method",
			"history-years", "scenario", "out");

	@Override
	public String name() {
		return "project";
	}

	@Override
	public String usage() {
		return "--population <canonical.csv> --area <key> --base-year <YYYY> --horizon <years> "
				+ "--method cohort-component|hamilton-perry [--history-years <n>] [--scenario <file.json>] --out <file.csv>"
				+ " | --scenario <file.json> --out <file.csv>";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws IOException {
		Options options;
		try {
			options = Options.parse(arguments, OPTIONS);
			if (!options.has("out")) {
				throw new IllegalArgumentException("--out is required");
			}
		}
		catch (IllegalArgumentException ex) {
			out.println("daks project: " + ex.getMessage());
			out.println("Usage: daks project " + usage());
			return 2;
		}
		try {
			if (!options.has("population")) {
				if (!options.has("scenario")) {
					out.println("daks project: --population or --scenario is required");
					return 2;
				}
				return explicit(options, out);
			}
			return observed(options, out);
		}
		catch (IllegalArgumentException ex) {
			out.println("daks project: " + ex.getMessage());
			return 1;
		}
	}

	private int explicit(Options options, PrintStream out) throws IOException {
		ScenarioFile.Explicit s = ScenarioFile.read(Path.of(options.required("scenario"))).explicit();
		Projection p = CohortComponent.project(s.population(), s.steps(), s.assumptions());
		Path file = Path.of(options.required("out"));
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CanonicalCsv.Writer csv = CanonicalCsv.open(w, false)) {
			for (int t = 1; t <= p.steps(); t++) {
				LocalDate date = s.baseDate().plusYears((long) t * s.step());
				double[][] counts = p.populations()[t];
				for (int sex = 0; sex < counts.length; sex++) {
					for (int g = 0; g < counts[sex].length; g++) {
						csv.write(Observation.population("scenario", date, sex == 0 ? Sex.FEMALE : Sex.MALE,
								band(g, s.step(), counts[sex].length), counts[sex][g]));
					}
				}
			}
		}
		out.printf("%d steps of %d year(s) written to %s (total %s → %s)%n", p.steps(), s.step(), file,
				CanonicalCsv.format(Math.rint(p.total(0))), CanonicalCsv.format(Math.rint(p.total(p.steps()))));
		return 0;
	}

	private int observed(Options options, PrintStream out) throws IOException {
		String area = options.required("area");
		int baseYear = options.integer("base-year", -1);
		int horizon = options.integer("horizon", -1);
		if (baseYear < 1800 || horizon < 1 || horizon > 100) {
			throw new IllegalArgumentException("--base-year (YYYY) and --horizon (1–100 years) are required");
		}
		String method = options.required("method");
		ProjectionMethods.Settings settings = options.has("scenario")
				? ScenarioFile.read(Path.of(options.required("scenario"))).settings() : ProjectionMethods.Settings.DEFAULT;
		Path input = Path.of(options.required("population"));
		CanonicalCsv.Result read;
		try (Reader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
			read = CanonicalCsv.read(r);
		}
		if (read.hasErrors()) {
			for (ParseProblem p : read.problems().stream().filter(ParseProblem::error).limit(20).toList()) {
				out.printf("%s line %d column %s: %s %s%n", input, p.line(), p.column(), p.code(), p.detail());
			}
			return 1;
		}
		StockSeries series = StockSeries.of(read.observations(), area);
		int width = series.width();
		if (horizon % width != 0) {
			throw new IllegalArgumentException("--horizon must be a multiple of the age-group width " + width);
		}
		int history = options.integer("history-years", 5);
		if (width == 5 && history % 5 != 0) {
			throw new IllegalArgumentException("--history-years must be a multiple of 5 for five-year groups");
		}
		ProjectionRun run = switch (method) {
			case "cohort-component" -> ProjectionMethods.cohortComponent(series, baseYear, horizon, history, settings);
			case "hamilton-perry" -> ProjectionMethods.hamiltonPerry(series, baseYear, horizon, history, settings);
			default -> throw new IllegalArgumentException("--method must be cohort-component or hamilton-perry, is '"
					+ method + "'");
		};
		Path file = Path.of(options.required("out"));
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CanonicalCsv.Writer csv = CanonicalCsv.open(w, false, "p10", "p90")) {
			for (int t = 1; t < run.dates().size(); t++) {
				for (int sex = 0; sex < 2; sex++) {
					for (int g = 0; g < run.point()[t][sex].length; g++) {
						csv.write(Observation.population(area, run.dates().get(t), sex == 0 ? Sex.FEMALE : Sex.MALE,
								band(g, width, run.point()[t][sex].length), run.point()[t][sex][g]),
								run.p10()[t][sex][g], run.p90()[t][sex][g]);
					}
				}
			}
		}
		for (String note : run.notes()) {
			out.println("  " + note);
		}
		int last = run.dates().size() - 1;
		out.printf("%s %s: %s on %s → %s on %s, written to %s%n", area, method, CanonicalCsv.format(Math.rint(run.total(0))),
				run.dates().get(0), CanonicalCsv.format(Math.rint(run.total(last))), run.dates().get(last), file);
		return 0;
	}

	private static AgeBand band(int group, int width, int groups) {
		return group == groups - 1 ? AgeBand.openFrom(group * width) : AgeBand.of(group * width, (group + 1) * width);
	}
}
