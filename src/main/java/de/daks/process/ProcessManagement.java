package de.daks.process;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.KommuneManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five steps of each Kommune: the process module's API for its pages and for other modules.
 *
 * <p>Two kinds of changing methods: those without a {@link ProcessActor} act for the signed-in user and check
 * the permission with {@link Authorization} (pages, API); those with an actor are for trusted callers that have
 * decided themselves (the demo loader, jobs) and record the given actor in the history. Every change is one
 * transaction, written to the step's history and to the {@link AuditLog}.
 *
 * <p>A Kommune's process rows are created when the Kommune is created ({@link ProcessInitializer}) and, for
 * Kommunen older than this module, lazily on first use; reads never write.
 */
@Service
public class ProcessManagement {

	private final ProcessRepository repository;

	private final AttachmentStore store;

	private final Guidance guidance;

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProcessManagement(ProcessRepository repository, AttachmentStore store, Guidance guidance,
			KommuneManagement kommunen, Authorization authorization, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.store = store;
		this.guidance = guidance;
		this.kommunen = kommunen;
		this.authorization = authorization;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the Kommune's five steps and default checklist unless they exist.
	 * @throws NotFoundException if there is no such Kommune
	 */
	@Transactional
	public void ensureProcess(KommuneId kommune) {
		kommunen.get(kommune);
		if (repository.createIfAbsent(kommune, clock.instant())) {
			audit.record("process.created", "Process", kommune.toString(), kommune, "five steps, default checklist");
		}
	}

	/** Where the Kommune stands; a Kommune without process rows yet has not started. */
	@Transactional(readOnly = true)
	public ProcessOverview overviewOf(KommuneId kommune) {
		return repository.overviews(List.of(kommune)).get(kommune);
	}

	/** The overviews of many Kommunen (e.g. a programme's 400) in a few queries, in the order given. */
	@Transactional(readOnly = true)
	public List<ProcessOverview> overviewOf(Collection<KommuneId> kommunen) {
		Map<KommuneId, ProcessOverview> overviews = repository.overviews(kommunen);
		return kommunen.stream().distinct().map(overviews::get).toList();
	}

	/** Everything about one step, with checklist texts in the language of {@code locale}. */
	@Transactional
	public StepDetails stepOf(KommuneId kommune, Step step, Locale locale) {
		ensureProcess(kommune);
		StepProgress progress = progress(kommune, step);
		return new StepDetails(step, progress.status(), progress.changedAt(), progress.changedBy(),
				repository.checklist(kommune, step, locale), repository.notes(kommune, step),
				repository.attachments(kommune, step), repository.history(kommune, step, 50));
	}

	/** The checklist of one step, product items first, then the team's own in the order they were added. */
	@Transactional
	public List<ChecklistItem> checklist(KommuneId kommune, Step step, Locale locale) {
		ensureProcess(kommune);
		return repository.checklist(kommune, step, locale);
	}

	/** One checklist item of the Kommune. @throws NotFoundException if it belongs to another Kommune */
	@Transactional(readOnly = true)
	public ChecklistItem checklistItem(KommuneId kommune, ChecklistItemId item, Locale locale) {
		return repository.findChecklistItem(kommune, item, locale)
			.orElseThrow(() -> new NotFoundException("Checklist item " + item));
	}

	/** The newest history entries of all steps of the Kommune. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> recentHistory(KommuneId kommune, int limit) {
		return repository.history(kommune, null, limit);
	}

	/** The step's guidance text as safe HTML (product text, rendered from Markdown). */
	public String guidanceHtml(Step step, Locale locale) {
		return guidance.html(step, locale);
	}

	/** Changes a step's status as the signed-in user: completing and reopening need KOMMUNE_MANAGE. */
	@Transactional
	public void changeStatus(KommuneId kommune, Step step, StepStatus target) {
		require(Permission.KOMMUNE_EDIT, kommune);
		ensureProcess(kommune);
		StepProgress progress = progress(kommune, step);
		boolean mayManage = authorization.isAllowed(Permission.KOMMUNE_MANAGE, kommune);
		if (progress.requiresManage(target) && !mayManage) {
			throw new AccessDeniedException("Marking a step done or reopening it needs KOMMUNE_MANAGE");
		}
		apply(progress, target, true, currentActor());
	}

	/** Changes a step's status as {@code actor} (trusted callers): the state rules apply, permissions are theirs. */
	@Transactional
	public void changeStatus(KommuneId kommune, Step step, StepStatus target, ProcessActor actor) {
		ensureProcess(kommune);
		apply(progress(kommune, step), target, true, actor);
	}

	/**
	 * Moves a step to {@code target} through the allowed transitions (e.g. NOT_STARTED → IN_PROGRESS → DONE), as
	 * the demo loader needs it; does nothing when the step is there already.
	 */
	@Transactional
	public void advanceTo(KommuneId kommune, Step step, StepStatus target, ProcessActor actor) {
		ensureProcess(kommune);
		StepProgress progress = progress(kommune, step);
		if (progress.status() == target) {
			return;
		}
		if (target == StepStatus.DONE && progress.status() == StepStatus.NOT_STARTED) {
			apply(progress, StepStatus.IN_PROGRESS, true, actor);
		}
		else if (target == StepStatus.NOT_STARTED && progress.status() == StepStatus.DONE) {
			apply(progress, StepStatus.IN_PROGRESS, true, actor);
		}
		apply(progress, target, true, actor);
	}

	private void apply(StepProgress progress, StepStatus target, boolean mayManage, ProcessActor actor) {
		StepStatus before = progress.status();
		StepStatusChanged event = progress.changeTo(target, mayManage, actor, clock.instant());
		repository.saveStep(progress);
		repository.insertHistory(progress.kommune(), progress.step(), HistoryEntry.Kind.STATUS_CHANGED,
				target.name(), actor, clock.instant());
		audit.record("process.step.status", "ProcessStep", progress.step().name(), progress.kommune(),
				progress.step() + ": " + before + " -> " + target + " by " + actor.name());
		events.publishEvent(event);
	}

	/** Ticks ({@code done} true) or unticks a checklist item as the signed-in user. */
	@Transactional
	public void tick(KommuneId kommune, ChecklistItemId item, boolean done) {
		require(Permission.KOMMUNE_EDIT, kommune);
		tick(kommune, item, done, currentActor());
	}

	/** Ticks or unticks a checklist item as {@code actor}. @throws NotFoundException if not the Kommune's item */
	@Transactional
	public void tick(KommuneId kommune, ChecklistItemId item, boolean done, ProcessActor actor) {
		ChecklistItem current = checklistItem(kommune, item, Locale.GERMAN);
		if (current.done() == done) {
			return;
		}
		Instant now = clock.instant();
		repository.tick(item, done, actor, now);
		repository.insertHistory(kommune, current.step(),
				done ? HistoryEntry.Kind.ITEM_TICKED : HistoryEntry.Kind.ITEM_UNTICKED, current.text(), actor, now);
		audit.record(done ? "process.checklist.ticked" : "process.checklist.unticked", "ChecklistItem",
				item.toString(), kommune, current.step() + ": " + current.text());
		events.publishEvent(new ChecklistItemTicked(kommune, current.step(), item, done));
	}

	/** Ticks the first {@code count} open items of a step as {@code actor} (demo content). */
	@Transactional
	public void tickFirst(KommuneId kommune, Step step, int count, ProcessActor actor) {
		checklist(kommune, step, Locale.GERMAN).stream().filter(i -> !i.done()).limit(count)
			.forEach(i -> tick(kommune, i.id(), true, actor));
	}

	/** Adds the team's own checklist item as the signed-in user. */
	@Transactional
	public ChecklistItemId addChecklistItem(KommuneId kommune, Step step, String text) {
		require(Permission.KOMMUNE_EDIT, kommune);
		return addChecklistItem(kommune, step, text, currentActor());
	}

	@Transactional
	public ChecklistItemId addChecklistItem(KommuneId kommune, Step step, String text, ProcessActor actor) {
		String clean = requireText(text, 500, "checklist item");
		ensureProcess(kommune);
		ChecklistItemId id = ChecklistItemId.random();
		Instant now = clock.instant();
		repository.insertChecklistItem(id, kommune, step, clean, actor, now);
		repository.insertHistory(kommune, step, HistoryEntry.Kind.ITEM_ADDED, clean, actor, now);
		audit.record("process.checklist.added", "ChecklistItem", id.toString(), kommune, step + ": " + clean);
		return id;
	}

	/** Adds a note as the signed-in user (everyone who may comment: team, consultant, mentor). */
	@Transactional
	public NoteId addNote(KommuneId kommune, Step step, String text) {
		require(Permission.KOMMUNE_COMMENT, kommune);
		return addNote(kommune, step, text, currentActor());
	}

	@Transactional
	public NoteId addNote(KommuneId kommune, Step step, String text, ProcessActor actor) {
		String clean = requireText(text, 10_000, "note");
		ensureProcess(kommune);
		NoteId id = NoteId.random();
		Instant now = clock.instant();
		repository.insertNote(id, kommune, step, clean, actor, now);
		repository.insertHistory(kommune, step, HistoryEntry.Kind.NOTE_ADDED, abbreviate(clean, 120), actor, now);
		audit.record("process.note.added", "Note", id.toString(), kommune, step + ": " + abbreviate(clean, 200));
		events.publishEvent(new StepNoteAdded(kommune, step, id));
		return id;
	}

	/**
	 * Attaches a file to a step as the signed-in user.
	 * @throws AttachmentRejectedException if it is empty, too large or of a type not allowed (nothing is stored)
	 */
	@Transactional
	public AttachmentId addAttachment(KommuneId kommune, Step step, String fileName, long size,
			InputStreamSource content) {
		require(Permission.KOMMUNE_EDIT, kommune);
		return addAttachment(kommune, step, fileName, size, content, currentActor());
	}

	@Transactional
	public AttachmentId addAttachment(KommuneId kommune, Step step, String fileName, long size,
			InputStreamSource content, ProcessActor actor) {
		ensureProcess(kommune);
		String name = cleanFileName(fileName);
		AttachmentStore.StoredFile stored;
		try {
			stored = store.store(name, size, content.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instant now = clock.instant();
		Attachment attachment = new Attachment(AttachmentId.random(), step, name, stored.contentType(),
				stored.size(), actor.name(), now);
		repository.insertAttachment(attachment, kommune, stored.sha256(), stored.storageName(), actor);
		repository.insertHistory(kommune, step, HistoryEntry.Kind.ATTACHMENT_ADDED, name, actor, now);
		audit.record("process.attachment.added", "Attachment", attachment.id().toString(), kommune,
				step + ": " + name + " (" + stored.contentType() + ", " + stored.size() + " bytes, sha256 "
						+ stored.sha256() + ")");
		events.publishEvent(new AttachmentAdded(kommune, step, attachment.id()));
		return attachment.id();
	}

	/** The attachment and its bytes. @throws NotFoundException if it does not belong to the Kommune */
	@Transactional(readOnly = true)
	public AttachmentContent openAttachment(KommuneId kommune, AttachmentId id) {
		var found = repository.findAttachment(kommune, id)
			.orElseThrow(() -> new NotFoundException("Attachment " + id));
		FileSystemResource resource = new FileSystemResource(store.path(found.getValue()));
		if (!resource.exists()) {
			throw new NotFoundException("File of attachment " + id);
		}
		return new AttachmentContent(found.getKey(), resource);
	}

	/** Removes an attachment as the signed-in user; the file goes once the removal is committed. */
	@Transactional
	public Step deleteAttachment(KommuneId kommune, AttachmentId id) {
		require(Permission.KOMMUNE_EDIT, kommune);
		var found = repository.findAttachment(kommune, id)
			.orElseThrow(() -> new NotFoundException("Attachment " + id));
		Attachment attachment = found.getKey();
		repository.deleteAttachment(id);
		store.deleteAfterCommit(found.getValue());
		ProcessActor actor = currentActor();
		repository.insertHistory(kommune, attachment.step(), HistoryEntry.Kind.ATTACHMENT_DELETED,
				attachment.fileName(), actor, clock.instant());
		audit.record("process.attachment.deleted", "Attachment", id.toString(), kommune,
				attachment.step() + ": " + attachment.fileName());
		return attachment.step();
	}

	/** The largest attachment accepted, in bytes. */
	public long maxAttachmentSize() {
		return store.maxSize();
	}

	/** For the Kick-Off tools: history entries on the Kick-Off step, in the same transaction as their change. */
	void recordKickOff(KommuneId kommune, HistoryEntry.Kind kind, String detail, ProcessActor actor) {
		ensureProcess(kommune);
		repository.insertHistory(kommune, Step.KICK_OFF, kind, detail, actor, clock.instant());
	}

	private StepProgress progress(KommuneId kommune, Step step) {
		return repository.findStep(kommune, step).orElseThrow(() -> new NotFoundException("Step " + step));
	}

	private void require(Permission permission, KommuneId kommune) {
		authorization.require(permission, kommune);
	}

	/** The signed-in user as actor; the system for the command line and jobs. */
	static ProcessActor currentActor() {
		DaksPrincipal user = Authorization.currentUser();
		return user == null ? ProcessActor.system() : ProcessActor.user(user.id(), user.displayName());
	}

	private static String requireText(String text, int maxLength, String what) {
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("The " + what + " is empty");
		}
		if (clean.length() > maxLength) {
			throw new IllegalArgumentException("The " + what + " is longer than " + maxLength + " characters");
		}
		return clean;
	}

	private static String abbreviate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	/** The user's file name without any path and control characters, at most 255 characters. */
	static String cleanFileName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "datei";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}
}
