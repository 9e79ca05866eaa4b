package de.daks.plan;

import de.daks.identity.Membership;
import de.daks.identity.UserAccount;
import de.daks.identity.UserManagement;
import de.daks.plan.internal.PlanRepository;
import de.daks.process.AttachmentFiles;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.territory.KommuneManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Werkstattplan of a Kommune: the draft (edited freely), the published versions (never changed), proposals of
 * the Zukunftswerkstatt and their adoption with origin, progress and status with the timeline of updates.
 * Permissions are checked by the routes; every method checks that the rows belong to the Kommune it is given.
 */
@Service
public class Plans {

	/** The fields of action suggested by the call (DOMAIN.md section 1), offered as a starting catalogue. */
	public static final List<String> STARTER_FIELDS = List.of("Zusammenarbeit der Generationen",
			"Teilhabe aller Altersgruppen in einer älter werdenden Gesellschaft", "Bürgerbeteiligung",
			"Lokale Identität", "Digitale Konzepte und Lehren aus der Pandemie");

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** Parsed snapshots by version id: versions never change, so a parsed one stays valid (bounded). */
	private final Map<Long, Snapshot> snapshots = new java.util.concurrent.ConcurrentHashMap<>();

	private final PlanRepository repository;

	private final Clock clock;

	private final KommuneManagement kommunen;

	private final UserManagement users;

	private final AttachmentFiles files;

