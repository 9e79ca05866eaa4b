package de.daks.statistics.internal;

import de.daks.statistics.ImportProgress;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.ParseProblem;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.parse.ParseOptions;
import de.daks.statistics.parse.QuarterMapping;
import de.daks.statistics.parse.StatisticsParsers;
import de.daks.shared.cli.DaksCommand;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code daks import <file> [--format …] [--accept-warnings] [--area <key>] [--date <YYYY-MM-DD>]
 * [--mapping <preset>]}: imports a statistics file programme-wide, printing progress and the problem report.
 */
@Component
class ImportStatisticsCommand implements DaksCommand {

	private final StatisticsImports imports;

	private final ObjectProvider<ApplicationArguments> application;

	ImportStatisticsCommand(StatisticsImports imports, ObjectProvider<ApplicationArguments> application) {
		this.imports = imports;
		this.application = application;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "<file> [--format classic|ffcsv|register|quarters|canonical|kreise-json] [--accept-warnings] "
				+ "[--area <key>] [--date <YYYY-MM-DD>] [--mapping koeln|berlin-t2|luebeck|yearly-events]  "
				+ "import statistics";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws Exception {
		CommandOptions options = CommandOptions.parse(name(), arguments, application.getIfAvailable(),
				Set.of("accept-warnings"), Set.of("format", "area", "date", "mapping"));
		if (options.positional().size() != 1 || !options.unknown().isEmpty()) {
			out.println("Usage: daks import " + usage());
			return 2;
		}
		FileFormat format = null;
		LocalDate date = null;
		QuarterMapping mapping = null;
		try {
			if (options.value("format") != null) {
				format = FileFormat.ofCode(options.value("format"));
			}
			if (options.value("date") != null) {
				date = LocalDate.parse(options.value("date"));
			}
			if (options.value("mapping") != null) {
				mapping = QuarterMapping.preset(options.value("mapping"));
				if (mapping == null) {
					throw new IllegalArgumentException("unknown mapping " + options.value("mapping"));
				}
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			out.println(ex.getMessage());
			return 2;
		}
		Path file = Path.of(options.positional().get(0));
		if (!Files.isReadable(file)) {
			out.println("Cannot read " + file);
			return 1;
		}
		if (Files.size(file) > StatisticsParsers.MAX_BYTES) {
			out.println(file + " is larger than " + StatisticsParsers.MAX_BYTES / 1024 / 1024 + " MB");
			return 1;
		}
		ImportRequest request = new ImportRequest(file.getFileName().toString(), Files.readAllBytes(file), format,
				new ParseOptions(options.value("area"), date, mapping), options.flag("accept-warnings"), null, null,
				null);
		ImportResult result = imports.importFile(request, progress(out));
		print(result, file, out);
		return result.success() ? 0 : 1;
	}

	/**
	 * Progress lines: the values parsed, then the values stored with the percentage, every 10 % (a file is stored in
	 * chunks, so small files show only the start and the end).
	 */
	static ImportProgress progress(PrintStream out) {
		long[] lastPercent = { -1 };
		return (done, total, message) -> {
			switch (message) {
				case "reading" -> out.println("  reading …");
				case "parsed" -> out.printf("  parsed %d values%n", total);
				case "writing", "done" -> {
					long percent = total == 0 ? 100 : done * 100 / total;
					if (percent / 10 != lastPercent[0] / 10 || done == 0) {
						out.printf("  stored %d/%d values (%d %%)%n", done, total, percent);
						lastPercent[0] = percent;
					}
				}
				default -> out.printf("  %s %d/%d%n", message, done, total);
			}
		};
	}

	static void print(ImportResult result, Path file, PrintStream out) {
		for (ParseProblem problem : result.problems()) {
			out.println("  " + problem.describe());
		}
		switch (result.status()) {
			case IMPORTED -> out.printf("Imported %s as %s: %d values in %d ms, dataset %s%n", file,
					result.format() == null ? "?" : result.format().code(), result.rows(), result.elapsed().toMillis(),
					result.dataset());
			case UNCHANGED -> out.printf("Unchanged: %s was imported before (dataset %s, %d values); nothing written%n",
					file, result.dataset(), result.rows());
			case REFUSED -> out.printf("Refused: %s has %d errors; nothing written%n", file,
					result.problems().stream().filter(ParseProblem::error).count());
			case NEEDS_ACCEPTANCE -> out.printf(
					"Not imported: %s has %d warnings; check them and run again with --accept-warnings%n", file,
					result.problems().size());
		}
	}
}
