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
 * parse, check against the territory, write with the import's COPY, commit) and, in the same run, loads the same rows
 * as canonical CSV with a plain {@code COPY … FROM STDIN} into a table defined like {@code statistics_observation}
 * (same columns, indexes and foreign key to {@code statistics_dataset}); prints rows per second of both and their
 * ratio, median of {@code n} runs after one untimed run. For comparison it also times the COPY into the same table
 * without the foreign key. Each run imports the file with its own number of trailing line breaks appended (same
 * values, new SHA-256, so the idempotency check does not skip it, and a dataset already imported from the file stays
 * untouched) and deletes the dataset it made; the COPY tables are emptied between runs and dropped at the end.
 */
@Component
class ImportBenchCommand implements DaksCommand {

	static final String DEFAULT_FILE = "genesis/untergeekDE-scrape-covid19/12411-04-02-4.csv";

	private static final String TABLE = "statistics_bench_copy";

	private static final String TABLE_WITHOUT_FK = "statistics_bench_copy_nofk";

	/** The dataset the rows of the COPY tables belong to (a row of statistics_dataset for the foreign key). */
	private static final java.util.UUID BENCH_DATASET = java.util.UUID.fromString("00000000-0000-0000-0000-00000000b0c0");

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
		return "bench import";
	}

	@Override
	public String usage() {
		return "[--file <csv>] [--runs <n>]  time a statistics import against PostgreSQL COPY (rows per "
				+ "second, needs --spring.profiles.active=postgres)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws Exception {
		CommandOptions options = CommandOptions.parse("import", arguments, application.getIfAvailable(), Set.of(),
				Set.of("file", "runs"));
		if (!options.positional().isEmpty() || !options.unknown().isEmpty()) {
			out.println("Usage: daks bench import " + usage());
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
		createCopyTables();
		double[] importRates = new double[runs];
		double[] copyRates = new double[runs];
		double[] plainRates = new double[runs];
		try {
			for (int run = 0; run <= runs; run++) {
				double importSeconds = timeImport(request, run + 1, rows);
				double copySeconds = timeCopy(TABLE, canonical, rows);
				double plainSeconds = timeCopy(TABLE_WITHOUT_FK, canonical, rows);
				String label = run == 0 ? "warm-up" : "run " + run;
				out.printf(Locale.ROOT, "%-8s import %.3f s = %,.0f rows/s | COPY %.3f s = %,.0f rows/s | ratio %.2f"
						+ " | COPY without foreign key %.3f s = %,.0f rows/s%n", label, importSeconds,
						rows / importSeconds, copySeconds, rows / copySeconds, copySeconds / importSeconds,
						plainSeconds, rows / plainSeconds);
				if (run > 0) {
					importRates[run - 1] = rows / importSeconds;
					copyRates[run - 1] = rows / copySeconds;
					plainRates[run - 1] = rows / plainSeconds;
				}
			}
		}
		finally {
			dropCopyTables();
		}
		double importMedian = median(importRates);
		double copyMedian = median(copyRates);
		double plainMedian = median(plainRates);
		out.printf(Locale.ROOT, "median of %d runs: import %,.0f rows/s, COPY %,.0f rows/s, ratio %.2f (import/COPY);"
				+ " COPY without foreign key %,.0f rows/s, ratio %.2f%n", runs, importMedian, copyMedian,
				importMedian / copyMedian, plainMedian, importMedian / plainMedian);
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
		// the deleted rows would otherwise linger as dead tuples in the table and its indexes for the next run
		jdbc.execute("vacuum statistics_observation");
		return seconds;
	}

	/** COPY of the canonical CSV into a comparable table, committed, then the table emptied. */
	private double timeCopy(String table, String canonical, int rows) {
		long start = System.nanoTime();
		Long copied = transaction.execute(status -> repository.copy(canonical, "copy " + table
				+ " (area, ref_date, sex, age_from, age_to, val) from stdin with (format csv, header true)"));
		double seconds = (System.nanoTime() - start) / 1e9;
		if (copied == null || copied != rows) {
			throw new IllegalStateException("COPY wrote " + copied + " rows, expected " + rows);
		}
		jdbc.execute("truncate " + table);
		return seconds;
	}

	/**
	 * Tables like statistics_observation (columns, defaults, indexes), one with its foreign key to a dataset row of
	 * the benchmark, one without; dataset and measure of the rows are column defaults.
	 */
	private void createCopyTables() {
		dropCopyTables();
		jdbc.update("insert into statistics_dataset (id, file_name, sha256, format, imported_by, imported_at, row_count)"
				+ " values (?, 'daks bench import', 'bench-import', 'canonical', 'bench', now(), 0)", BENCH_DATASET);
		for (String table : List.of(TABLE, TABLE_WITHOUT_FK)) {
			jdbc.execute("create table " + table + " (like statistics_observation including all)");
			jdbc.execute("alter table " + table + " alter column dataset_id set default '" + BENCH_DATASET + "'");
			jdbc.execute("alter table " + table + " alter column measure set default 'population'");
		}
		jdbc.execute("alter table " + TABLE + " add foreign key (dataset_id) references statistics_dataset (id)"
				+ " on delete cascade");
	}

	private void dropCopyTables() {
		jdbc.execute("drop table if exists " + TABLE);
		jdbc.execute("drop table if exists " + TABLE_WITHOUT_FK);
		jdbc.update("delete from statistics_dataset where id = ?", BENCH_DATASET);
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
