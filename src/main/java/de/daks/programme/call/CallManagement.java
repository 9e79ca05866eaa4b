package de.daks.programme.call;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.identity.UserAccount;
import de.daks.identity.UserManagement;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.programme.SizeClass;
import de.daks.process.AttachmentFiles;
import de.daks.programme.selection.Candidate;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls, applications, reviews and the selection decision. Object-level rules live here: an applicant sees and edits
 * only their own applications, a reviewer only the applications assigned to them and the other reviewers' entries
 * only after submitting their own; the Geschäftsstelle manages everything, the Ministerium reads.
 */
@Service
public class CallManagement {

	private final CallRepository repository;

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	private final UserManagement users;

	private final Authorization authorization;

	private final ApplicationMails mails;

	private final AuditLog audit;

	private final Clock clock;

	private final AttachmentFiles files;

	CallManagement(CallRepository repository, ProgrammeManagement programmes, KommuneManagement kommunen,
			UserManagement users, Authorization authorization, ApplicationMails mails, AuditLog audit, Clock clock,
			AttachmentFiles files) {
		this.files = files;
		this.repository = repository;
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.users = users;
		this.authorization = authorization;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- calls

	@Transactional
	public CallId createCall(ProgrammeId programme, String title, String summary, String documents, Instant deadline) {
		programmes.get(programme);
		Call call = new Call(CallId.random(), programme, title.strip(), summary.strip(), documents.strip(), deadline,
				false);
		repository.insert(call, clock.instant());
		audit.record("programme.call.created", "Call", call.id().toString(), null, call.title());
		return call.id();
	}

	@Transactional
	public void publish(CallId id) {
		getCall(id);
		repository.publish(id);
		audit.record("programme.call.published", "Call", id.toString(), null, "published");
	}

	@Transactional(readOnly = true)
	public Call getCall(CallId id) {
		return repository.findCall(id).orElseThrow(() -> new NotFoundException("Call " + id));
	}

	/** A call as the public sees it: only published calls exist. */
	@Transactional(readOnly = true)
	public Call getPublishedCall(CallId id) {
		return repository.findCall(id).filter(Call::published).orElseThrow(() -> new NotFoundException("Call " + id));
	}

	@Transactional(readOnly = true)
	public List<Call> publishedCalls() {
		return repository.publishedCalls();
	}

	@Transactional(readOnly = true)
	public List<Call> callsOf(ProgrammeId programme) {
		return repository.callsOf(programme);
	}

	public boolean isOpen(Call call) {
		return call.isOpen(clock.instant());
	}

	// ---- applications

	/**
	 * Starts a draft for the current user. With a Kommune the user works for, the data sheet is pre-filled from DAKS
	 * (name, kind, Land, key, population with its date).
	 * @throws IllegalStateException if the call is closed
	 * @throws AccessDeniedException if the user does not work for the Kommune
	 */
	@Transactional
	public ApplicationId startApplication(CallId callId, @Nullable KommuneId kommuneId, String kommuneName) {
		Call call = getPublishedCall(callId);
		if (!call.isOpen(clock.instant())) {
			throw new IllegalStateException("The call " + callId + " is closed");
		}
		DaksPrincipal user = requireUser();
		Instant now = clock.instant();
		Application draft;
		if (kommuneId != null) {
			if (!authorization.isAllowed(Permission.KOMMUNE_EDIT, kommuneId)) {
				throw new AccessDeniedException("Not working for Kommune " + kommuneId);
			}
			Kommune k = kommunen.get(kommuneId);
			draft = new Application(ApplicationId.random(), callId, user.id(), k.id(), k.name(), k.kind().name(),
					k.landCode(), k.areaKeys().isEmpty() ? null : k.areaKeys().get(0), k.population(),
					k.populationDate(), PopulationTrend.UNKNOWN, false, user.displayName(), "", user.email(),
					Commitment.NONE, "", "", "", ApplicationStatus.DRAFT, now, now, null, Map.of());
		}
		else {
			if (kommuneName.isBlank() || kommuneName.length() > 200) {
				throw new IllegalArgumentException("A Kommune name of 1 to 200 characters is needed");
			}
			draft = new Application(ApplicationId.random(), callId, user.id(), null, kommuneName.strip(), "GEMEINDE",
					null, null, null, null, PopulationTrend.UNKNOWN, false, user.displayName(), "", user.email(),
					Commitment.NONE, "", "", "", ApplicationStatus.DRAFT, now, now, null, Map.of());
		}
		repository.insert(draft);
		audit.record("programme.application.started", "Application", draft.id().toString(), kommuneId,
				draft.kommuneName());
		return draft.id();
	}

	/** The current user's own applications. */
	@Transactional(readOnly = true)
	public List<Application> myApplications() {
		return repository.applicationsOf(requireUser().id());
	}

	/**
	 * An application for its applicant or the programme's readers (Geschäftsstelle, Ministerium).
	 * @throws NotFoundException if it does not exist
	 * @throws AccessDeniedException for anyone else – also for other applicants
	 */
	@Transactional(readOnly = true)
	public Application getApplication(ApplicationId id) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		if (!isApplicant(application) && !authorization.isAllowed(Permission.PROGRAMME_VIEW, null)) {
			throw new AccessDeniedException("Not the applicant of " + id);
		}
		return application;
	}

