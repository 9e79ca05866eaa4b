package de.daks.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person of a stored Zufallsbürger sample (personal data until {@code deleteAfter}).
 *
 * @param invitedAt when the invitation mail went out, null if not (yet)
 */
public record SampledPerson(long id, RandomSelection.Person person, @Nullable Instant invitedAt, Instant deleteAfter) {

	/** Reached by letter only: no e-mail, but a postal address. */
	public boolean letterOnly() {
		return person.email() == null && person.address() != null;
	}
}
