package de.daks.network;

import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultant pool: profiles kept by the consultants and approved by the Geschäftsstelle, matching for a
 * Kommune's need, requests and their acceptance – which assigns the consultant to the Kommune through the identity
 * module's memberships (role {@link KommuneRole#BERATUNG}), so the one authorisation service grants the access.
 */
@Service
public class ConsultantPool {

	private final ConsultantRepository repository;

	private final UserManagement users;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConsultantPool.class);

	private final AuditLog audit;

	private final Clock clock;

	private final NetworkMails mails;

	ConsultantPool(ConsultantRepository repository, UserManagement users, AuditLog audit, Clock clock,
			NetworkMails mails) {
		this.repository = repository;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.mails = mails;
	}

	/** What a consultant enters about themselves. Rates are EUR per day. */
	public record ProfileData(String displayName, String organisation, Set<Theme> themes,
			Set<ConsultingMethod> methods, Set<Step> steps, Set<Land> regions, boolean nationwide, String languages,
			String references, BigDecimal rateMin, BigDecimal rateMax, int daysPerMonth,
			@Nullable LocalDate availableFrom) {
	}

	@Transactional(readOnly = true)
	public Optional<ConsultantProfile> profileOf(UserId user) {
		return repository.findByUser(user.value());
	}

	@Transactional(readOnly = true)
	public ConsultantProfile get(UUID id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Consultant " + id));
	}

	@Transactional(readOnly = true)
	public List<ConsultantProfile> all() {
		return repository.findAll();
	}

	/** Creates or changes the user's profile; every change waits for the Geschäftsstelle's approval again. */
	@Transactional
	public ConsultantProfile saveProfile(UserId user, ProfileData d) {
		if (d.rateMin().signum() <= 0 || d.rateMax().compareTo(d.rateMin()) < 0) {
			throw new IllegalArgumentException("daily rates: 0 < min <= max");
		}
		UUID id = repository.findByUser(user.value()).map(ConsultantProfile::id).orElseGet(UUID::randomUUID);
		ConsultantProfile profile = new ConsultantProfile(id, user.value(), d.displayName().strip(),
				d.organisation().strip(), d.themes(), d.methods(), d.steps(), d.regions(), d.nationwide(),
				d.languages().strip(), d.references().strip(), d.rateMin(), d.rateMax(), d.daysPerMonth(),
				d.availableFrom(), ProfileStatus.PENDING, clock.instant(), null);
		repository.save(profile);
		audit.record("network.consultant.saved", "ConsultantProfile", id.toString(), null, profile.displayName());
		return profile;
	}

	@Transactional
	public void approve(UUID id) {
		ConsultantProfile profile = get(id);
		repository.approve(id, clock.instant());
		audit.record("network.consultant.approved", "ConsultantProfile", id.toString(), null,
				profile.displayName());
	}

	/** Approved consultants for the need, best first, with reasons. */
	@Transactional(readOnly = true)
	public List<ConsultantMatch> match(ConsultingNeed need) {
		return ConsultantMatching.rank(repository.findAll(), need,
				LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")));
	}

	/** A Kommune asks an approved consultant. */
	@Transactional
	public ConsultantRequest request(KommuneId kommune, UUID profileId, ConsultingNeed need, String message,
			UserId by) {
		ConsultantProfile profile = get(profileId);
		if (!profile.approved()) {
			throw new NotFoundException("Consultant " + profileId + " is not approved");
		}
		ConsultantRequest request = new ConsultantRequest(UUID.randomUUID(), profileId, kommune, need.themes(),
				need.step(), need.budget(), need.days(), message.strip(), ConsultantRequest.Status.REQUESTED,
				by.value(), clock.instant(), null);
		repository.insertRequest(request);
		audit.record("network.consultant.requested", "ConsultantRequest", request.id().toString(), kommune,
				profile.displayName());
		notify(users.get(new UserId(profile.userId())).email(), "network.mail.request.subject",
				"network.mail.request.body", profile.displayName(), mails.baseUrl() + "/beratung/anfragen");
		return request;
	}

	/** A notice by mail; a failing mail server does not undo the request or answer (it is on the pages too). */
	private void notify(String to, String subjectKey, String bodyKey, String name, String link) {
		try {
			mails.send(to, mails.text(subjectKey, name), mails.text(bodyKey, name, link), java.util.Map.of());
		}
		catch (org.springframework.mail.MailException ex) {
			log.warn("Notice to {} not sent: {}", to, ex.getMessage());
		}
	}

	@Transactional(readOnly = true)
	public List<ConsultantRequest> requestsFor(KommuneId kommune) {
		return repository.requestsFor(kommune);
	}

	/** The requests to the user's profile (empty without a profile). */
	@Transactional(readOnly = true)
	public List<ConsultantRequest> requestsTo(UserId user) {
		return repository.findByUser(user.value()).map(p -> repository.requestsOf(p.id())).orElse(List.of());
	}

	/**
	 * The consultant answers a request to their own profile. Accepting assigns them to the Kommune.
	 * @throws NotFoundException if the request is not addressed to this user
	 * @throws IllegalStateException if it was answered before
	 */
	@Transactional
	public void decide(UUID requestId, UserId consultant, boolean accept) {
		ConsultantRequest request = repository.findRequest(requestId)
			.filter(r -> get(r.profileId()).userId().equals(consultant.value()))
			.orElseThrow(() -> new NotFoundException("Request " + requestId));
		Instant now = clock.instant();
		ConsultantRequest.Status status = accept ? ConsultantRequest.Status.ACCEPTED
				: ConsultantRequest.Status.DECLINED;
		if (!repository.decide(requestId, status, now)) {
			throw new IllegalStateException("Request " + requestId + " was answered before");
		}
		if (accept) {
			users.addMembership(consultant, request.kommune(), KommuneRole.BERATUNG);
		}
		notify(users.get(new UserId(request.requestedBy())).email(),
				accept ? "network.mail.accepted.subject" : "network.mail.declined.subject",
				accept ? "network.mail.accepted.body" : "network.mail.declined.body",
				get(request.profileId()).displayName(),
				mails.baseUrl() + "/kommunen/" + request.kommune() + "/beratung");
		audit.record("network.consultant." + (accept ? "accepted" : "declined"), "ConsultantRequest",
				requestId.toString(), request.kommune(), status.name());
	}
}