	Plans(PlanRepository repository, Clock clock, KommuneManagement kommunen, UserManagement users,
			AttachmentFiles files) {
		this.repository = repository;
		this.clock = clock;
		this.kommunen = kommunen;
		this.users = users;
		this.files = files;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	// reading

	/** The draft plan; an empty plan (id 0) when the Kommune has none yet. */
	@Transactional(readOnly = true)
	public PlanData draft(KommuneId kommune) {
		return repository.planId(kommune).map(repository::load)
			.orElseGet(() -> new PlanData(0, kommune, null, List.of(), List.of(), List.of(), Map.of()));
	}

	@Transactional(readOnly = true)
	public Measure measure(KommuneId kommune, long measureId) {
		return own(kommune, measureId);
	}

	@Transactional(readOnly = true)
	public List<MeasureUpdate> updates(KommuneId kommune, long measureId) {
		own(kommune, measureId);
		return repository.updates(measureId);
	}

	/** The newest updates of all measures of the Kommune's plan. */
	@Transactional(readOnly = true)
	public List<MeasureUpdate> latestUpdates(KommuneId kommune, int limit) {
		return repository.planId(kommune).map(p -> repository.latestUpdatesWithPhotos(p, limit)).orElse(List.of());
	}

	// editing the draft

	@Transactional
	public void setLeitbild(KommuneId kommune, @Nullable String leitbild) {
		String text = leitbild == null || leitbild.isBlank() ? null : leitbild.strip();
		if (text != null && text.length() > 8000) {
			throw new PlanException("plan.rule.leitbildLength");
		}
		repository.setLeitbild(plan(kommune), text, clock.instant());
	}

	@Transactional
	public long addField(KommuneId kommune, String title) {
		String t = title.strip();
		if (t.isEmpty() || t.length() > 200) {
			throw new PlanException("plan.rule.fieldTitle");
		}
		return repository.insertField(plan(kommune), t, null);
	}

	@Transactional
	public void renameField(KommuneId kommune, long fieldId, String title) {
		ownField(kommune, fieldId);
		String t = title.strip();
		if (t.isEmpty() || t.length() > 200) {
			throw new PlanException("plan.rule.fieldTitle");
		}
		repository.updateFieldTitle(fieldId, t);
	}

	/**
	 * Deletes a field of the draft. A field with goals or measures is only deleted when {@code withContent} is
	 * confirmed, and then with them (published versions keep their copy). A proposal adopted as this field can be
	 * adopted again.
	 */
	@Transactional
	public void deleteField(KommuneId kommune, long fieldId, boolean withContent) {
		ownField(kommune, fieldId);
		PlanData plan = draft(kommune);
		if (!withContent && (!plan.goalsOf(fieldId).isEmpty() || !plan.measuresOf(fieldId).isEmpty())) {
			throw new PlanException("plan.rule.fieldNotEmpty");
		}
		deletePhotoFiles(repository.photoFilesOfField(fieldId));
		repository.deleteField(fieldId);
	}

	@Transactional
	public void editGoal(KommuneId kommune, Goal goal) {
		long field = repository.goalField(goal.id()).orElseThrow(() -> new NotFoundException("goal " + goal.id()));
		ownField(kommune, field);
		ownField(kommune, goal.fieldId());
		repository.updateGoal(goal);
	}

	@Transactional
	public void deleteGoal(KommuneId kommune, long goalId) {
		long field = repository.goalField(goalId).orElseThrow(() -> new NotFoundException("goal " + goalId));
		ownField(kommune, field);
		repository.deleteGoal(goalId);
	}

	/** Deletes a measure of the draft with its milestones and timeline (published versions keep their copy). */
	@Transactional
	public void deleteMeasure(KommuneId kommune, long measureId) {
		own(kommune, measureId);
		deletePhotoFiles(repository.photoFilesOfMeasure(measureId));
		repository.deleteMeasure(measureId);
	}

	/** The photo files of deleted rows go once the transaction has committed; a rollback keeps them. */
	private void deletePhotoFiles(List<String> storageNames) {
		storageNames.forEach(files::deleteAfterCommit);
	}

	/** Adds the fields of the call that the plan does not have yet (by title); returns how many. */
	@Transactional
	public int addStarterFields(KommuneId kommune) {
		long plan = plan(kommune);
		Set<String> existing = repository.load(plan).fields().stream().map(PlanField::title)
			.collect(Collectors.toSet());
		int added = 0;
		for (String title : STARTER_FIELDS) {
			if (!existing.contains(title)) {
				repository.insertField(plan, title, null);
				added++;
			}
		}
		return added;
	}

	@Transactional
	public long addGoal(KommuneId kommune, Goal goal) {
		ownField(kommune, goal.fieldId());
		return repository.insertGoal(goal);
	}

	/** A new measure by hand (status idea or planned, no progress). */
	@Transactional
	public long addMeasure(KommuneId kommune, Measure measure) {
		ownField(kommune, measure.fieldId());
		if (measure.status() != MeasureStatus.IDEA && measure.status() != MeasureStatus.PLANNED) {
			throw new PlanException("plan.rule.newStatus");
		}
		return repository.insertMeasure(withResponsible(kommune, measure), clock.instant());
	}

	/** Changes what a measure is (title, people, dates, money); status, progress and origin stay as they are. */
	@Transactional
	public Measure editMeasure(KommuneId kommune, Measure edited) {
		Measure stored = own(kommune, edited.id());
		ownField(kommune, edited.fieldId());
		Measure named = withResponsible(kommune, edited);
		Measure changed = new Measure(stored.id(), edited.fieldId(), edited.title(), edited.description(),
				edited.responsibleUnit(), named.responsiblePerson(), edited.partners(), edited.targetGroups(),
				edited.start(), edited.end(), edited.budget(), edited.fundingSource(), stored.status(),
				stored.statusReason(), stored.progress(), stored.origin(), edited.responsibleUserId());
		repository.updateMeasure(changed, clock.instant());
		repository.setResponsibleUser(changed.id(), changed.responsibleUserId());
		return changed;
	}

	@Transactional
	public Measure changeStatus(KommuneId kommune, long measureId, MeasureStatus status, @Nullable String reason,
			String author) {
		Measure changed = own(kommune, measureId).changeStatus(status, reason, today());
		repository.updateMeasure(changed, clock.instant());
		repository.insertUpdate(measureId, clock.instant(), author,
				changed.statusReason() != null ? changed.statusReason() : "", changed.status(), changed.progress());
		return changed;
	}

	/** A progress report with text for the timeline (the text is required). */
	@Transactional
	public Measure reportProgress(KommuneId kommune, long measureId, int percent, String text, String author) {
		return reportProgress(kommune, measureId, percent, text, author, List.of());
	}

	/**
	 * A progress report with text and up to three photos (each checked by {@link PhotoUpload}: JPEG/PNG by content,
	 * size, pixels, alt text); a bad photo stores nothing, and files written before the error are deleted again.
	 */
	@Transactional
	public Measure reportProgress(KommuneId kommune, long measureId, int percent, String text, String author,
			List<PhotoUpload> photos) {
		String t = text.strip();
		if (t.isEmpty() || t.length() > 4000) {
			throw new PlanException("plan.rule.updateText");
		}
		if (photos.size() > PhotoUpload.MAX_PHOTOS) {
			throw new PlanException("plan.rule.photoCount");
		}
		List<PhotoUpload.Checked> checked = photos.stream().map(PhotoUpload::check).toList();
		Measure changed = own(kommune, measureId).reportProgress(percent);
		repository.updateMeasure(changed, clock.instant());
		long update = repository.insertUpdate(measureId, clock.instant(), author, t, changed.status(),
				changed.progress());
		int position = 0;
		for (PhotoUpload.Checked photo : checked) {
			byte[] bytes = photo.upload().content();
			AttachmentFiles.StoredAttachmentFile stored;
			try {
				stored = files.storeFile(photo.upload().fileName(), bytes.length,
						new java.io.ByteArrayInputStream(bytes));
			}
			catch (de.daks.process.AttachmentRejectedException ex) {
				throw new PlanException("plan.rule.photoSize");
			}
			repository.insertPhoto(update, position++, stored.storageName(), photo.contentType(), bytes.length,
					photo.width(), photo.height(), photo.upload().altText().strip());
		}
		return changed;
	}

	/** A photo of an update with its file, for the team of the Kommune. */
	@Transactional(readOnly = true)
	public PhotoFile photo(KommuneId kommune, long photoId) {
		PlanRepository.PhotoRow row = repository.photo(photoId)
			.filter(r -> repository.planId(kommune).map(p -> p == r.planId()).orElse(false))
			.orElseThrow(() -> new NotFoundException("photo " + photoId));
		return new PhotoFile(row.photo(), () -> files.openFile(row.photo().storageName()));
	}

	/** A photo for the public page: only of a measure in the latest published version. */
	@Transactional(readOnly = true)
	public PhotoFile publicPhoto(KommuneId kommune, long photoId) {
		PhotoFile photo = photo(kommune, photoId);
		long measure = repository.photo(photoId).orElseThrow().measureId();
		boolean published = latestVersion(kommune)
			.map(v -> v.snapshot().byKey().containsKey("M" + measure)).orElse(false);
		if (!published) {
			throw new NotFoundException("photo " + photoId);
		}
		return photo;
	}

	/** A stored photo and how to read its bytes. */
	public record PhotoFile(UpdatePhoto photo, Opener opener) {

		public interface Opener {
			java.io.InputStream open() throws java.io.IOException;
		}
	}

	@Transactional
	public void addMilestone(KommuneId kommune, long measureId, String title, LocalDate due) {
		own(kommune, measureId);
		String t = title.strip();
		if (t.isEmpty() || t.length() > 300) {
			throw new PlanException("plan.rule.milestoneTitle");
		}
		repository.insertMilestone(measureId, t, due);
	}

	@Transactional
	public void editMilestone(KommuneId kommune, long measureId, long milestoneId, String title, LocalDate due) {
		own(kommune, measureId);
		String t = title.strip();
		if (t.isEmpty() || t.length() > 300) {
			throw new PlanException("plan.rule.milestoneTitle");
		}
		if (repository.updateMilestone(measureId, milestoneId, t, due) == 0) {
			throw new NotFoundException("milestone " + milestoneId);
		}
	}

	@Transactional
	public void deleteMilestone(KommuneId kommune, long measureId, long milestoneId) {
		own(kommune, measureId);
		if (repository.deleteMilestone(measureId, milestoneId) == 0) {
			throw new NotFoundException("milestone " + milestoneId);
		}
	}

	@Transactional
	public void setMilestoneDone(KommuneId kommune, long measureId, long milestoneId, boolean done) {
		own(kommune, measureId);
		if (repository.setMilestoneDone(measureId, milestoneId, done) == 0) {
			throw new NotFoundException("milestone " + milestoneId);
		}
	}

	/** A measure of an import with the title of its field of action (fieldId is not used). */
	public record ImportedMeasure(String fieldTitle, Measure measure) {
	}

	/**
	 * Imports measures into the draft, all or none (one transaction): each goes to the field of its title (case
	 * ignored); a field that does not exist is created when {@code createFields} is set, else nothing is stored.
	 * Status, reason and progress are taken as given when {@link Measure#stateProblem} allows them together.
	 *
	 * @return the number of measures imported
	 */
	@Transactional
	public int importMeasures(KommuneId kommune, List<ImportedMeasure> measures, boolean createFields) {
		long plan = plan(kommune);
		Map<String, Long> fields = new java.util.HashMap<>();
		for (PlanField field : repository.load(plan).fields()) {
			fields.putIfAbsent(fieldKey(field.title()), field.id());
		}
		java.time.Instant now = clock.instant();
		List<TeamMember> team = team(kommune);
		for (ImportedMeasure imported : measures) {
			String title = imported.fieldTitle().strip();
			Long field = fields.get(fieldKey(title));
			if (field == null) {
				if (!createFields) {
					throw new PlanException("plan.import.unknownField");
				}
				if (title.isEmpty() || title.length() > 200) {
					throw new PlanException("plan.rule.fieldTitle");
				}
				field = repository.insertField(plan, title, null);
				fields.put(fieldKey(title), field);
			}
			Measure m = withResponsible(team, imported.measure());
			String problem = Measure.stateProblem(m.status(), m.statusReason(), m.progress(), m.start(), today());
			if (problem != null) {
				throw new PlanException(problem);
			}
			repository.insertMeasure(new Measure(0, field, m.title(), m.description(), m.responsibleUnit(),
					m.responsiblePerson(), m.partners(), m.targetGroups(), m.start(), m.end(), m.budget(),
					m.fundingSource(), m.status(), m.statusReason(), m.progress(), null, m.responsibleUserId()), now);
		}
		return measures.size();
	}

	/** How field titles are compared on import: stripped, case ignored. */
	public static String fieldKey(String title) {
		return title.strip().toLowerCase(java.util.Locale.GERMAN);
	}

	/** A member of the Kommune's team who can be responsible for measures. */
	public record TeamMember(UUID id, String name, String email) {
	}

	/** The members of the Kommune's team (every role), by name, each once. */
	@Transactional(readOnly = true)
	public List<TeamMember> team(KommuneId kommune) {
		Map<UUID, TeamMember> team = new java.util.LinkedHashMap<>();
		for (Membership membership : users.membershipsIn(kommune)) {
			UUID id = membership.user().value();
			if (!team.containsKey(id)) {
				UserAccount account = users.get(membership.user());
				if (account.enabled()) {
					team.put(id, new TeamMember(id, account.displayName(), account.email()));
				}
			}
		}
		return team.values().stream().sorted(java.util.Comparator.comparing(TeamMember::name)).toList();
	}

	/**
	 * The measure with its responsible user checked (a member of the Kommune's team) and, when no name is given,
	 * the user's name as the responsible person.
	 */
	private Measure withResponsible(KommuneId kommune, Measure m) {
		return m.responsibleUserId() == null ? m : withResponsible(team(kommune), m);
	}

	private static Measure withResponsible(List<TeamMember> team, Measure m) {
		if (m.responsibleUserId() == null) {
			return m;
		}
		TeamMember member = team.stream().filter(t -> t.id().equals(m.responsibleUserId())).findFirst()
			.orElseThrow(() -> new PlanException("plan.rule.responsibleNotMember"));
		if (m.responsiblePerson() != null) {
			return m;
		}
		return new Measure(m.id(), m.fieldId(), m.title(), m.description(), m.responsibleUnit(), member.name(),
				m.partners(), m.targetGroups(), m.start(), m.end(), m.budget(), m.fundingSource(), m.status(),
				m.statusReason(), m.progress(), m.origin(), m.responsibleUserId());
	}

	// reminders

	/** The reminder settings of the Kommune's plan (on, 90 days for a plan not created yet). */
	@Transactional(readOnly = true)
	public ReminderSettings reminderSettings(KommuneId kommune) {
		return repository.planId(kommune).map(repository::reminderSettings)
			.orElse(new ReminderSettings(true, 90));
	}

	@Transactional
	public void setReminderSettings(KommuneId kommune, boolean enabled, int staleAfterDays) {
		if (staleAfterDays < 7 || staleAfterDays > 730) {
			throw new PlanException("plan.rule.staleDays");
		}
		repository.setReminderSettings(plan(kommune), new ReminderSettings(enabled, staleAfterDays));
	}

	/**
	 * The reminders due now and not yet claimed: overdue milestones, and measures without an update for the
	 * plan's number of days (the period is the day of the last update, so the next reminder needs a new quiet
	 * period).
	 */
	@Transactional(readOnly = true)
	public List<PlanReminder> dueReminders() {
		LocalDate today = today();
		List<PlanReminder> due = new ArrayList<>(repository.overdueMilestones(today));
		java.time.Instant now = clock.instant();
		for (PlanRepository.QuietCandidate c : repository.quietCandidates(now.minus(java.time.Duration.ofDays(7)))) {
			if (c.lastActivity().plus(java.time.Duration.ofDays(c.staleAfterDays())).isAfter(now)) {
				continue;
			}
			LocalDate period = c.lastActivity().atZone(ZONE).toLocalDate();
			if (!repository.staleClaimed(c.measureId(), period)) {
				due.add(new PlanReminder(PlanReminder.Kind.STALE, c.measureId(), period, c.kommune(), c.measureId(),
						c.title(), null, c.user(), c.staleAfterDays()));
			}
		}
		return due;
	}

	/** Claims a reminder before its mail goes out; false when another node (or run) has it already. */
	public boolean claimReminder(PlanReminder reminder) {
		return repository.claimReminder(reminder, clock.instant());
	}

	/** Gives a claimed reminder back (its mail did not go out), so the next run tries again. */
	public void releaseReminder(PlanReminder reminder) {
		repository.releaseReminder(reminder);
	}

	// proposals of the Zukunftswerkstatt

	@Transactional(readOnly = true)
	public List<Proposal> proposals(KommuneId kommune) {
		return repository.proposals(kommune);
	}

	/**
	 * Adopts a proposed field of action with its proposed measures (as ideas) into the draft; each keeps its origin
	 * (workshop, cards, votes). A proposal is adopted once.
	 *
	 * @return the new field
	 */
	@Transactional
	public long adopt(KommuneId kommune, long proposalId) {
		Proposal proposal = repository.proposals(kommune).stream().filter(p -> p.id() == proposalId).findFirst()
			.orElseThrow(() -> new NotFoundException("proposal " + proposalId));
		if (proposal.adopted()) {
			throw new PlanException("plan.rule.adoptedTwice");
		}
		long field = repository.insertField(plan(kommune), proposal.title(), proposal.origin());
		repository.adoptProposalField(proposal.id(), field);
		for (Proposal.ProposedMeasure pm : proposal.measures()) {
			if (pm.adoptedMeasureId() == null) {
				adoptInto(proposal, pm, field);
			}
		}
		return field;
	}

	/**
	 * Adopts one proposed measure (as an idea with its origin) into a field of the draft – the field the proposal
	 * became, or any other; the rest of the proposal stays open. A proposed measure is adopted once.
	 *
	 * @return the new measure
	 */
	@Transactional
	public long adoptMeasure(KommuneId kommune, long proposalId, long proposedMeasureId, long fieldId) {
		Proposal proposal = repository.proposals(kommune).stream().filter(p -> p.id() == proposalId).findFirst()
			.orElseThrow(() -> new NotFoundException("proposal " + proposalId));
		Proposal.ProposedMeasure pm = proposal.measures().stream().filter(m -> m.id() == proposedMeasureId)
			.findFirst().orElseThrow(() -> new NotFoundException("proposed measure " + proposedMeasureId));
		if (pm.adoptedMeasureId() != null) {
			throw new PlanException("plan.rule.adoptedTwice");
		}
		ownField(kommune, fieldId);
		return adoptInto(proposal, pm, fieldId);
	}

	private long adoptInto(Proposal proposal, Proposal.ProposedMeasure pm, long field) {
		Origin origin = new Origin(proposal.origin().workshopId(), proposal.origin().workshopTitle(),
				proposal.origin().workshopPath(), pm.cardId() == null ? List.of() : List.of(pm.cardId()), pm.votes(),
				pm.voteSessionIds());
		StringBuilder description = new StringBuilder();
		if (pm.firstSteps() != null) {
			description.append(pm.firstSteps());
		}
		if (pm.realityCheck() != null) {
			description.append(description.isEmpty() ? "" : "\n\n").append(pm.realityCheck());
		}
		long measure = repository.insertMeasure(Measure.idea(field, pm.title(), pm.kuemmerer(),
				description.isEmpty() ? null : description.toString(), origin), clock.instant());
		repository.adoptProposalMeasure(pm.id(), measure);
		return measure;
	}

	// versions

	/** Publishes the draft as the next numbered version; the version never changes afterwards. */
	@Transactional
	public PlanVersion publish(KommuneId kommune, LocalDate decidedOn, String decisionRef, String author) {
		String ref = decisionRef.strip();
		if (ref.isEmpty() || ref.length() > 300) {
			throw new PlanException("plan.rule.decisionRef");
		}
		long plan = plan(kommune);
		repository.lockPlan(plan);
		PlanData data = repository.load(plan);
		if (data.isEmpty()) {
			throw new PlanException("plan.rule.publishEmpty");
		}
		int number = repository.nextVersionNumber(plan);
		repository.insertVersion(plan, number, decidedOn, ref, clock.instant(), author,
				JSON.writeValueAsString(Snapshot.of(data)));
		return versions(kommune).get(0);
	}

	/** The published versions, newest first. */
	@Transactional(readOnly = true)
	public List<PlanVersion> versions(KommuneId kommune) {
		return repository.planId(kommune).map(repository::versions).orElse(List.of()).stream()
			.map(v -> new PlanVersion(v.id(), v.number(), v.decidedOn(), v.decisionRef(), v.publishedAt(),
					v.publishedBy(), snapshot(v)))
			.toList();
	}

	/**
	 * The outlines of many Kommunen's plans for overviews across a programme, read with four queries whatever the
	 * number of Kommunen; a Kommune without a plan gets {@link PlanOutline#NONE}.
	 */
	@Transactional(readOnly = true)
	public Map<KommuneId, PlanOutline> outlines(Collection<KommuneId> kommunen) {
		Map<KommuneId, Long> planIds = repository.planIds(kommunen);
		Map<Long, List<String>> fields = repository.fieldTitles(planIds.values());
		Map<Long, List<PlanOutline.MeasureOutline>> measures = repository.measureOutlines(planIds.values());
		Map<Long, PlanRepository.VersionRow> versions = repository.latestVersions(planIds.values());
		Map<KommuneId, PlanOutline> out = new LinkedHashMap<>();
		for (KommuneId kommune : kommunen) {
			Long plan = planIds.get(kommune);
			if (plan == null) {
				out.put(kommune, PlanOutline.NONE);
				continue;
			}
			PlanRepository.VersionRow version = versions.get(plan);
			List<String> titles = version == null ? fields.getOrDefault(plan, List.of())
					: snapshot(version).items().stream().filter(i -> i.kind() == Snapshot.Kind.FIELD)
						.map(Snapshot.Item::title).toList();
			out.put(kommune, new PlanOutline(version == null ? null : version.number(), titles,
					measures.getOrDefault(plan, List.of())));
		}
		return out;
	}

	/** The latest published version (only its snapshot is read). */
	@Transactional(readOnly = true)
	public java.util.Optional<PlanVersion> latestVersion(KommuneId kommune) {
		return repository.planId(kommune).flatMap(p -> repository.versions(p).stream().findFirst())
			.map(v -> new PlanVersion(v.id(), v.number(), v.decidedOn(), v.decisionRef(), v.publishedAt(),
					v.publishedBy(), snapshot(v)));
	}

	private Snapshot snapshot(PlanRepository.VersionRow row) {
		Snapshot cached = snapshots.get(row.id());
		if (cached == null) {
			cached = JSON.readValue(row.snapshot(), Snapshot.class);
			if (snapshots.size() > 64) {
				snapshots.clear();
			}
			snapshots.put(row.id(), cached);
		}
		return cached;
	}

	/** Deletes the Kommune's whole plan with versions (the benchmark's clean-up). */
	@Transactional
	public void deletePlan(KommuneId kommune) {
		repository.planId(kommune).ifPresent(plan -> {
			deletePhotoFiles(repository.photoFilesOfPlan(plan));
			repository.deletePlan(plan);
		});
	}

	@Transactional(readOnly = true)
	public PlanVersion version(KommuneId kommune, int number) {
		return versions(kommune).stream().filter(v -> v.number() == number).findFirst()
			.orElseThrow(() -> new NotFoundException("version " + number));
	}

	/** What changed from version {@code from} to version {@code to}; 0 stands for the current draft. */
	@Transactional(readOnly = true)
	public List<Snapshot.Change> compare(KommuneId kommune, int from, int to) {
		return snapshot(kommune, from).compareTo(snapshot(kommune, to));
	}

	private Snapshot snapshot(KommuneId kommune, int number) {
		return number == 0 ? Snapshot.of(draft(kommune)) : version(kommune, number).snapshot();
	}

	// helpers

	private long plan(KommuneId kommune) {
		return repository.planId(kommune).orElseGet(() -> {
			if (kommunen.find(kommune).isEmpty()) {
				throw new NotFoundException("Kommune " + kommune);
			}
			return repository.createPlan(kommune, clock.instant());
		});
	}

	private Measure own(KommuneId kommune, long measureId) {
		Map.Entry<Long, Measure> entry = repository.measure(measureId)
			.orElseThrow(() -> new NotFoundException("measure " + measureId));
		if (!repository.planId(kommune).map(p -> p.equals(entry.getKey())).orElse(false)) {
			throw new NotFoundException("measure " + measureId);
		}
		return entry.getValue();
	}

	private void ownField(KommuneId kommune, long fieldId) {
		Long plan = repository.fieldPlan(fieldId).orElseThrow(() -> new NotFoundException("field " + fieldId));
		if (!repository.planId(kommune).map(plan::equals).orElse(false)) {
			throw new NotFoundException("field " + fieldId);
		}
	}

	/** Measures matching the filters of the table (null or blank: no filter). */
	public static List<Measure> filter(PlanData plan, @Nullable Long field, @Nullable MeasureStatus status,
			@Nullable String responsible, @Nullable TargetGroup group, @Nullable String quarter, boolean overdue,
			LocalDate today) {
		String who = responsible == null || responsible.isBlank() ? null
				: responsible.strip().toLowerCase(java.util.Locale.GERMAN);
		List<Measure> out = new ArrayList<>();
		for (Measure m : plan.measures()) {
			if (field != null && m.fieldId() != field) {
				continue;
			}
			if (status != null && m.status() != status) {
				continue;
			}
			if (who != null && !(contains(m.responsiblePerson(), who) || contains(m.responsibleUnit(), who))) {
				continue;
			}
			if (group != null && !m.targetGroups().contains(group)) {
				continue;
			}
			if (quarter != null && !quarter.isBlank() && !m.inQuarter(quarter.strip())) {
				continue;
			}
			if (overdue && !(m.overdue(today) || plan.milestonesOf(m.id()).stream().anyMatch(s -> s.overdue(today)))) {
				continue;
			}
			out.add(m);
		}
		return out;
	}

	private static boolean contains(@Nullable String text, String lowerNeedle) {
		return text != null && text.toLowerCase(java.util.Locale.GERMAN).contains(lowerNeedle);
	}
}