	/** An application without access check – for tests and internal use (package-private). */
	Application getApplicationUnchecked(ApplicationId id) {
		return repository.findApplication(id).orElseThrow(() -> new NotFoundException("Application " + id));
	}

	/** Attachments without access check (package-private, for tests). */
	List<ApplicationAttachment> attachmentsUnchecked(ApplicationId id) {
		return repository.attachments(id);
	}

	/** Applications of a user without access check (package-private, for tests). */
	List<Application> myApplicationsOf(de.daks.identity.UserId user) {
		return repository.applicationsOf(user);
	}

	public boolean isApplicant(Application application) {
		DaksPrincipal user = Authorization.currentUser();
		return user != null && user.id().equals(application.applicant());
	}

	/** Saves the draft; only the applicant, only while it is a draft. */
	@Transactional
	public void saveDraft(ApplicationId id, ApplicationForm form) {
		Application application = ownDraft(id);
		repository.updateDraft(id, form, clock.instant());
		audit.record("programme.application.saved", "Application", id.toString(), application.kommune(),
				"draft saved");
	}

	/**
	 * Saves and submits: refused after the deadline (nothing is stored then) and when parts are missing; locks the
	 * application with the time of submission and sends the confirmation to the contact and the applicant.
	 * @throws DeadlinePassedException after the deadline
	 * @throws IncompleteApplicationException naming the missing parts
	 */
	@Transactional
	public Instant submit(ApplicationId id, ApplicationForm form) {
		Application application = ownDraft(id);
		Call call = getCall(application.call());
		Instant now = clock.instant();
		if (!call.isOpen(now)) {
			throw new DeadlinePassedException(call.deadline());
		}
		List<String[]> problems = new ArrayList<>(form.completenessProblems());
		if ((form.getCommitment() == Commitment.COUNCIL_DECISION || form.getCommitment() == Commitment.SUPPORT_LETTER)
				&& repository.attachments(id).isEmpty()) {
			problems.add(new String[] { "commitment", "programme.application.missing.attachment" });
		}
		if (!problems.isEmpty()) {
			throw new IncompleteApplicationException(problems);
		}
		repository.updateDraft(id, form, now);
		if (!repository.submit(id, now)) {
			throw new IllegalStateException("Application " + id + " is no draft any more");
		}
		audit.record("programme.application.submitted", "Application", id.toString(), application.kommune(),
				"submitted for " + call.title());
		Application submitted = repository.findApplication(id).orElseThrow();
		mails.sendConfirmation(submitted.contactEmail(), submitted, call, now);
		String applicantEmail = users.get(submitted.applicant()).email();
		if (!applicantEmail.equalsIgnoreCase(submitted.contactEmail())) {
			mails.sendConfirmation(applicantEmail, submitted, call, now);
		}
		return now;
	}

	/**
	 * Attaches a file to the applicant's draft: checked by content and size by the attachment store.
	 * @throws de.daks.process.AttachmentRejectedException if the file is empty, too large or of a type not allowed
	 */
	@Transactional
	public ApplicationAttachment attach(ApplicationId id, String fileName, long size, InputStream content) {
		Application application = ownDraft(id);
		String name = fileName.isBlank() ? "datei" : fileName.strip();
		name = name.length() > 255 ? name.substring(name.length() - 255) : name;
		AttachmentFiles.StoredAttachmentFile stored = files.storeFile(name, size, content);
		ApplicationAttachment attachment = new ApplicationAttachment(UUID.randomUUID(), id, name,
				stored.storageName(), stored.contentType(), stored.size(), clock.instant());
		repository.insertAttachment(attachment, stored.sha256());
		audit.record("programme.application.attached", "Application", id.toString(), application.kommune(),
				name + " (" + stored.contentType() + ", " + stored.size() + " bytes)");
		return attachment;
	}

