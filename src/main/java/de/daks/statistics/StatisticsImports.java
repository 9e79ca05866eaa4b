package de.daks.statistics;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.shared.KommuneId;
import de.daks.statistics.internal.ImportRunner;
import de.daks.statistics.parse.ParsedFile;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports statistics files and lists the datasets. A Kommune's import needs {@code KOMMUNE_EDIT} for it, a
 * programme-wide import {@code STATISTICS_MANAGE}; reading a Kommune's datasets {@code KOMMUNE_VIEW}.
 */
@Service
public class StatisticsImports {

	private final ImportRunner runner;

	private final Authorization authorization;

	StatisticsImports(ImportRunner runner, Authorization authorization) {
		this.runner = runner;
		this.authorization = authorization;
	}

	/** Parses and validates the file without writing: the problem report shown before an import. */
	public ParsedFile check(ImportRequest request) {
		requireImport(request.kommune());
		return runner.check(request);
	}

	/** Imports the file now, in the caller's thread (command line, tests, small uploads). */
	public ImportResult importFile(ImportRequest request, ImportProgress progress) {
		requireImport(request.kommune());
		return runner.run(request, currentActor(), progress);
	}

	public ImportResult importFile(ImportRequest request) {
		return importFile(request, ImportProgress.none());
	}

	public void requireImport(@Nullable KommuneId kommune) {
		authorization.require(kommune == null ? Permission.STATISTICS_MANAGE : Permission.KOMMUNE_EDIT, kommune);
	}

	/** The datasets imported for a Kommune (or programme-wide ones when null), newest first. */
	public List<DatasetInfo> datasets(@Nullable KommuneId kommune) {
		authorization.require(kommune == null ? Permission.STATISTICS_MANAGE : Permission.KOMMUNE_VIEW, kommune);
		return runner.datasets(kommune, 500);
	}

	/** A dataset; the caller checks that the user may see it (see {@link #requireView}). */
	public Optional<DatasetInfo> dataset(DatasetId id) {
		return runner.find(id);
	}

	/** Datasets of a Kommune need {@code KOMMUNE_VIEW} for it; programme-wide ones any signed-in user may read. */
	public void requireView(DatasetInfo dataset) {
		authorization.require(dataset.kommune() == null ? Permission.SIGNED_IN : Permission.KOMMUNE_VIEW,
				dataset.kommune());
	}

	/** Writes a dataset as canonical CSV (with the measure column). */
	public void export(DatasetInfo dataset, java.io.Writer out) {
		requireView(dataset);
		runner.export(dataset.id(), out);
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return "system";
		}
		return authentication.getName();
	}
}
