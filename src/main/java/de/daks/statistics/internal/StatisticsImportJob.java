package de.daks.statistics.internal;

import de.daks.shared.job.Job;
import de.daks.shared.job.JobHandler;
import de.daks.shared.job.JobProgress;
import de.daks.statistics.DatasetInfo;
import de.daks.statistics.ImportResult;
import de.daks.statistics.ParseProblem;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a browser import: reads the staged upload, imports it through the {@link ImportRunner} (all or nothing,
 * idempotent by SHA-256) and deletes the upload. Run again after a crash it finds the dataset of the same file and
 * reports it unchanged. The permission was checked when the job was submitted; the owner is recorded as the importer
 * (a name without any authority, so the audit log names the user).
 */
@Component
class StatisticsImportJob implements JobHandler {

	static final int PROBLEMS_KEPT = 20;

	private final StatisticsUploads uploads;

	private final ImportRunner runner;

	private final StatisticsRepository repository;

	StatisticsImportJob(StatisticsUploads uploads, ImportRunner runner, StatisticsRepository repository) {
		this.uploads = uploads;
		this.runner = runner;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return StatisticsUploads.JOB_KIND;
	}

	@Override
	public @Nullable String run(Job job, JobProgress progress) {
		StatisticsUploads.Payload payload = StatisticsUploads.payload(job.payload());
		String owner = job.owner() == null ? "system" : job.owner();
		Optional<StatisticsUploads.Upload> upload = uploads.find(payload.upload());
		if (upload.isEmpty()) {
			// imported before a crash, or the upload expired
			DatasetInfo existing = repository.findBySha256(payload.sha256())
				.orElseThrow(() -> new IllegalStateException("the uploaded file is no longer staged"));
			return new ImportJobResult(ImportResult.Status.UNCHANGED.name(), existing.id().toString(),
					existing.rowCount(), List.of()).toJson();
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, List.of()));
		SecurityContextHolder.setContext(context);
		ImportResult result;
		try {
			result = runner.run(upload.get().request(payload.accept()), owner, (done, total, message) -> progress
				.update(done, total, "writing".equals(message) || "done".equals(message) ? done + " / " + total : null));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		if (result.success()) {
			uploads.delete(payload.upload());
		}
		return new ImportJobResult(result.status().name(), result.dataset() == null ? null
				: result.dataset().toString(), result.rows(),
				result.success() ? List.of() : result.problems().stream().limit(PROBLEMS_KEPT).map(ParseProblem::describe).toList())
			.toJson();
	}
}
