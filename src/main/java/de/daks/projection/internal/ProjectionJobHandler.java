package de.daks.projection.internal;

import de.daks.projection.ProjectionRunFinished;
import de.daks.projection.ProjectionRunInfo;
import de.daks.projection.ProjectionService;
import de.daks.shared.job.Job;
import de.daks.shared.job.JobHandler;
import de.daks.shared.job.JobProgress;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes a projection run (payload = the run id): reads the inputs through the statistics (or, for a
 * reproduction, the inputs stored with the original run), computes the Kommune and its quarters
 * ({@link ProjectionComputation}) and stores inputs, results, hashes and notes in one transaction – all or nothing.
 * Idempotent: a run computed again replaces its inputs and results. Publishes {@link ProjectionRunFinished}.
 */
@Component
public class ProjectionJobHandler implements JobHandler {

	public static final String KIND = "projection-run";

	private final ProjectionRepository repository;

	private final ProjectionService service;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectionJobHandler(ProjectionRepository repository, ProjectionService service, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.service = service;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public @Nullable String run(Job job, JobProgress progress) {
		UUID id = UUID.fromString(job.payload());
		ProjectionRunInfo run = repository.find(id).orElseThrow(() -> new IllegalStateException("no run " + id));
		try {
			progress.update(0, 3, "reading inputs");
			List<Observation> inputs;
			List<String> datasets;
			List<String> quarters;
			if (run.reproduces() != null) {
				ProjectionRunInfo original = repository.find(run.reproduces()).orElseThrow(
						() -> new IllegalStateException("the reproduced run " + run.reproduces() + " is gone"));
				inputs = repository.inputs(original.id());
				datasets = original.inputDatasets();
				quarters = new TreeSet<>(inputs.stream().map(Observation::area).filter(a -> !a.equals(run.area()))
					.toList()).stream().toList();
			}
			else {
				quarters = service.quarterAreas(run.kommune());
				List<SourcedObservation> sourced = service.sourcedInputs(run.area(), quarters, run.baseYear(),
						run.historyYears());
				inputs = sourced.stream().map(SourcedObservation::observation).toList();
				datasets = new TreeSet<>(sourced.stream().map(s -> s.dataset().toString()).toList()).stream().toList();
			}
			progress.update(1, 3, "computing");
			ProjectionComputation.Computed computed = ProjectionComputation.compute(inputs, quarters,
					new ProjectionComputation.Spec(run.area(), run.baseYear(), run.horizon(), run.method(),
							run.historyYears(), run.settings()));
			progress.update(2, 3, "storing " + computed.rows().size() + " numbers");
			String inputHash = ProjectionRepository.inputHash(inputs);
			String resultHash = ProjectionRepository.resultHash(computed.rows());
			transactions.executeWithoutResult(status -> {
				repository.saveInputs(id, inputs);
				repository.saveResults(id, computed.rows(), datasets, inputHash, resultHash, computed.notes(),
						clock.instant());
			});
			progress.update(3, 3, null);
			events.publishEvent(new ProjectionRunFinished(id, run.kommune(), true));
			return id.toString();
		}
		catch (RuntimeException ex) {
			repository.fail(id, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage(),
					clock.instant());
			events.publishEvent(new ProjectionRunFinished(id, run.kommune(), false));
			throw ex;
		}
	}
}
