package de.daks.process;

import static de.daks.shared.SpreadsheetCells.safe;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Kick-Off tools: stakeholder list (with CSV export), agenda, minutes and agreed next steps.
 *
 * <p>As in {@link ProcessManagement}, methods without a {@link ProcessActor} act for the signed-in user and check
 * KOMMUNE_EDIT; methods with an actor are for trusted callers such as the demo loader. Sub-resources are always
 * looked up together with their Kommune: an id of another Kommune is not found.
 */
@Service
public class KickOffManagement {

	private final KickOffRepository repository;

	private final ProcessManagement processes;

	private final Authorization authorization;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	KickOffManagement(KickOffRepository repository, ProcessManagement processes, Authorization authorization,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.repository = repository;
		this.processes = processes;
		this.authorization = authorization;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	// --- stakeholders

	@Transactional(readOnly = true)
	public List<Stakeholder> stakeholders(KommuneId kommune) {
		return repository.stakeholders(kommune);
	}

	/** @throws NotFoundException if the stakeholder is not on this Kommune's list */
	@Transactional(readOnly = true)
	public Stakeholder stakeholder(KommuneId kommune, StakeholderId id) {
		return repository.findStakeholder(kommune, id).orElseThrow(() -> new NotFoundException("Stakeholder " + id));
	}

	@Transactional
	public StakeholderId addStakeholder(KommuneId kommune, StakeholderDetails details) {
		requireEdit(kommune);
		return addStakeholder(kommune, details, ProcessManagement.currentActor());
	}

	@Transactional
	public StakeholderId addStakeholder(KommuneId kommune, StakeholderDetails details, ProcessActor actor) {
		StakeholderDetails clean = clean(details);
		StakeholderId id = StakeholderId.random();
		repository.insertStakeholder(kommune, id, clean, clock.instant());
		processes.recordKickOff(kommune, HistoryEntry.Kind.STAKEHOLDER_ADDED, label(clean), actor);
		audit.record("process.stakeholder.added", "Stakeholder", id.toString(), kommune, label(clean));
		return id;
	}

	@Transactional
	public void updateStakeholder(KommuneId kommune, StakeholderId id, StakeholderDetails details) {
		requireEdit(kommune);
		stakeholder(kommune, id);
		StakeholderDetails clean = clean(details);
		repository.updateStakeholder(kommune, id, clean, clock.instant());
		processes.recordKickOff(kommune, HistoryEntry.Kind.STAKEHOLDER_CHANGED, label(clean),
				ProcessManagement.currentActor());
		audit.record("process.stakeholder.changed", "Stakeholder", id.toString(), kommune, label(clean));
	}

	@Transactional
	public void deleteStakeholder(KommuneId kommune, StakeholderId id) {
		requireEdit(kommune);
		Stakeholder stakeholder = stakeholder(kommune, id);
		repository.deleteStakeholder(kommune, id);
		processes.recordKickOff(kommune, HistoryEntry.Kind.STAKEHOLDER_DELETED, label(stakeholder.details()),
				ProcessManagement.currentActor());
		audit.record("process.stakeholder.deleted", "Stakeholder", id.toString(), kommune,
				label(stakeholder.details()));
	}

	/**
	 * Writes the stakeholder list as CSV for spreadsheets used in German offices: semicolon-separated, headers and
	 * categories in the language of {@code locale}. Cells starting with {@code = + - @} are prefixed with an
	 * apostrophe so a spreadsheet does not run them as formulas.
	 */
	@Transactional(readOnly = true)
	public void writeStakeholdersCsv(KommuneId kommune, Appendable out, Locale locale) {
		String[] header = { "organisation", "person", "role", "email", "phone", "category", "invited", "attended" };
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';')
			.setHeader(java.util.Arrays.stream(header)
				.map(h -> messages.getMessage("process.stakeholder." + h, null, locale)).toArray(String[]::new))
			.get();
		String yes = messages.getMessage("common.yes", null, locale);
		String no = messages.getMessage("common.no", null, locale);
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Stakeholder s : repository.stakeholders(kommune)) {
				StakeholderDetails d = s.details();
				printer.printRecord(safe(d.organisation()), safe(d.person()), safe(d.role()), safe(d.email()),
						safe(d.phone()), messages.getMessage(d.category().messageKey(), null, locale),
						d.invited() ? yes : no, d.attended() ? yes : no);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// --- agenda

	@Transactional(readOnly = true)
	public List<AgendaItem> agenda(KommuneId kommune) {
		return repository.agenda(kommune);
	}

	@Transactional
	public AgendaItemId addAgendaItem(KommuneId kommune, @Nullable LocalTime time, String topic,
			@Nullable String responsible) {
		requireEdit(kommune);
		return addAgendaItem(kommune, time, topic, responsible, ProcessManagement.currentActor());
	}

	@Transactional
	public AgendaItemId addAgendaItem(KommuneId kommune, @Nullable LocalTime time, String topic,
			@Nullable String responsible, ProcessActor actor) {
		String cleanTopic = required(topic, "topic");
		List<AgendaItem> agenda = repository.agenda(kommune);
		int position = agenda.isEmpty() ? 1 : agenda.get(agenda.size() - 1).position() + 1;
		AgendaItem item = new AgendaItem(AgendaItemId.random(), position, time, cleanTopic, blankToNull(responsible));
		repository.insertAgendaItem(kommune, item);
		processes.recordKickOff(kommune, HistoryEntry.Kind.AGENDA_CHANGED, cleanTopic, actor);
		audit.record("process.agenda.added", "AgendaItem", item.id().toString(), kommune, cleanTopic);
		return item.id();
	}

	/** Moves an agenda item one place up ({@code up}) or down; at the edge nothing changes. */
	@Transactional
	public void moveAgendaItem(KommuneId kommune, AgendaItemId id, boolean up) {
		requireEdit(kommune);
		List<AgendaItem> agenda = new ArrayList<>(repository.agenda(kommune));
		int index = indexOf(agenda, id);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= agenda.size()) {
			return;
		}
		AgendaItem moved = agenda.remove(index);
		agenda.add(other, moved);
		for (int i = 0; i < agenda.size(); i++) {
			repository.moveAgendaItem(agenda.get(i).id(), i + 1);
		}
		processes.recordKickOff(kommune, HistoryEntry.Kind.AGENDA_CHANGED, moved.topic(),
				ProcessManagement.currentActor());
		audit.record("process.agenda.moved", "AgendaItem", id.toString(), kommune, moved.topic());
	}