	/** The attachments of an application, for those who may read the application or review it. */
	@Transactional(readOnly = true)
	public List<ApplicationAttachment> attachments(ApplicationId id) {
		requireReadable(id);
		return repository.attachments(id);
	}

	/** Opens an attachment for those who may read the application or review it. */
	@Transactional(readOnly = true)
	public AttachmentDownload openAttachment(ApplicationId id, UUID attachmentId) throws IOException {
		requireReadable(id);
		ApplicationAttachment attachment = repository.attachments(id).stream()
			.filter(a -> a.id().equals(attachmentId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
		return new AttachmentDownload(attachment, files.openFile(attachment.storageName()));
	}

	private void requireReadable(ApplicationId id) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		DaksPrincipal user = Authorization.currentUser();
		boolean reviewer = user != null && repository.findAssignment(id, user.id()).isPresent();
		if (!isApplicant(application) && !reviewer && !authorization.isAllowed(Permission.PROGRAMME_VIEW, null)) {
			throw new AccessDeniedException("Not allowed to read " + id);
		}
	}

	/** An attachment with its content. */
	public record AttachmentDownload(ApplicationAttachment attachment, InputStream content) {
	}

	private Application ownDraft(ApplicationId id) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		if (!isApplicant(application)) {
			throw new AccessDeniedException("Not the applicant of " + id);
		}
		if (!application.isDraft()) {
			throw new IllegalStateException("Application " + id + " is " + application.status() + ", not a draft");
		}
		return application;
	}

	/** The applications to a call with their assessment (Geschäftsstelle and Ministerium). */
	@Transactional(readOnly = true)
	public List<ApplicationAssessment> assessments(CallId call) {
		getCall(call);
		List<ApplicationAssessment> result = new ArrayList<>();
		for (Application a : repository.applicationsTo(call)) {
			result.add(assess(a));
		}
		return result;
	}

	private ApplicationAssessment assess(Application a) {
		int submitted = 0;
		int pending = 0;
		boolean allMet = true;
		Map<CallCondition, List<Integer>> scores = new EnumMap<>(CallCondition.class);
		for (CallRepository.Assignment assignment : repository.assignmentsFor(a.id())) {
			if (assignment.conflict()) {
				continue;
			}
			if (!assignment.submitted()) {
				pending++;
				continue;
			}
			submitted++;
			Map<CallCondition, ReviewEntry> entries = new EnumMap<>(CallCondition.class);
			repository.entries(a.id(), assignment.reviewer()).forEach(e -> entries.put(e.condition(), e));
			for (CallCondition c : CallCondition.prerequisites()) {
				ReviewEntry e = entries.get(c);
				allMet &= e != null && Boolean.TRUE.equals(e.met());
			}
			for (CallCondition c : CallCondition.favourable()) {
				ReviewEntry e = entries.get(c);
				scores.computeIfAbsent(c, k -> new ArrayList<>()).add(e == null || e.score() == null ? 0 : e.score());
			}
		}
		BigDecimal total = BigDecimal.ZERO;
		for (List<Integer> list : scores.values()) {
			BigDecimal sum = BigDecimal.valueOf(list.stream().mapToInt(Integer::intValue).sum());
			total = total.add(sum.divide(BigDecimal.valueOf(list.size()), 10, RoundingMode.HALF_UP));
		}
		return new ApplicationAssessment(a, submitted, pending,
				submitted > 0 && allMet && a.status() != ApplicationStatus.DRAFT, total.setScale(2, RoundingMode.HALF_UP));
	}

	// ---- reviewers

