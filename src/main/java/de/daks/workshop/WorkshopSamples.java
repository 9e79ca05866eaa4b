package de.daks.workshop;

import de.daks.workshop.internal.WorkshopRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored Zufallsbürger sample of a workshop: names, e-mail and postal addresses of the drawn people, kept for
 * the invitations only until the deletion date (the event plus {@code daks.workshop.personal-data-days}, default 14
 * days), when the deletion job removes them. Storing a new sample replaces the old one.
 */
@Service
public class WorkshopSamples {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final WorkshopRepository repository;

	private final Clock clock;

	private final int days;

	WorkshopSamples(WorkshopRepository repository, Clock clock,
			@Value("${daks.workshop.personal-data-days:14}") int days) {
		this.repository = repository;
		this.clock = clock;
		this.days = days;
	}

	/** How many days after the event personal data are kept. */
	public int personalDataDays() {
		return days;
	}

	/** When the personal data of the workshop are deleted: the event plus the configured days. */
	public Instant deletionDate(Workshop workshop) {
		return workshop.startsAt().plusDays(days).atZone(ZONE).toInstant();
	}

	@Transactional
	public void store(Workshop workshop, List<RandomSelection.Person> sample) {
		repository.deleteSample(workshop.id());
		Instant now = clock.instant();
		Instant deleteAfter = deletionDate(workshop);
		for (RandomSelection.Person person : sample) {
			repository.insertSampled(workshop.id(), person, deleteAfter, now);
		}
	}

	public List<SampledPerson> list(Workshop workshop) {
		return repository.sample(workshop.id());
	}

	@Transactional
	public void delete(Workshop workshop) {
		repository.deleteSample(workshop.id());
	}

	/** Claims the invitation of one person (once); {@link #unclaim} if the mail did not go out. */
	public boolean claimInvitation(SampledPerson person) {
		return repository.claimInvitation(person.id(), clock.instant());
	}

	public void unclaim(SampledPerson person) {
		repository.unclaimInvitation(person.id());
	}
}
