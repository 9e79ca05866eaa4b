package de.daks.territory.internal;

import de.daks.territory.ImportProblem;
import de.daks.territory.ImportReport;
import java.io.PrintStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Prints an import report on the command line, in English (the problem texts come from the message bundle). */
@Component
class ImportReportPrinter {

	private final MessageSource messages;

	ImportReportPrinter(MessageSource messages) {
		this.messages = messages;
	}

	void print(ImportReport report, PrintStream out) {
		String seconds = String.format(Locale.ROOT, "%.2f s", report.duration().toMillis() / 1000.0);
		if (report.success()) {
			out.println((report.unchanged() ? "Unchanged (imported before): " : "Imported ") + report.fileName()
					+ (report.gebietsstand() == null ? "" : ", Gebietsstand " + report.gebietsstand()));
			report.counts().forEach((level, count) -> out.printf(Locale.ROOT, "  %-18s %,7d%n", level, count));
			if (report.skipped() > 0) {
				out.printf(Locale.ROOT, "  %-18s %,7d%n", "skipped", report.skipped());
			}
			if (report.warningCount() > 0) {
				out.println(report.warningCount() + " warnings:");
				report.warnings().forEach(w -> out.println("  " + describe(report, w)));
			}
			out.println("Elapsed: " + seconds);
		}
		else {
			out.println("Rejected " + report.fileName() + ": " + report.errorCount()
					+ " errors, nothing was stored. Elapsed: " + seconds);
			report.errors().forEach(e -> out.println("  " + describe(report, e)));
			if (report.errorCount() > report.errors().size()) {
				out.println("  … and " + (report.errorCount() - report.errors().size()) + " more");
			}
		}
	}

	private String describe(ImportReport report, ImportProblem problem) {
		String text = messages.getMessage("territory.problem." + problem.code(),
				new Object[] { problem.field(), problem.detail() }, problem.code(), Locale.ENGLISH);
		return (report.isLineBased() ? "line " : "feature ") + problem.position() + ", " + problem.field() + ": "
				+ text;
	}
}
