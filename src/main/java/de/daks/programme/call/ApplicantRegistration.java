package de.daks.programme.call;

import de.daks.identity.SelfRegistrations;
import de.daks.identity.UserId;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.Area;
import de.daks.territory.TerritoryManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration while applying (issue 7): a person without an account registers (identity module, confirmed by
 * e-mail) and gets a draft application for a new Kommune with its name, kind, Land and key – the population
 * pre-filled from the territory when the key is known. The draft waits for the applicant's first sign-in.
 */
@Service
class ApplicantRegistration {

	private final SelfRegistrations registrations;

	private final CallManagement calls;

	private final CallRepository repository;

	private final TerritoryManagement territory;

	private final AuditLog audit;

	private final Clock clock;

	ApplicantRegistration(SelfRegistrations registrations, CallManagement calls, CallRepository repository,
			TerritoryManagement territory, AuditLog audit, Clock clock) {
		this.registrations = registrations;
		this.calls = calls;
		this.repository = repository;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers the account and prepares the draft (none when the address has a confirmed account already – its
	 * owner signs in and starts the application as usual).
	 *
	 * @throws IllegalStateException when the call is closed
	 */
	@Transactional
	public Optional<ApplicationId> register(CallId callId, ApplicantRegistrationForm form, Locale locale) {
		Call call = calls.getPublishedCall(callId);
		Instant now = clock.instant();
		if (!call.isOpen(now)) {
			throw new IllegalStateException("The call " + callId + " is closed");
		}
		Optional<UserId> account = registrations.register(form.getDisplayName(), form.getEmail(), form.getPassword(),
				locale);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		String ags = form.getAgs().isEmpty() ? null : form.getAgs();
		Optional<Area> area = ags == null ? Optional.empty() : territory.find(ags);
		Application draft = new Application(ApplicationId.random(), callId, account.get(), null,
				form.getKommuneName().strip(), java.util.Objects.requireNonNull(form.getKommuneKind()).name(),
				form.getLand(), ags, area.map(Area::population).orElse(null),
				area.map(Area::populationDate).map(Object::toString).orElse(null), PopulationTrend.UNKNOWN, false,
				form.getDisplayName().strip(), "", form.getEmail().strip(), Commitment.NONE, "", "", "",
				ApplicationStatus.DRAFT, now, now, null, Map.of());
		repository.insert(draft);
		audit.record("programme.application.started", "Application", draft.id().toString(), null,
				draft.kommuneName() + " (registered with a new account)");
		return Optional.of(draft.id());
	}
}