	@Transactional
	public void deleteAgendaItem(KommuneId kommune, AgendaItemId id) {
		requireEdit(kommune);
		List<AgendaItem> agenda = repository.agenda(kommune);
		AgendaItem item = agenda.get(indexOf(agenda, id));
		repository.deleteAgendaItem(kommune, id);
		processes.recordKickOff(kommune, HistoryEntry.Kind.AGENDA_CHANGED, item.topic(),
				ProcessManagement.currentActor());
		audit.record("process.agenda.deleted", "AgendaItem", id.toString(), kommune, item.topic());
	}

	// --- minutes

	@Transactional(readOnly = true)
	public Optional<Minutes> minutes(KommuneId kommune) {
		return repository.minutes(kommune);
	}

	@Transactional
	public void saveMinutes(KommuneId kommune, Minutes minutes) {
		requireEdit(kommune);
		saveMinutes(kommune, minutes, ProcessManagement.currentActor());
	}

	@Transactional
	public void saveMinutes(KommuneId kommune, Minutes minutes, ProcessActor actor) {
		if (minutes.participants() != null && minutes.participants() < 0) {
			throw new IllegalArgumentException("The number of participants is negative");
		}
		Minutes clean = Minutes.of(minutes.date(), blankToNull(minutes.place()), minutes.participants(),
				blankToNull(minutes.text()), blankToNull(minutes.decisions()));
		repository.saveMinutes(kommune, clean, actor.name(), clock.instant());
		// stored with the history entry; the German date format is also read correctly in the English UI
		String label = clean.date() == null ? ""
				: clean.date().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		processes.recordKickOff(kommune, HistoryEntry.Kind.MINUTES_SAVED, label, actor);
		audit.record("process.minutes.saved", "Minutes", kommune.toString(), kommune, label);
	}