	/**
	 * Assigns a reviewer by e-mail address (an existing account). The applicant cannot review their own application.
	 * @throws IllegalArgumentException if there is no such account or it is the applicant
	 */
	@Transactional
	public void assignReviewer(ApplicationId id, String email) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		UserAccount reviewer = users.findByEmail(email.strip())
			.orElseThrow(() -> new IllegalArgumentException("No account with the e-mail address " + email));
		if (reviewer.id().equals(application.applicant())) {
			throw new IllegalArgumentException("The applicant cannot review their own application");
		}
		if (repository.assignReviewer(id, reviewer.id(), clock.instant())) {
			audit.record("programme.review.assigned", "Application", id.toString(), application.kommune(),
					"reviewer " + reviewer.email());
		}
	}

	/** Applications assigned to the current user with the state of their own review. */
	@Transactional(readOnly = true)
	public List<ReviewTask> myReviewTasks() {
		DaksPrincipal user = requireUser();
		List<ReviewTask> tasks = new ArrayList<>();
		for (CallRepository.Assignment a : repository.assignmentsOf(user.id())) {
			Application application = repository.findApplication(a.application()).orElseThrow();
			if (application.isDraft()) {
				continue;
			}
			tasks.add(new ReviewTask(application, getCall(application.call()), a.conflict(), a.submitted()));
		}
		return tasks;
	}

	/** What the current reviewer sees of an assigned application: the application, their own entries, and the
	 * other reviewers' entries only once their own review is submitted. */
	@Transactional(readOnly = true)
	public ReviewView review(ApplicationId id) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		CallRepository.Assignment own = ownAssignment(application);
		if (application.isDraft()) {
			throw new AccessDeniedException("Application " + id + " is not submitted");
		}
		List<ReviewEntry> entries = repository.entries(id, own.reviewer());
		Optional<ReviewComparison> others = own.submitted() ? Optional.of(compareInternal(application))
				: Optional.empty();
		return new ReviewView(application, getCall(application.call()), entries, own.conflict(), own.submitted(),
				others);
	}

	/**
	 * Saves the current reviewer's entries and, with {@code submit}, submits them: then every prerequisite needs a
	 * yes/no and every favourable condition a score with a reason.
	 * @throws IncompleteApplicationException naming the missing entries on submission
	 * @throws IllegalStateException after submission or a declared conflict of interest
	 */
	@Transactional
	public void saveReview(ApplicationId id, List<ReviewEntry> entries, boolean submit) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		CallRepository.Assignment own = ownAssignment(application);
		if (own.submitted() || own.conflict() || application.isDraft()) {
			throw new IllegalStateException("The review of " + id + " cannot be changed any more");
		}
		if (submit) {
			List<String[]> problems = new ArrayList<>();
			Map<CallCondition, ReviewEntry> byCondition = new EnumMap<>(CallCondition.class);
			entries.forEach(e -> byCondition.put(e.condition(), e));
			for (CallCondition c : CallCondition.values()) {
				ReviewEntry e = byCondition.get(c);
				if (c.isPrerequisite() && (e == null || e.met() == null)) {
					problems.add(new String[] { "met[" + c.name() + "]", "programme.review.missing.met" });
				}
				if (!c.isPrerequisite() && (e == null || e.score() == null || e.note().isBlank())) {
					problems.add(new String[] { "score[" + c.name() + "]", "programme.review.missing.score" });
				}
			}
			if (!problems.isEmpty()) {
				throw new IncompleteApplicationException(problems);
			}
		}
		repository.saveEntries(id, own.reviewer(), entries);
		if (submit) {
			repository.submitReview(id, own.reviewer(), clock.instant());
		}
		audit.record(submit ? "programme.review.submitted" : "programme.review.saved", "Application", id.toString(),
				application.kommune(), submit ? "review submitted" : "review saved");
	}

	/** Declares a conflict of interest: the reviewer takes no further part and their entries do not count. */
	@Transactional
	public void declareConflict(ApplicationId id, String note) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		CallRepository.Assignment own = ownAssignment(application);
		if (own.submitted()) {
			throw new IllegalStateException("The review of " + id + " is already submitted");
		}
		String cleaned = note.strip();
		repository.declareConflict(id, own.reviewer(), cleaned.length() > 2000 ? cleaned.substring(0, 2000) : cleaned);
		audit.record("programme.review.conflict", "Application", id.toString(), application.kommune(),
				"conflict of interest declared");
	}

	/** The submitted reviews side by side (Geschäftsstelle and Ministerium). */
	@Transactional(readOnly = true)
	public ReviewComparison compare(ApplicationId id) {
		Application application = repository.findApplication(id)
			.orElseThrow(() -> new NotFoundException("Application " + id));
		return compareInternal(application);
	}

	/** Names of the reviewers assigned to an application, with their state. */
	@Transactional(readOnly = true)
	public List<String> reviewerNames(ApplicationId id) {
		return repository.assignmentsFor(id).stream().map(a -> users.get(a.reviewer()).displayName()).toList();
	}

	private ReviewComparison compareInternal(Application application) {
		List<String> names = new ArrayList<>();
		List<String> conflicts = new ArrayList<>();
		List<Map<CallCondition, ReviewEntry>> columns = new ArrayList<>();
		for (CallRepository.Assignment a : repository.assignmentsFor(application.id())) {
			String name = users.get(a.reviewer()).displayName();
			if (a.conflict()) {
				conflicts.add(name);
				continue;
			}
			if (!a.submitted()) {
				continue;
			}
			names.add(name);
			Map<CallCondition, ReviewEntry> column = new EnumMap<>(CallCondition.class);
			repository.entries(application.id(), a.reviewer()).forEach(e -> column.put(e.condition(), e));
			columns.add(column);
		}
		List<ReviewComparison.Row> rows = new ArrayList<>();
		for (CallCondition c : CallCondition.values()) {
			List<ReviewEntry> cells = new ArrayList<>();
			columns.forEach(column -> cells.add(column.get(c)));
			rows.add(ReviewComparison.row(c, cells));
		}
		return new ReviewComparison(names, rows, conflicts);
	}

	private CallRepository.Assignment ownAssignment(Application application) {
		DaksPrincipal user = requireUser();
		return repository.findAssignment(application.id(), user.id())
			.orElseThrow(() -> new AccessDeniedException("Not a reviewer of " + application.id()));
	}

	// ---- selection

	/** The eligible applications of a call as candidates of the selection optimiser. */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(CallId call) {
		return assessments(call).stream()
			.filter(a -> a.eligible() && a.application().status() != ApplicationStatus.DRAFT)
			.map(a -> new Candidate(a.application().id().toString(), a.application().kommuneName(), a.score(),
					a.application().landCode() == null ? "--" : a.application().landCode(),
					a.application().kommuneType(), SizeClass.of(a.application().population()),
					a.application().grwArea(), a.application().trend() == PopulationTrend.SHRINKING))
			.toList();
	}

	/**
	 * Decides the selection: the given applications are selected, every other submitted application of the call is not;
	 * decision letters go to the contacts; selected Kommunen known to DAKS join the programme.
	 * @throws IllegalArgumentException if a selected id is no eligible application of the call
	 */
	@Transactional
	public int decide(CallId callId, Set<ApplicationId> selected) {
		Call call = getCall(callId);
		Set<String> eligible = new java.util.HashSet<>();
		candidates(callId).forEach(c -> eligible.add(c.id()));
		for (ApplicationId id : selected) {
			if (!eligible.contains(id.toString())) {
				throw new IllegalArgumentException("Not an eligible application of the call: " + id);
			}
		}
		Instant now = clock.instant();
		int letters = 0;
		for (Application a : repository.applicationsTo(callId)) {
			if (a.status() != ApplicationStatus.SUBMITTED) {
				continue;
			}
			boolean chosen = selected.contains(a.id());
			repository.decide(a.id(), chosen ? ApplicationStatus.SELECTED : ApplicationStatus.NOT_SELECTED, now);
			audit.record(chosen ? "programme.application.selected" : "programme.application.notSelected",
					"Application", a.id().toString(), a.kommune(), call.title());
			if (chosen && a.kommune() != null) {
				programmes.addKommune(call.programme(), a.kommune());
			}
			mails.sendDecision(a.contactEmail(), a, call, chosen);
			letters++;
		}
		return letters;
	}

	private static DaksPrincipal requireUser() {
		DaksPrincipal user = Authorization.currentUser();
		if (user == null) {
			throw new AccessDeniedException("Signed-in user required");
		}
		return user;
	}

	/** An assigned application in the reviewer's list. */
	public record ReviewTask(Application application, Call call, boolean conflict, boolean submitted) {
	}

	/** The reviewer's page. */
	public record ReviewView(Application application, Call call, List<ReviewEntry> ownEntries, boolean conflict,
			boolean submitted, Optional<ReviewComparison> comparison) {

		public @Nullable ReviewEntry own(CallCondition condition) {
			return ownEntries.stream().filter(e -> e.condition() == condition).findFirst().orElse(null);
		}
	}

}
