package de.daks.programme;

import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.KommuneManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes and the Kommunen taking part in them. */
@Service
public class ProgrammeManagement {

	private final ProgrammeRepository programmes;

	private final KommuneManagement kommunen;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgrammeManagement(ProgrammeRepository programmes, KommuneManagement kommunen, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws IllegalArgumentException if the period ends before it starts or the short name is taken
	 */
	@Transactional
	public ProgrammeId create(String name, String shortName, String description, LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("The programme period ends before it starts");
		}
		if (programmes.findByShortName(shortName.strip()).isPresent()) {
			throw new IllegalArgumentException("Short name already used: " + shortName);
		}
		Programme programme = new Programme(ProgrammeId.random(), name.strip(), shortName.strip(), description.strip(),
				start, end);
		programmes.insert(programme, clock.instant());
		audit.record("programme.created", "Programme", programme.id().toString(), null, programme.name());
		return programme.id();
	}

	/** Adds a Kommune; adding it twice changes nothing. */
	@Transactional
	public void addKommune(ProgrammeId programme, KommuneId kommune) {
		get(programme);
		kommunen.get(kommune);
		if (programmes.addKommune(programme, kommune, LocalDate.now(clock))) {
			audit.record("programme.kommune.added", "Programme", programme.toString(), kommune,
					"Kommune joined the programme");
			events.publishEvent(new ProgrammeKommuneAdded(programme, kommune));
		}
	}

	@Transactional
	public void removeKommune(ProgrammeId programme, KommuneId kommune) {
		if (programmes.removeKommune(programme, kommune)) {
			audit.record("programme.kommune.removed", "Programme", programme.toString(), kommune,
					"Kommune left the programme");
		}
	}

	@Transactional(readOnly = true)
	public Programme get(ProgrammeId id) {
		return programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme " + id));
	}

	@Transactional(readOnly = true)
	public Optional<Programme> findByShortName(String shortName) {
		return programmes.findByShortName(shortName);
	}

	@Transactional(readOnly = true)
	public List<Programme> findAll() {
		return programmes.findAll();
	}

	@Transactional(readOnly = true)
	public List<KommuneId> kommunenOf(ProgrammeId programme) {
		return programmes.kommunenOf(programme);
	}
}
