package de.daks.projection;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.indicators.IndicatorService;
import de.daks.projection.internal.ProjectionComputation;
import de.daks.projection.internal.ProjectionRepository;
import de.daks.projection.internal.ProjectionJobHandler;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.job.JobId;
import de.daks.shared.job.Jobs;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import de.daks.territory.Area;
import de.daks.territory.QuarterManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projection runs of a Kommune: derive and show the assumptions, start a run (a persisted job computes it, see
 * {@link ProjectionJobHandler}), read runs and results, reproduce a run from its stored inputs, and backtests. Starting
 * and reproducing need {@code KOMMUNE_EDIT}, reading {@code KOMMUNE_VIEW}.
 *
 * <p>A run projects the Kommune's area (the indicators' {@link IndicatorService#areaOf}) from its population by sex
 * and age of the base period (base year − history … base year, the last reference date of each year) and its births
 * and deaths; quarters of the Kommune with population by sex and age are projected too and raked to it.
 */
@Service
public class ProjectionService {

	/** Horizon limit of the product (the engine itself has none). */
	public static final int MAX_HORIZON = 30;

	public static final List<String> METHODS = List.of("cohort-component", "hamilton-perry");

	/**
	 * The named scenarios started side by side: factors on the chosen fertility and migration factors. Low: half the
	 * net migration and 10 % fewer births; high: 1.5 times the net migration and 10 % more births.
	 */
	public static final Map<String, double[]> SCENARIOS = scenarios();

	private final ProjectionRepository repository;

	private final StatisticsQueries statistics;

	private final IndicatorService indicators;

	private final QuarterManagement quarters;

	private final Authorization authorization;

	private final Jobs jobs;

	private final Clock clock;

	ProjectionService(ProjectionRepository repository, StatisticsQueries statistics, IndicatorService indicators,
			QuarterManagement quarters, Authorization authorization, Jobs jobs, Clock clock) {
		this.repository = repository;
		this.statistics = statistics;
		this.indicators = indicators;
		this.quarters = quarters;
		this.authorization = authorization;
		this.jobs = jobs;
		this.clock = clock;
	}

	private static Map<String, double[]> scenarios() {
		Map<String, double[]> s = new LinkedHashMap<>();
		s.put("low", new double[] { 0.9, 0.5 });
		s.put("middle", new double[] { 1, 1 });
		s.put("high", new double[] { 1.1, 1.5 });
		return java.util.Collections.unmodifiableMap(s);
	}

	// -------------------------------------------------------------------------------------------- what can be run

	/** The area a Kommune's projections use, if it is linked to one. Requires {@code KOMMUNE_VIEW}. */
	public Optional<String> areaOf(KommuneId kommune) {
		return indicators.areaOf(kommune);
	}

	/** The years with population data of the Kommune's area, ascending. Requires {@code KOMMUNE_VIEW}. */
	public List<Integer> years(KommuneId kommune) {
		return areaOf(kommune).map(a -> yearsOf(statistics.dates(a, Measure.POPULATION))).orElse(List.of());
	}

	private static List<Integer> yearsOf(List<LocalDate> dates) {
		return List.copyOf(new TreeSet<>(dates.stream().map(LocalDate::getYear).toList()));
	}

	/**
	 * The assumptions the cohort-component method derives for these parameters (shown and editable before a run).
	 *
	 * @throws ProjectionRequestException if the parameters do not fit the data
	 */
	public ProjectionMethods.DerivedAssumptions derivedAssumptions(KommuneId kommune, int baseYear, int historyYears,
			String timing) {
		authorization.require(Permission.KOMMUNE_VIEW, kommune);
		String area = requireArea(kommune);
		StockSeries series = checkedSeries(area, baseYear, historyYears, new ArrayList<>());
		try {
			return ProjectionMethods.derivedAssumptions(series, baseYear, historyYears,
					de.daks.projection.engine.Timing.ofCode(timing));
		}
		catch (IllegalArgumentException ex) {
			throw new ProjectionRequestException(
					List.of(new ProjectionRequestException.Problem("baseYear", "data", ex.getMessage())));
		}
	}

	// -------------------------------------------------------------------------------------------- start

	/**
	 * Validates the request against the Kommune's data, stores the run(s) and submits a job per run.
	 *
	 * @return the runs started (one, or low/middle/high side by side), the requested one first
	 * @throws ProjectionRequestException naming every field that is wrong; nothing is stored then
	 */
	@Transactional
	public List<UUID> start(KommuneId kommune, ProjectionRequest request) {
		authorization.require(Permission.KOMMUNE_EDIT, kommune);
		String area = requireArea(kommune);
		validate(area, request);
		UUID batch = UUID.randomUUID();
		List<UUID> ids = new ArrayList<>();
		if (request.sideBySide()) {
			for (Map.Entry<String, double[]> s : SCENARIOS.entrySet()) {
				ProjectionSettings settings = request.settings().withFactors(
						request.settings().fertilityFactor() * s.getValue()[0],
						request.settings().migrationFactor() * s.getValue()[1]);
				ids.add(submit(kommune, area, request, s.getKey(), settings, batch, null));
			}
			UUID middle = ids.remove(1);
			ids.add(0, middle);
		}
		else {
			ids.add(submit(kommune, area, request, request.scenario().strip(), request.settings(), batch, null));
		}
		return ids;
	}

	/** Runs a stored run again from its stored inputs and settings; the new run records which one it reproduces. */
	@Transactional
	public UUID reproduce(KommuneId kommune, UUID runId) {
		authorization.require(Permission.KOMMUNE_EDIT, kommune);
		ProjectionRunInfo original = get(kommune, runId);
		if (!original.succeeded()) {
			throw new IllegalArgumentException("only a finished run can be reproduced");
		}
		ProjectionRequest request = new ProjectionRequest(original.baseYear(), original.horizon(), original.method(),
				original.historyYears(), original.scenario(), false, original.settings());
		return submit(kommune, original.area(), request, original.scenario(), original.settings(), UUID.randomUUID(),
				original.id());
	}

	private UUID submit(KommuneId kommune, String area, ProjectionRequest request, String scenario,
			ProjectionSettings settings, UUID batch, @Nullable UUID reproduces) {
		UUID id = UUID.randomUUID();
		repository.insert(new ProjectionRunInfo(id, kommune, area, request.baseYear(), request.horizon(),
				request.method(), request.historyYears(), scenario, batch, settings, ProjectionRunInfo.Status.QUEUED,
				null, reproduces, List.of(), null, null, List.of(), null, currentActor(), clock.instant(), null));
		JobId job = jobs.submit(ProjectionJobHandler.KIND, id.toString(), kommune, currentActor());
		repository.attachJob(id, job);
		return id;
	}

	private void validate(String area, ProjectionRequest r) {
		List<ProjectionRequestException.Problem> problems = new ArrayList<>();
		if (r.horizon() < 1 || r.horizon() > MAX_HORIZON) {
			problems.add(problem("horizon", "horizon", r.horizon(), MAX_HORIZON));
		}
		if (!METHODS.contains(r.method())) {
			problems.add(problem("method", "method", r.method()));
		}
		if (r.historyYears() < 1 || r.historyYears() > 30) {
			problems.add(problem("historyYears", "history", r.historyYears()));
		}
		if (r.scenario().isBlank() && !r.sideBySide() || r.scenario().length() > 100) {
			problems.add(problem("scenario", "scenario"));
		}
		ProjectionSettings s = r.settings();
		if (!(s.fertilityFactor() >= 0 && s.fertilityFactor() <= 3)) {
			problems.add(problem("fertilityFactor", "fertility-factor", s.fertilityFactor()));
		}
		if (!(s.migrationFactor() >= -3 && s.migrationFactor() <= 3)) {
			problems.add(problem("migrationFactor", "migration-factor", s.migrationFactor()));
		}
		if (s.tfr() != null && !(s.tfr() >= 0.5 && s.tfr() <= 5)) {
			problems.add(problem("tfr", "tfr", s.tfr()));
		}
		if (s.e0Female() != null && !(s.e0Female() >= 40 && s.e0Female() <= 100)) {
			problems.add(problem("e0Female", "e0", s.e0Female()));
		}
		if (s.e0Male() != null && !(s.e0Male() >= 40 && s.e0Male() <= 100)) {
			problems.add(problem("e0Male", "e0", s.e0Male()));
		}
		if (s.netMigration() != null) {
			for (int g = 0; g < s.netMigration().size(); g++) {
				Double v = s.netMigration().get(g);
				if (v != null && !(Math.abs(v) <= 1_000_000)) {
					problems.add(problem("netMigration[" + g + "]", "net-migration", v));
				}
			}
		}
		if (s.edited() && "hamilton-perry".equals(r.method())) {
			problems.add(problem("method", "edited-needs-cohort-component"));
		}
		if (problems.isEmpty()) {
			StockSeries series = checkedSeries(area, r.baseYear(), r.historyYears(), problems);
			if (problems.isEmpty() && r.horizon() % series.width() != 0) {
				problems.add(problem("horizon", "horizon-width", series.width()));
			}
			if (problems.isEmpty()) {
				try {
					ProjectionComputation.project(series, new ProjectionComputation.Spec(area, r.baseYear(),
							series.width(), r.method(), r.historyYears(), s.withDraws(0)));
				}
				catch (IllegalArgumentException ex) {
					problems.add(problem("baseYear", "data", ex.getMessage()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ProjectionRequestException(problems);
		}
	}

	/** The area's series of the base period, or problems naming the field. */
	private StockSeries checkedSeries(String area, int baseYear, int historyYears,
			List<ProjectionRequestException.Problem> problems) {
		List<Integer> years = yearsOf(statistics.dates(area, Measure.POPULATION));
		if (!years.contains(baseYear)) {
			problems.add(problem("baseYear", "base-year", baseYear, area));
			throw new ProjectionRequestException(problems);
		}
		List<Observation> inputs = inputs(area, List.of(), baseYear, historyYears);
		try {
			StockSeries series = StockSeries.of(inputs, area);
			List<Integer> missing = new ArrayList<>();
			for (int y = baseYear - historyYears; y < baseYear; y += series.width()) {
				if (!series.stocks().containsKey(y)) {
					missing.add(y);
				}
			}
			if (historyYears % series.width() != 0) {
				problems.add(problem("historyYears", "history-width", series.width()));
			}
			else if (!missing.isEmpty()) {
				problems.add(problem("historyYears", "history-missing", historyYears, missing.toString()));
			}
			if (!problems.isEmpty()) {
				throw new ProjectionRequestException(problems);
			}
			return series;
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem("baseYear", "data", ex.getMessage()));
			throw new ProjectionRequestException(problems);
		}
	}

	private static ProjectionRequestException.Problem problem(String field, String code, Object... arguments) {
		return new ProjectionRequestException.Problem(field, code, arguments);
	}

	// -------------------------------------------------------------------------------------------- inputs

	/**
	 * The observations a run reads: population by sex and age of the area and of the quarters in the base period (per
	 * year only its last reference date), births and deaths of the area in the years ending at those stocks.
	 */
	public List<Observation> inputs(String area, List<String> quarterAreas, int baseYear, int historyYears) {
		List<SourcedObservation> sourced = sourcedInputs(area, quarterAreas, baseYear, historyYears);
		return sourced.stream().map(SourcedObservation::observation).toList();
	}

	/** {@link #inputs} with the datasets they come from. */
	public List<SourcedObservation> sourcedInputs(String area, List<String> quarterAreas, int baseYear,
			int historyYears) {
		List<SourcedObservation> result = new ArrayList<>();
		List<String> areas = new ArrayList<>();
		areas.add(area);
		areas.addAll(quarterAreas);
		for (String a : areas) {
			Map<Integer, LocalDate> last = new TreeMap<>();
			// quarters may have both sexes together only (split later by the Kommune's shares)
			boolean kommune = a.equals(area);
			List<SourcedObservation> population = statistics.series(a, Measure.POPULATION).stream()
				.filter(o -> !kommune || o.observation().sex() != de.daks.shared.Sex.TOTAL)
				.filter(o -> inYears(o, baseYear - historyYears, baseYear))
				.toList();
			population.forEach(o -> last.merge(o.observation().date().getYear(), o.observation().date(),
					(x, y) -> x.isAfter(y) ? x : y));
			population.stream().filter(o -> o.observation().date().equals(last.get(o.observation().date().getYear())))
				.forEach(result::add);
			if (a.equals(area)) {
				for (Measure m : List.of(Measure.BIRTHS, Measure.DEATHS, Measure.OUT_MOVES)) {
					statistics.series(a, m).stream()
						.filter(o -> o.observation().age().isTotal())
						.filter(o -> inYears(o, baseYear - historyYears + 1, baseYear))
						.forEach(result::add);
				}
			}
		}
		return result;
	}

	private static boolean inYears(SourcedObservation o, int from, int to) {
		int year = o.observation().date().getYear();
		return year >= from && year <= to;
	}

	/** The quarter areas of a Kommune (no permission check: the job handler runs without a user). */
	public List<String> quarterAreas(KommuneId kommune) {
		return quarters.quarters(kommune).stream().map(Area::key).toList();
	}

	// -------------------------------------------------------------------------------------------- read

	/** The runs of a Kommune, newest first. */
	public List<ProjectionRunInfo> runs(KommuneId kommune) {
		authorization.require(Permission.KOMMUNE_VIEW, kommune);
		return repository.runs(kommune, 200);
	}

	/** A run of the Kommune; another Kommune's run is not found. */
	public ProjectionRunInfo get(KommuneId kommune, UUID run) {
		authorization.require(Permission.KOMMUNE_VIEW, kommune);
		return repository.find(run).filter(r -> r.kommune().equals(kommune))
			.orElseThrow(() -> new NotFoundException("projection run " + run));
	}

	/** The runs started together with this one (scenarios side by side), in start order. */
	public List<ProjectionRunInfo> batch(ProjectionRunInfo run) {
		authorization.require(Permission.KOMMUNE_VIEW, run.kommune());
		return repository.batch(run.batch());
	}

	/** The results of a succeeded run. */
	public ProjectionResult result(ProjectionRunInfo run) {
		authorization.require(Permission.KOMMUNE_VIEW, run.kommune());
		return new ProjectionResult(run, repository.results(run.id()));
	}

	/**
	 * The newest succeeded run of the Kommune with its results – for the profile and the report: totals with
	 * intervals, the five-year groups and the cells by sex and age of every projected date. Requires
	 * {@code KOMMUNE_VIEW}.
	 */
	public Optional<ProjectionResult> latestResult(KommuneId kommune) {
		authorization.require(Permission.KOMMUNE_VIEW, kommune);
		return repository.latestSucceeded(kommune).map(r -> new ProjectionResult(r, repository.results(r.id())));
	}

	/** Writes the results of the Kommune's area as canonical CSV with p10/p90, as {@code daks project} does. */
	public void writeCsv(ProjectionResult result, java.io.Writer out) {
		try (de.daks.statistics.CanonicalCsv.Writer csv = de.daks.statistics.CanonicalCsv.open(out, false, "p10",
				"p90")) {
			List<LocalDate> dates = result.dates();
			for (String area : areasOf(result)) {
				for (LocalDate date : dates.subList(1, dates.size())) {
					for (ProjectionResult.Row r : result.cells(area, date)) {
						csv.write(Observation.population(area, date, r.sex(), r.age(), r.value()), r.p10(), r.p90());
					}
				}
			}
		}
	}

	private static List<String> areasOf(ProjectionResult result) {
		List<String> areas = new ArrayList<>();
		areas.add(result.run().area());
		areas.addAll(result.quarterAreas());
		return areas;
	}

	// -------------------------------------------------------------------------------------------- backtest

	/**
	 * Projects from a past base year with the default settings and compares the projection at base + horizon with
	 * the stored population of that year. Requires {@code KOMMUNE_VIEW}.
	 *
	 * @throws ProjectionRequestException if the data lack the base period or the target year
	 */
	public BacktestReport backtest(KommuneId kommune, int baseYear, int horizon, String method, int historyYears) {
		authorization.require(Permission.KOMMUNE_VIEW, kommune);
		String area = requireArea(kommune);
		List<ProjectionRequestException.Problem> problems = new ArrayList<>();
		if (horizon < 1 || horizon > MAX_HORIZON) {
			problems.add(problem("horizon", "horizon", horizon, MAX_HORIZON));
		}
		if (!METHODS.contains(method)) {
			problems.add(problem("method", "method", method));
		}
		List<Integer> years = yearsOf(statistics.dates(area, Measure.POPULATION));
		if (problems.isEmpty() && !years.contains(baseYear + horizon)) {
			problems.add(problem("horizon", "target-missing", baseYear + horizon));
		}
		if (!problems.isEmpty()) {
			throw new ProjectionRequestException(problems);
		}
		StockSeries series = checkedSeries(area, baseYear, historyYears, problems);
		List<Observation> target = statistics.series(area, Measure.POPULATION).stream()
			.map(SourcedObservation::observation)
			.filter(o -> o.sex() != de.daks.shared.Sex.TOTAL && o.date().getYear() == baseYear + horizon).toList();
		LocalDate last = target.stream().map(Observation::date).max(LocalDate::compareTo).orElseThrow();
		StockSeries actualSeries = StockSeries.of(target.stream().filter(o -> o.date().equals(last)).toList(), area);
		if (horizon % series.width() != 0) {
			throw new ProjectionRequestException(List.of(problem("horizon", "horizon-width", series.width())));
		}
		ProjectionRun run;
		try {
			run = ProjectionComputation.project(series, new ProjectionComputation.Spec(area, baseYear, horizon, method,
					historyYears, ProjectionSettings.defaults()));
		}
		catch (IllegalArgumentException ex) {
			throw new ProjectionRequestException(List.of(problem("baseYear", "data", ex.getMessage())));
		}
		int steps = run.dates().size() - 1;
		double[][] actual = actualSeries.populations(List.of(baseYear + horizon)).get(0).counts();
		return BacktestReport.of(area, baseYear, horizon, method, historyYears, run, steps, actual);
	}

	/** The base years for which a backtest of this horizon and history has data at both ends. */
	public List<Integer> backtestBaseYears(KommuneId kommune, int horizon, int historyYears) {
		List<Integer> years = years(kommune);
		return years.stream().filter(y -> years.contains(y + horizon) && years.contains(y - historyYears)).toList();
	}

	// -------------------------------------------------------------------------------------------- helpers

	private String requireArea(KommuneId kommune) {
		return areaOf(kommune).orElseThrow(() -> new ProjectionRequestException(
				List.of(new ProjectionRequestException.Problem("baseYear", "no-area"))));
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return "system";
		}
		return authentication.getName();
	}
}
