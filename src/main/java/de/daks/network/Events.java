package de.daks.network;

import de.daks.identity.DaksPrincipal;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.Kommune;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events of the programme: creation by the Geschäftsstelle, registration with capacity and waiting list (the first
 * on the waiting list moves up when someone cancels), attendance, materials afterwards, reminders the day before,
 * and the Kommunen's obligation of two programme meetings a year.
 */
@Service
public class Events {

	/** German time for the programme's events (dates in forms, calendar years of the obligation). */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** Programme meetings a Kommune attends per year. */
	public static final int MEETINGS_PER_YEAR = 2;

	private final EventRepository repository;

	private final NetworkMails mails;

	private final AuditLog audit;

	private final Clock clock;

	Events(EventRepository repository, NetworkMails mails, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public NetworkEvent create(EventKind kind, String title, String description, String programme, String location,
			@Nullable String onlineUrl, Instant startsAt, Instant endsAt, int capacity) {
		if (!endsAt.isAfter(startsAt) || capacity < 1) {
			throw new IllegalArgumentException("end after start, capacity at least 1");
		}
		NetworkEvent event = new NetworkEvent(UUID.randomUUID(), kind, title.strip(), description.strip(),
				programme.strip(), location.strip(), onlineUrl == null || onlineUrl.isBlank() ? null : onlineUrl.strip(),
				startsAt, endsAt, capacity, "");
		repository.insert(event, clock.instant());
		audit.record("network.event.created", "Event", event.id().toString(), null, event.title());
		return event;
	}

	@Transactional(readOnly = true)
	public NetworkEvent get(UUID id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("Event " + id));
	}

	@Transactional(readOnly = true)
	public List<NetworkEvent> upcoming() {
		Instant now = clock.instant();
		return repository.findAll().stream().filter(e -> e.endsAt().isAfter(now)).toList();
	}

	@Transactional(readOnly = true)
	public List<NetworkEvent> past() {
		Instant now = clock.instant();
		return repository.findAll().stream().filter(e -> !e.endsAt().isAfter(now))
			.sorted(Comparator.comparing(NetworkEvent::startsAt).reversed()).toList();
	}

	@Transactional(readOnly = true)
	public List<Registration> registrations(UUID event) {
		return repository.registrations(event);
	}

	@Transactional(readOnly = true)
	public Optional<Registration> registrationOf(UUID event, UUID user) {
		return repository.registrationOf(event, user);
	}

	/**
	 * Registers the user (again, after a cancellation): a place while the capacity lasts, else the waiting list.
	 * A second registration of a registered user only changes the Kommune.
	 */
	@Transactional
	public Registration register(UUID eventId, DaksPrincipal user, @Nullable KommuneId kommune) {
		NetworkEvent event = repository.lock(eventId).orElseThrow(() -> new NotFoundException("Event " + eventId));
		if (!event.endsAt().isAfter(clock.instant())) {
			throw new IllegalStateException("Event " + eventId + " is over");
		}
		Optional<Registration> existing = repository.registrationOf(eventId, user.id().value());
		Instant now = clock.instant();
		if (existing.isPresent() && existing.get().status() != Registration.Status.CANCELLED) {
			repository.updateRegistration(existing.get().id(), existing.get().status(),
					existing.get().registeredAt(), kommune);
			return repository.registrationOf(eventId, user.id().value()).orElseThrow();
		}
		long taken = repository.registrations(eventId).stream()
			.filter(r -> r.status() == Registration.Status.REGISTERED).count();
		Registration.Status status = taken < event.capacity() ? Registration.Status.REGISTERED
				: Registration.Status.WAITING;
		if (existing.isPresent()) {
			repository.updateRegistration(existing.get().id(), status, now, kommune);
		}
		else {
			repository.insertRegistration(new Registration(UUID.randomUUID(), eventId, user.id().value(),
					user.displayName(), user.email(), kommune, status, now, false));
		}
		audit.record("network.event.registered", "Event", eventId.toString(), kommune, status.name());
		return repository.registrationOf(eventId, user.id().value()).orElseThrow();
	}

	/** Cancels; a freed place goes to the first on the waiting list, who is told by mail. */
	@Transactional
	public void cancel(UUID eventId, UUID user) {
		NetworkEvent event = repository.lock(eventId).orElseThrow(() -> new NotFoundException("Event " + eventId));
		Registration registration = repository.registrationOf(eventId, user)
			.filter(r -> r.status() != Registration.Status.CANCELLED)
			.orElseThrow(() -> new NotFoundException("Registration for " + eventId));
		repository.setStatus(registration.id(), Registration.Status.CANCELLED);
		if (registration.status() == Registration.Status.REGISTERED) {
			repository.registrations(eventId).stream().filter(r -> r.status() == Registration.Status.WAITING)
				.findFirst().ifPresent(next -> {
					repository.setStatus(next.id(), Registration.Status.REGISTERED);
					mails.movedUp(next, event);
				});
		}
		audit.record("network.event.cancelled", "Event", eventId.toString(), registration.kommune(), "cancelled");
	}

	@Transactional
	public void recordAttendance(UUID eventId, Collection<UUID> attendedRegistrations) {
		get(eventId);
		repository.setAttended(eventId, List.copyOf(attendedRegistrations));
		audit.record("network.event.attendance", "Event", eventId.toString(), null,
				attendedRegistrations.size() + " attended");
	}

	@Transactional
	public void setMaterials(UUID eventId, String materials) {
		get(eventId);
		repository.updateMaterials(eventId, materials.strip());
	}

