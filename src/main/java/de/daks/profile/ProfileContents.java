package de.daks.profile;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.profile.internal.ProfileRepository;
import de.daks.profile.internal.ProfileRepository.SectionChange;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.Comparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the written content of a Kommune's profile (for the editor and the report). Requires {@code KOMMUNE_VIEW} of
 * the Kommune when a user is signed in (the command line and system work run as operator).
 */
@Service
public class ProfileContents {

	private final ProfileRepository repository;

	private final Authorization authorization;

	ProfileContents(ProfileRepository repository, Authorization authorization) {
		this.repository = repository;
		this.authorization = authorization;
	}

	/** The Kommune's profile content; empty content when nothing was written yet. */
	@Transactional(readOnly = true)
	public ProfileContent load(KommuneId kommune) {
		authorization.require(Permission.KOMMUNE_VIEW, kommune);
		Instant updatedAt = repository.sectionChanges(kommune).values().stream()
			.map(SectionChange::at)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new ProfileContent(kommune, repository.texts(kommune), repository.inventory(kommune),
				repository.interviews(kommune), repository.swot(kommune), updatedAt);
	}
}
