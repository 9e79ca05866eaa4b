package de.daks.statistics.internal;

import de.daks.shared.cli.DaksCommand;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.ImportProgress;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.parse.ParseOptions;
import de.daks.statistics.parse.ParsedFile;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code daks bench import [--file <csv>] [--runs <n>]} (PostgreSQL): imports a statistics file end to end (read,
 * parse, check against the territory, write with the import's COPY, commit) and, in the same run, loads the same rows as
 * canonical CSV with a plain {@code COPY … FROM STDIN} into a table like {@code statistics_observation} (same columns
 * and indexes); prints rows per second of both and their ratio, median of {@code n} runs after one untimed run. Each
 * run imports the file with its own number of trailing line breaks appended (same values, new SHA-256, so the
 * idempotency check does not skip it, and a dataset already imported from the file stays untouched) and deletes the
 * dataset it made; the COPY table is emptied between runs and dropped at the end.
 */
@Component
class ImportBenchCommand implements DaksCommand {

	static final String DEFAULT_FILE = "genesis/untergeekDE-scrape-covid19/12411-04-02-4.csv";

	private static final String TABLE = "statistics_bench_copy";

	private final StatisticsImports imports;

	private final StatisticsRepository repository;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ObjectProvider<ApplicationArguments> application;

	private final Path sharedData;

	ImportBenchCommand(StatisticsImports imports, StatisticsRepository repository, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, ObjectProvider<ApplicationArguments> application,
			@Value("${daks.demo.shared-data:../shared/data}") String sharedData) {
		this.imports = imports;
		this.repository = repository;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.application = application;
		this.sharedData = Path.of(sharedData);
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String subcommand() {
		return "import";
	}

	@Override
	public String usage() {
		return "import [--file <csv>] [--runs <n>]  time a statistics import against PostgreSQL COPY (rows per "
				+ "second, needs --spring.profiles.active=postgres)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws Exception {
		CommandOptions options = CommandOptions.parse(name(), arguments, application.getIfAvailable(), Set.of(),
				Set.of("file", "runs"));
		if (options.positional().size() != 1 || !"import".equals(options.positional().get(0))
				|| !options.unknown().isEmpty()) {
			out.println("Usage: daks bench " + usage());
			return 2;
		}
		int runs;
		try {
			runs = Integer.parseInt(options.value("runs") == null ? "5" : options.value("runs"));
		}
		catch (NumberFormatException ex) {
			runs = 0;
		}
		if (runs < 1) {
			out.println("daks bench import: --runs must be a positive number");
			return 2;
		}
		if (!repository.isPostgres()) {
			out.println("daks bench import: needs PostgreSQL (COPY is the baseline); run with "
					+ "--spring.profiles.active=postgres and DAKS_DB_URL");
			return 2;
		}
		Path file = options.value("file") != null ? Path.of(options.value("file")) : sharedData.resolve(DEFAULT_FILE);
		byte[] content = Files.readAllBytes(file);
		String name = file.getFileName().toString();
		ImportRequest request = new ImportRequest(name, content, null, ParseOptions.NONE, true, null, null, null);
		ParsedFile parsed = imports.check(request);
		if (parsed.hasErrors()) {
			out.println("daks bench import: " + name + " has errors: " + parsed.errors().get(0).describe());
			return 1;
		}
		String canonical = canonical(parsed.observations());
		int rows = parsed.observations().size();
		out.printf(Locale.ROOT, "%s: %,d bytes, %,d rows (%s); canonical CSV %,d bytes%n", name, content.length, rows,
				parsed.format().code(), canonical.length());
		createCopyTable();
		double[] importRates = new double[runs];
		double[] copyRates = new double[runs];
		try {
			for (int run = 0; run <= runs; run++) {
				double importSeconds = timeImport(request, run + 1, rows);
				double copySeconds = timeCopy(canonical, rows);
				String label = run == 0 ? "warm-up" : "run " + run;
				out.printf(Locale.ROOT, "%-8s import %.3f s = %,.0f rows/s | COPY %.3f s = %,.0f rows/s | ratio %.2f%n",
						label, importSeconds, rows / importSeconds, copySeconds, rows / copySeconds,
						copySeconds / importSeconds);
				if (run > 0) {
					importRates[run - 1] = rows / importSeconds;
					copyRates[run - 1] = rows / copySeconds;
				}
			}
		}
		finally {
			jdbc.execute("drop table if exists " + TABLE);
		}
		double importMedian = median(importRates);
		double copyMedian = median(copyRates);
		out.printf(Locale.ROOT, "median of %d runs: import %,.0f rows/s, COPY %,.0f rows/s, ratio %.2f (import/COPY)%n",
				runs, importMedian, copyMedian, importMedian / copyMedian);
		return 0;
	}

	/** One end-to-end import of the file (made unique by {@code n} trailing line breaks), then its deletion. */
	private double timeImport(ImportRequest request, int n, int rows) {
		byte[] content = Arrays.copyOf(request.content(), request.content().length + n);
		Arrays.fill(content, request.content().length, content.length, (byte) '\n');
		ImportRequest unique = new ImportRequest(request.fileName(), content, request.format(), request.options(), true,
				null, null, null);
		long start = System.nanoTime();
		ImportResult result = imports.importFile(unique, ImportProgress.none());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (result.status() != ImportResult.Status.IMPORTED || result.rows() != rows) {
			throw new IllegalStateException("import did not write the file: " + result.status() + ", "
					+ result.rows() + " rows");
		}
		repository.deleteDataset(result.dataset());
		return seconds;
	}

	/** COPY of the canonical CSV into the comparable table, committed, then the table emptied. */
	private double timeCopy(String canonical, int rows) {
		long start = System.nanoTime();
		Long copied = transaction.execute(status -> repository.copy(canonical,
				"copy " + TABLE + " (area, ref_date, sex, age_from, age_to, val) from stdin with (format csv, header true)"));
		double seconds = (System.nanoTime() - start) / 1e9;
		if (copied == null || copied != rows) {
			throw new IllegalStateException("COPY wrote " + copied + " rows, expected " + rows);
		}
		jdbc.execute("truncate " + TABLE);
		return seconds;
	}

	/** A table like statistics_observation (columns, defaults, indexes) whose dataset and measure are defaults. */
	private void createCopyTable() {
		jdbc.execute("drop table if exists " + TABLE);
		jdbc.execute("create table " + TABLE + " (like statistics_observation including all)");
		jdbc.execute("alter table " + TABLE + " alter column dataset_id set default '"
				+ java.util.UUID.randomUUID() + "'");
		jdbc.execute("alter table " + TABLE + " alter column measure set default 'population'");
	}

	private static String canonical(List<Observation> observations) {
		StringWriter out = new StringWriter(observations.size() * 40);
		try (CanonicalCsv.Writer writer = CanonicalCsv.open(out, false)) {
			observations.forEach(writer::write);
		}
		return out.toString();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