	/** Whether the office has made the event's materials and recordings visible to everyone. */
	@Transactional(readOnly = true)
	public boolean materialsPublic(UUID eventId) {
		return repository.materialsPublic(eventId);
	}

	@Transactional
	public void setMaterialsPublic(UUID eventId, boolean materialsPublic) {
		get(eventId);
		repository.setMaterialsPublic(eventId, materialsPublic);
		audit.record("network.event.materialsPublic", "Event", eventId.toString(), null,
				String.valueOf(materialsPublic));
	}

	/**
	 * Who sees an event's materials and recordings: the office ({@code manages}), everyone when they are public,
	 * else the registered participants (a place, not the waiting list, or marked as attended).
	 */
	@Transactional(readOnly = true)
	public boolean maySeeMaterials(UUID eventId, @Nullable DaksPrincipal user, boolean manages) {
		if (manages || repository.materialsPublic(eventId)) {
			return true;
		}
		return user != null && repository.registrationOf(eventId, user.id().value())
			.filter(r -> r.status() == Registration.Status.REGISTERED || r.attended()).isPresent();
	}

	/** Sends the reminder to every registered person of events starting within the next day (once each). */
	@Transactional
	public int sendReminders() {
		Instant now = clock.instant();
		int sent = 0;
		for (NetworkEvent event : repository.startingBetween(now, now.plus(Duration.ofDays(1)))) {
			for (Registration r : repository.unreminded(event.id())) {
				mails.reminder(r, event);
				repository.markReminded(r.id(), now);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Records who attended (the registrations given; all others of the event did not) and corrects the Kommune a
	 * registration counts for ({@code kommunen}: registration → Kommune, null for none), since only attendance with a
	 * Kommune counts for the obligation.
	 */
	@Transactional
	public void recordAttendance(UUID eventId, Collection<UUID> attendedRegistrations,
			Map<UUID, Optional<KommuneId>> kommunen) {
		recordAttendance(eventId, attendedRegistrations);
		Set<UUID> known = repository.registrations(eventId).stream().map(Registration::id).collect(Collectors.toSet());
		kommunen.forEach((registration, kommune) -> {
			if (known.contains(registration)) {
				repository.setKommune(eventId, registration, kommune.orElse(null));
			}
		});
	}

	/**
	 * Records someone who attended without registering (signed up on paper, came along): a registration with a place
	 * for the Kommune, marked as attended, without an account.
	 */
	@Transactional
	public Registration addAttendee(UUID eventId, String name, KommuneId kommune) {
		get(eventId);
		String n = name.strip();
		if (n.isEmpty() || n.length() > 200) {
			throw new IllegalArgumentException("name of 1 to 200 characters");
		}
		Registration r = new Registration(UUID.randomUUID(), eventId, UUID.randomUUID(), n, "", kommune,
				Registration.Status.REGISTERED, clock.instant(), true);
		repository.insertRegistration(r);
		repository.setAttended(eventId, java.util.stream.Stream.concat(repository.registrations(eventId).stream()
			.filter(Registration::attended).map(Registration::id), java.util.stream.Stream.of(r.id())).toList());
		audit.record("network.event.attendeeAdded", "Event", eventId.toString(), kommune, n);
		return r;
	}

	/**
	 * One row of the obligation table: a Kommune, the programme meetings it attended in the year and those of the
	 * rest of the year it is registered for.
	 */
	public record Obligation(Kommune kommune, List<NetworkEvent> attended, List<NetworkEvent> registered) {

		public boolean fulfilled() {
			return attended.size() >= MEETINGS_PER_YEAR;
		}

		/** Meetings still missing for the year. */
		public int missing() {
			return Math.max(0, MEETINGS_PER_YEAR - attended.size());
		}

		/** Short even if it attends every meeting it is registered for. */
		public boolean atRisk() {
			return attended.size() + registered.size() < MEETINGS_PER_YEAR;
		}
	}

	/**
	 * For each Kommune, the distinct programme meetings someone of it attended in the calendar year, and the coming
	 * ones of the year (not yet attended) it is registered for; those short of the obligation first, then by name.
	 */
	@Transactional(readOnly = true)
	public List<Obligation> obligations(int year, List<Kommune> kommunen) {
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
		Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
		Map<KommuneId, Set<UUID>> attended = byKommune(repository.attendedMeetings(from, to));
		Instant now = clock.instant();
		Map<KommuneId, Set<UUID>> registered = byKommune(
				now.isBefore(to) ? repository.registeredMeetings(now.isAfter(from) ? now : from, to) : List.of());
		Map<UUID, NetworkEvent> events = repository.findAll().stream()
			.collect(Collectors.toMap(NetworkEvent::id, e -> e));
		return kommunen.stream().map(k -> {
			Set<UUID> went = attended.getOrDefault(k.id(), Set.of());
			return new Obligation(k, sorted(went, events), sorted(registered.getOrDefault(k.id(), Set.of()).stream()
				.filter(id -> !went.contains(id)).collect(Collectors.toSet()), events));
		}).sorted(Comparator.comparing(Obligation::fulfilled).thenComparing(o -> o.kommune().name())).toList();
	}

	private static Map<KommuneId, Set<UUID>> byKommune(List<Registration> registrations) {
		return registrations.stream().collect(Collectors.groupingBy(r -> java.util.Objects.requireNonNull(r.kommune()),
				Collectors.mapping(Registration::eventId, Collectors.toSet())));
	}

	private static List<NetworkEvent> sorted(Set<UUID> ids, Map<UUID, NetworkEvent> events) {
		return ids.stream().map(events::get).sorted(Comparator.comparing(NetworkEvent::startsAt)).toList();
	}
}
