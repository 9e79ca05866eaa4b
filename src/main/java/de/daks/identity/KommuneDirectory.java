package de.daks.identity;

import de.daks.shared.KommuneId;
import java.util.List;
import java.util.Optional;

/**
 * Names of Kommunen for identity's pages and mails (team page, invitation mail, membership picker). Identity must not
 * depend on territory, so territory implements this interface as a bean; without one, identity shows the Kommune id.
 */
public interface KommuneDirectory {

	/** The display name of the Kommune, or empty if there is no such Kommune. */
	Optional<String> nameOf(KommuneId id);

	/** All Kommunen, ordered by name, for pickers. */
	List<KommuneSummary> all();

	/** One entry of {@link #all()}. */
	record KommuneSummary(KommuneId id, String name) {
	}
}
