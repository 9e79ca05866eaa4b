package de.daks.identity;

import de.daks.shared.KommuneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Uses the {@link KommuneDirectory} when a module provides one, and falls back to the Kommune id otherwise. */
@Component
class KommuneNames {

	private final ObjectProvider<KommuneDirectory> directory;

	KommuneNames(ObjectProvider<KommuneDirectory> directory) {
		this.directory = directory;
	}

	String nameOf(KommuneId id) {
		KommuneDirectory found = directory.getIfAvailable();
		return found == null ? id.toString() : found.nameOf(id).orElse(id.toString());
	}

	/** Whether the Kommune is known; true when no directory is available (nothing to check against). */
	boolean exists(KommuneId id) {
		KommuneDirectory found = directory.getIfAvailable();
		return found == null || found.nameOf(id).isPresent();
	}

	List<KommuneDirectory.KommuneSummary> all() {
		KommuneDirectory found = directory.getIfAvailable();
		return found == null ? List.of() : found.all();
	}

	Optional<KommuneDirectory> directory() {
		return Optional.ofNullable(directory.getIfAvailable());
	}
}
