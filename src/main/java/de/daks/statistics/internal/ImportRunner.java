package de.daks.statistics.internal;

import de.daks.shared.audit.AuditLog;
import de.daks.statistics.DatasetId;
import de.daks.statistics.DatasetInfo;
import de.daks.statistics.ImportProgress;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import de.daks.statistics.StatisticsImported;
import de.daks.statistics.parse.ParsedFile;
import de.daks.statistics.parse.StatisticsParsers;
import de.daks.shared.KommuneId;
import de.daks.territory.Area;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.territory.TerritoryManagement;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one file: parse, validate against the territory, refuse on errors, wait for acceptance of warnings, then
 * write dataset and observations in one transaction. A file whose SHA-256 is already stored is "unchanged". Checks
 * no permission: callers do (the service before it runs, the job handler relies on the check at submission).
 */
@Component
public class ImportRunner {

	/** Listed one by one; further unknown keys are summed up in one warning. */
	static final int MAX_UNKNOWN_LISTED = 20;

	private final StatisticsRepository repository;

	private final TerritoryManagement territory;

	private final KommuneManagement kommunen;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final boolean useCopy;

	ImportRunner(StatisticsRepository repository, TerritoryManagement territory, KommuneManagement kommunen,
			AuditLog audit,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${daks.statistics.copy:true}") boolean useCopy) {
		this.repository = repository;
		this.territory = territory;
		this.kommunen = kommunen;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.useCopy = useCopy;
	}

	/**
	 * Parses and validates without writing anything (the problem report before an import). A Kommune's import may
	 * hold only areas of that Kommune (its own areas, the Gemeinden below them and its quarters).
	 */
	public ParsedFile check(ImportRequest request) {
		ParsedFile parsed = StatisticsParsers.parse(request.fileName(), request.content(), request.format(),
				request.options());
		if (parsed.observations().isEmpty() && !parsed.hasErrors()) {
			parsed = parsed.withProblems(List.of(ParseProblem.error(0, "", "no-values", "the file holds no values")));
		}
		if (request.kommune() != null) {
			parsed = parsed.withProblems(outsideKommune(parsed, request.kommune()));
		}
		return parsed.withProblems(unknownAreas(parsed));
	}

	/** Errors for the areas of a file that are not the Kommune's (each with the line it first appears in). */
	List<ParseProblem> outsideKommune(ParsedFile parsed, KommuneId kommuneId) {
		Kommune kommune = kommunen.find(kommuneId).orElse(null);
		List<String> own = kommune == null ? List.of() : kommune.areaKeys();
		Set<String> ownAgs = new HashSet<>();
		for (String key : own) {
			if (key.matches("\\d{12}")) {
				ownAgs.add(key.substring(0, 5) + key.substring(9));
			}
			else if (key.matches("\\d{9}")) {
				// the Gemeinden of a Gemeindeverband: their AGS do not show the Verband
				territory.children(key).stream().map(Area::ags).filter(java.util.Objects::nonNull)
					.forEach(ownAgs::add);
			}
		}
		List<ParseProblem> problems = new ArrayList<>();
		new TreeMap<>(parsed.areaLines()).forEach((area, line) -> {
			if (!belongsTo(area, own, ownAgs) && problems.size() < MAX_UNKNOWN_LISTED) {
				problems.add(ParseProblem.error(line, "", "outside-kommune", area));
			}
		});
		return problems;
	}

	/**
	 * Whether an area key of a file belongs to areas given by their keys: the key itself or below it (an ARS prefix,
	 * a quarter {@code <key>-Q-…}), or one of the AGS of them.
	 */
	static boolean belongsTo(String area, List<String> keys, Set<String> ags) {
		for (String key : keys) {
			if (area.equals(key) || (!key.equals("DG") && area.startsWith(key))) {
				return true;
			}
		}
		return ags.contains(area);
	}