	// --- next steps

	@Transactional(readOnly = true)
	public List<NextStep> nextSteps(KommuneId kommune) {
		return repository.nextSteps(kommune);
	}

	@Transactional
	public NextStepId addNextStep(KommuneId kommune, String what, @Nullable String who,
			java.time.@Nullable LocalDate due) {
		requireEdit(kommune);
		return addNextStep(kommune, what, who, due, false, ProcessManagement.currentActor());
	}

	@Transactional
	public NextStepId addNextStep(KommuneId kommune, String what, @Nullable String who,
			java.time.@Nullable LocalDate due, boolean done, ProcessActor actor) {
		String cleanWhat = required(what, "next step");
		NextStep step = new NextStep(NextStepId.random(), cleanWhat, blankToNull(who), due, done);
		// after the last one: the count would repeat a position once a step was deleted, and equal positions are
		// ordered by their random ids
		repository.insertNextStep(kommune, step, repository.maxNextStepPosition(kommune) + 1);
		processes.recordKickOff(kommune, HistoryEntry.Kind.NEXT_STEP_ADDED, cleanWhat, actor);
		audit.record("process.nextstep.added", "NextStep", step.id().toString(), kommune, cleanWhat);
		return step.id();
	}

	@Transactional
	public void markNextStep(KommuneId kommune, NextStepId id, boolean done) {
		requireEdit(kommune);
		NextStep step = nextStep(kommune, id);
		if (step.done() == done) {
			return;
		}
		repository.markNextStep(id, done);
		processes.recordKickOff(kommune, done ? HistoryEntry.Kind.NEXT_STEP_DONE : HistoryEntry.Kind.NEXT_STEP_REOPENED,
				step.what(), ProcessManagement.currentActor());
		audit.record(done ? "process.nextstep.done" : "process.nextstep.reopened", "NextStep", id.toString(), kommune,
				step.what());
	}

	@Transactional
	public void deleteNextStep(KommuneId kommune, NextStepId id) {
		requireEdit(kommune);
		NextStep step = nextStep(kommune, id);
		repository.deleteNextStep(kommune, id);
		processes.recordKickOff(kommune, HistoryEntry.Kind.NEXT_STEP_DELETED, step.what(),
				ProcessManagement.currentActor());
		audit.record("process.nextstep.deleted", "NextStep", id.toString(), kommune, step.what());
	}

	private NextStep nextStep(KommuneId kommune, NextStepId id) {
		return repository.nextSteps(kommune).stream().filter(s -> s.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("Next step " + id));
	}

	private static int indexOf(List<AgendaItem> agenda, AgendaItemId id) {
		for (int i = 0; i < agenda.size(); i++) {
			if (agenda.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new NotFoundException("Agenda item " + id);
	}

	private void requireEdit(KommuneId kommune) {
		authorization.require(Permission.KOMMUNE_EDIT, kommune);
	}

	private static StakeholderDetails clean(StakeholderDetails d) {
		return new StakeholderDetails(required(d.organisation(), "organisation"), blankToNull(d.person()),
				blankToNull(d.role()), blankToNull(d.email()), blankToNull(d.phone()), d.category(), d.invited(),
				d.attended());
	}

	private static String label(StakeholderDetails d) {
		return d.person() == null ? d.organisation() : d.organisation() + " (" + d.person() + ")";
	}

	private static String required(@Nullable String value, String what) {
		String clean = blankToNull(value);
		if (clean == null) {
			throw new IllegalArgumentException("The " + what + " is empty");
		}
		return clean;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
