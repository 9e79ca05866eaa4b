package de.daks.projection;

import de.daks.shared.KommuneId;
import de.daks.shared.job.JobId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored projection run of a Kommune.
 *
 * @param area the statistics key of the Kommune's area the run projects (quarters are found below it)
 * @param batch runs started together (scenarios side by side) share it; a single run has its own
 * @param reproduces the run this one re-computed from the stored inputs, if any
 * @param inputDatasets the datasets the inputs came from
 * @param inputHash SHA-256 over the inputs in canonical order
 * @param resultHash SHA-256 over the results in canonical order (equal hashes = identical numbers)
 */
public record ProjectionRunInfo(UUID id, KommuneId kommune, String area, int baseYear, int horizon, String method,
		int historyYears, String scenario, UUID batch, ProjectionSettings settings, Status status, @Nullable JobId job,
		@Nullable UUID reproduces, List<String> inputDatasets, @Nullable String inputHash,
		@Nullable String resultHash, List<String> notes, @Nullable String error, String createdBy, Instant createdAt,
		@Nullable Instant finishedAt) {

	public enum Status {
		QUEUED, SUCCEEDED, FAILED
	}

	public ProjectionRunInfo {
		inputDatasets = List.copyOf(inputDatasets);
		notes = List.copyOf(notes);
	}

	public boolean succeeded() {
		return status == Status.SUCCEEDED;
	}

	public int targetYear() {
		return baseYear + horizon;
	}
}