	public ImportResult run(ImportRequest request, String actor, ImportProgress progress) {
		long start = System.nanoTime();
		String sha256 = sha256(request.content());
		Optional<DatasetInfo> existing = repository.findBySha256(sha256);
		if (existing.isPresent()) {
			return new ImportResult(ImportResult.Status.UNCHANGED, null, existing.get().id(),
					existing.get().rowCount(), List.of(), elapsed(start));
		}
		progress.update(0, 0, "reading");
		ParsedFile parsed = check(request);
		progress.update(parsed.observations().size(), parsed.observations().size(), "parsed");
		if (parsed.hasErrors()) {
			return new ImportResult(ImportResult.Status.REFUSED, parsed.format(), null, 0, parsed.problems(),
					elapsed(start));
		}
		if (!parsed.warnings().isEmpty() && !request.acceptWarnings()) {
			return new ImportResult(ImportResult.Status.NEEDS_ACCEPTANCE, parsed.format(), null, 0, parsed.problems(),
					elapsed(start));
		}
		List<Observation> observations = parsed.observations();
		TreeSet<LocalDate> dates = new TreeSet<>(parsed.dates());
		ParsedFile.Metadata meta = parsed.metadata();
		DatasetInfo dataset = new DatasetInfo(DatasetId.random(), request.fileName(), sha256, parsed.format().code(),
				meta.tableCode(), meta.title(), dates.isEmpty() ? null : dates.first(),
				dates.isEmpty() ? null : dates.last(), meta.gebietsstand(),
				meta.licence() != null ? meta.licence() : request.licence(),
				meta.attribution() != null ? meta.attribution() : request.attribution(), request.kommune(), actor,
				clock.instant(), observations.size(), parsed.warnings().stream().map(ParseProblem::describe).toList());
		progress.update(0, observations.size(), "writing");
		try {
			transaction.executeWithoutResult(status -> {
				repository.insertDataset(dataset);
				repository.insertObservations(dataset.id(), observations, useCopy,
						done -> progress.update(done, observations.size(), "writing"));
				audit.record("statistics.imported", "StatisticsDataset", dataset.id().toString(), request.kommune(),
						request.fileName() + " (" + parsed.format().code() + ", " + observations.size() + " values, "
								+ parsed.warnings().size() + " warnings accepted, by " + actor + ")");
				events.publishEvent(new StatisticsImported(dataset.id(), request.kommune(),
						parsed.areaLines().keySet(), dates, observations.size()));
			});
		}
		catch (DuplicateKeyException ex) {
			// the same file was imported at the same moment by someone else
			DatasetInfo other = repository.findBySha256(sha256).orElseThrow(() -> ex);
			return new ImportResult(ImportResult.Status.UNCHANGED, parsed.format(), other.id(), other.rowCount(),
					List.of(), elapsed(start));
		}
		progress.update(observations.size(), observations.size(), "done");
		return new ImportResult(ImportResult.Status.IMPORTED, parsed.format(), dataset.id(), observations.size(),
				parsed.problems(), elapsed(start));
	}

	public List<DatasetInfo> datasets(de.daks.shared.@Nullable KommuneId kommune, int limit) {
		return repository.datasets(kommune, limit);
	}

	public Optional<DatasetInfo> find(DatasetId id) {
		return repository.find(id);
	}

	/** The observations of a dataset (for its summary). */
	public void forEachObservation(DatasetId id, java.util.function.Consumer<Observation> consumer) {
		repository.forEach(id, consumer);
	}

	/** The dataset of a file with this SHA-256, if it was imported. */
	public Optional<DatasetInfo> findBySha256(String sha256) {
		return repository.findBySha256(sha256);
	}

	/** Writes a dataset as canonical CSV (with the measure column). */
	public void export(DatasetId id, java.io.Writer out) {
		try (de.daks.statistics.CanonicalCsv.Writer writer = de.daks.statistics.CanonicalCsv.open(out, true)) {
			repository.forEach(id, writer::write);
		}
	}

	/** Warnings for area keys the territory does not know (with the line each first appears in). */
	List<ParseProblem> unknownAreas(ParsedFile parsed) {
		Map<String, Integer> areas = parsed.areaLines();
		if (areas.isEmpty()) {
			return List.of();
		}
		Set<String> known = new HashSet<>();
		known.add("DG");
		List<String> keys = areas.keySet().stream().filter(k -> !k.equals("DG")).toList();
		for (int i = 0; i < keys.size(); i += 500) {
			territory.findAll(keys.subList(i, Math.min(keys.size(), i + 500))).forEach(a -> known.add(a.key()));
		}
		TreeMap<Integer, String> unknown = new TreeMap<>();
		for (String key : keys) {
			if (known.contains(key)) {
				continue;
			}
			if (key.matches("\\d{8}") && knownAgs(key)) {
				continue;
			}
			unknown.put(areas.get(key) * 1000 + unknown.size() % 1000, key);
		}
		List<ParseProblem> problems = new ArrayList<>();
		for (Map.Entry<Integer, String> entry : unknown.entrySet()) {
			if (problems.size() == MAX_UNKNOWN_LISTED) {
				problems.add(ParseProblem.warning(entry.getKey() / 1000, "", "unknown-areas-more",
						(unknown.size() - MAX_UNKNOWN_LISTED) + ""));
				break;
			}
			problems.add(ParseProblem.warning(entry.getKey() / 1000, "", "unknown-area", entry.getValue()));
		}
		return problems;
	}

	private boolean knownAgs(String ags) {
		for (Area area : territory.search(ags, 5)) {
			if (ags.equals(area.ags())) {
				return true;
			}
		}
		return false;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
