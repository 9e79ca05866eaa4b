package de.daks.review;

import de.daks.indicators.IndicatorService;
import de.daks.indicators.IndicatorValue;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.PlanData;
import de.daks.plan.PlanException;
import de.daks.plan.PlanRevisions;
import de.daks.plan.PlanVersion;
import de.daks.plan.Plans;
import de.daks.plan.Snapshot;
import de.daks.process.KickOffManagement;
import de.daks.process.Stakeholder;
import de.daks.process.StakeholderId;
import de.daks.review.internal.ReviewMails;
import de.daks.review.internal.ReviewRepository;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Zwischenbilanz of a Kommune: start a review of a published plan version, the facts (goals with trend,
 * measures planned against actual), the team's entries, the stakeholder survey, decisions applied to the plan draft,
 * the next plan version, the Verstetigung, completion. Permissions are checked by the routes; every method checks
 * that the review belongs to the Kommune it is given, and the {@link Review} aggregate checks its life cycle.
 */
@Service
public class Reviews {

	/** Statistics series start this many years before the year of the reviewed version's decision. */
	public static final int SERIES_YEARS_BEFORE = 5;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What the public survey page needs to know about the review a personal link belongs to. */
	public record SurveyAccess(long reviewId, String kommuneName, int versionNumber) {
	}

	private final ReviewRepository repository;

	private final Plans plans;

	private final PlanRevisions revisions;

	private final IndicatorService indicators;

	private final KommuneManagement kommunen;

	private final KickOffManagement kickOff;

	private final ReviewMails mails;

	private final MessageSource messages;

	private final Clock clock;

	private final int surveyDays;

	Reviews(ReviewRepository repository, Plans plans, PlanRevisions revisions, IndicatorService indicators,
			KommuneManagement kommunen, KickOffManagement kickOff, ReviewMails mails, MessageSource messages,
			Clock clock, @Value("${daks.review.survey-days:28}") int surveyDays) {
		this.repository = repository;
		this.plans = plans;
		this.revisions = revisions;
		this.indicators = indicators;
		this.kommunen = kommunen;
		this.kickOff = kickOff;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
		this.surveyDays = surveyDays;
	}

	public LocalDate today() {
		return plans.today();
	}

	// reviews

	@Transactional(readOnly = true)
	public List<Review> reviews(KommuneId kommune) {
		return repository.reviews(kommune);
	}

	@Transactional(readOnly = true)
	public Optional<Review> openReview(KommuneId kommune) {
		return repository.openReview(kommune);
	}

	/** The review of the Kommune; not found when it belongs to another one. */
	@Transactional(readOnly = true)
	public Review review(KommuneId kommune, long reviewId) {
		return repository.review(reviewId).filter(r -> r.kommuneId().equals(kommune))
			.orElseThrow(() -> new NotFoundException("review " + reviewId));
	}

	/** The plan version the review is about. */
	@Transactional(readOnly = true)
	public PlanVersion version(Review review) {
		return plans.version(review.kommuneId(), review.versionNumber());
	}

	/** Starts a review of a published version; a Kommune has one open review at a time. */
	@Transactional
	public long start(KommuneId kommune, int versionNumber, String author) {
		PlanVersion version;
		try {
			version = plans.version(kommune, versionNumber);
		}
		catch (NotFoundException ex) {
			throw new ReviewException("review.rule.versionUnknown");
		}
		if (repository.openReview(kommune).isPresent()) {
			throw new ReviewException("review.rule.openExists");
		}
		try {
			return repository.insertReview(kommune, version.id(), version.number(), clock.instant(), author);
		}
		catch (DuplicateKeyException ex) {
			throw new ReviewException("review.rule.openExists");
		}
	}

	// facts

	/** The goals and measures: frozen when the decisions were applied or the review completed, else as of today. */
	@Transactional(readOnly = true)
	public ReviewFacts facts(Review review) {
		Optional<String> frozen = repository.facts(review.id());
		if (frozen.isPresent()) {
			return JSON.readValue(frozen.get(), ReviewFacts.class);
		}
		return compute(review);
	}

	private ReviewFacts compute(Review review) {
		KommuneId k = review.kommuneId();
		PlanVersion version = version(review);
		Snapshot snapshot = version.snapshot();
		Kommune kommune = kommunen.get(k);
		LocalDate today = today();
		Map<String, List<GoalValue>> values = repository.goalValues(review.id()).stream()
			.collect(Collectors.groupingBy(GoalValue::goalKey));
		List<GoalFacts> goals = new ArrayList<>();
		List<MeasureFacts> measures = new ArrayList<>();
		PlanData draft = plans.draft(k);
		Map<Long, Measure> live = draft.measures().stream().collect(Collectors.toMap(Measure::id, Function.identity()));
		Map<Long, PlanRevisions.ActualDates> actual = revisions.actualDates(k);
		Map<String, MeasureEntry> entries = repository.measureEntries(review.id()).stream()
			.collect(Collectors.toMap(MeasureEntry::measureKey, Function.identity()));
		for (Snapshot.Item field : snapshot.fieldItems()) {
			for (Snapshot.Item goal : snapshot.goalsOf(field.key())) {
				goals.add(goal(kommune, version, field, goal, values.getOrDefault(goal.key(), List.of())));
			}
			for (Snapshot.Item item : snapshot.measuresOf(field.key())) {
				measures.add(measure(field, item, live, actual, entries.get(item.key()), today));
			}
		}
		return new ReviewFacts(today, false, goals, measures);
	}

	private GoalFacts goal(Kommune kommune, PlanVersion version, Snapshot.Item field, Snapshot.Item goal,
			List<GoalValue> entered) {
		Map<String, String> a = goal.attributes();
		String key = a.get("indicatorKey");
		BigDecimal baseline = decimal(a.get("baseline"));
		List<Trend.Point> points = new ArrayList<>();
		String source = null;
		if (key != null) {
			if (!kommune.areaKeys().isEmpty()) {
				String area = kommune.areaKeys().get(0);
				source = area;
				int from = version.decidedOn().getYear() - SERIES_YEARS_BEFORE;
				try {
					for (IndicatorValue v : indicators.series(area, key)) {
						if (v.year() >= from && Double.isFinite(v.value())) {
							points.add(new Trend.Point(LocalDate.of(v.year(), 12, 31), v.value()));
						}
					}
				}
				catch (RuntimeException ex) {
					points.clear();
				}
			}
		}
		else {
			if (baseline != null) {
				points.add(new Trend.Point(version.decidedOn(), baseline.doubleValue()));
			}
			entered.forEach(v -> points.add(new Trend.Point(v.measuredOn(), v.value().doubleValue())));
		}
		LocalDate targetDate = a.get("targetDate") == null ? null : LocalDate.parse(a.get("targetDate"));
		return new GoalFacts(goal.key(), field.title(), goal.title(), a.getOrDefault("indicator", goal.title()),
				a.get("unit"), key != null, baseline, decimal(a.get("target")), targetDate, points, source);
	}

	private static MeasureFacts measure(Snapshot.Item field, Snapshot.Item item, Map<Long, Measure> live,
			Map<Long, PlanRevisions.ActualDates> actual, @Nullable MeasureEntry entry, LocalDate today) {
		Map<String, String> a = item.attributes();
		long id = Long.parseLong(item.key().substring(1));
		Measure m = live.get(id);
		PlanRevisions.ActualDates dates = actual.get(id);
		MeasureStatus status = m != null ? m.status() : MeasureStatus.valueOf(a.getOrDefault("status", "IDEA"));
		LocalDate plannedStart = date(a.get("start"));
		LocalDate plannedEnd = date(a.get("end"));
		boolean startEntered = entry != null && entry.actualStart() != null;
		boolean endEntered = entry != null && entry.actualEnd() != null;
		LocalDate actualStart = startEntered ? entry.actualStart() : dates == null ? null : dates.started();
		LocalDate actualEnd = endEntered ? entry.actualEnd()
				: status == MeasureStatus.DONE && dates != null ? dates.finished() : null;
		return new MeasureFacts(item.key(), id, field.key(), field.title(), m != null ? m.title() : item.title(),
				plannedStart, plannedEnd, actualStart, startEntered, actualEnd, endEntered, status,
				m != null ? m.statusReason() : a.get("statusReason"),
				m != null ? m.progress() : Integer.parseInt(a.getOrDefault("progress", "0")), decimal(a.get("budget")),
				a.get("fundingSource"), entry == null ? null : entry.spent(), entry == null ? null : entry.note(),
				m != null, Schedule.startDelay(plannedStart, actualStart, today),
				Schedule.endDelay(plannedEnd, actualEnd, status == MeasureStatus.DROPPED, today));
	}

	// goal values and measure entries

	@Transactional(readOnly = true)
	public List<GoalValue> goalValues(Review review) {
		return repository.goalValues(review.id());
	}

	/** A current value of a manual indicator, measured on a day that is not in the future. */
	@Transactional
	public void addGoalValue(KommuneId kommune, long reviewId, String goalKey, BigDecimal value, LocalDate measuredOn,
			@Nullable String note, String author) {
		Review review = lock(kommune, reviewId);
		review.requireFactsOpen();
		Snapshot.Item goal = item(review, goalKey, Snapshot.Kind.GOAL);
		if (goal.attributes().get("indicatorKey") != null) {
			throw new ReviewException("review.rule.goalAutomatic");
		}
		if (measuredOn.isAfter(today())) {
			throw new ReviewException("review.rule.futureDate");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw new ReviewException("review.rule.textLength");
		}
		repository.insertGoalValue(reviewId, goalKey, value, measuredOn, text, author, clock.instant());
	}

	@Transactional
	public void deleteGoalValue(KommuneId kommune, long reviewId, long valueId) {
		lock(kommune, reviewId).requireFactsOpen();
		if (repository.deleteGoalValue(reviewId, valueId) == 0) {
			throw new NotFoundException("goal value " + valueId);
		}
	}

	@Transactional(readOnly = true)
	public Map<String, MeasureEntry> measureEntries(Review review) {
		return repository.measureEntries(review.id()).stream()
			.collect(Collectors.toMap(MeasureEntry::measureKey, Function.identity()));
	}

	/** Spending and actual dates of a measure of the version (dates not in the future). */
	@Transactional
	public void saveMeasureEntry(KommuneId kommune, long reviewId, MeasureEntry entry) {
		Review review = lock(kommune, reviewId);
		review.requireFactsOpen();
		item(review, entry.measureKey(), Snapshot.Kind.MEASURE);
		LocalDate today = today();
		if ((entry.actualStart() != null && entry.actualStart().isAfter(today))
				|| (entry.actualEnd() != null && entry.actualEnd().isAfter(today))) {
			throw new ReviewException("review.rule.futureDate");
		}
		repository.saveMeasureEntry(reviewId, entry);
	}

	// reflection

	/** The team's reflection by category (categories without entries are missing). */
	@Transactional(readOnly = true)
	public Map<ReflectionCategory, Reflection> reflections(Review review) {
		Map<ReflectionCategory, Reflection> out = new EnumMap<>(ReflectionCategory.class);
		repository.reflections(review.id()).forEach(r -> out.put(r.category(), r));
		return out;
	}

	@Transactional
	public void saveReflections(KommuneId kommune, long reviewId, List<Reflection> reflections, String author) {
		lock(kommune, reviewId).requireOpen();
		for (Reflection r : reflections) {
			repository.saveReflection(reviewId, r, author, clock.instant());
		}
	}

	// survey

	@Transactional(readOnly = true)
	public List<SurveyInvite> invites(Review review) {
		return repository.invites(review.id());
	}

	/**
	 * Sends each selected stakeholder of the Kick-Off list a personal link to the survey (a stakeholder invited
	 * again gets a new link, the old one stops working). Only the SHA-256 of a link's token is stored; links expire
	 * after the configured number of days ({@code daks.review.survey-days}) and with the completion of the review.
	 *
	 * @return how many mails went out
	 */
	@Transactional
	public int invite(KommuneId kommune, long reviewId, List<StakeholderId> stakeholders) {
		lock(kommune, reviewId).requireOpen();
		if (stakeholders.isEmpty()) {
			throw new ReviewException("review.rule.noneSelected");
		}
		List<Stakeholder> chosen = new ArrayList<>();
		for (StakeholderId id : stakeholders.stream().distinct().toList()) {
			Stakeholder s = kickOff.stakeholder(kommune, id);
			if (s.details().email() == null || s.details().email().isBlank()) {
				throw new ReviewException("review.rule.noEmail", s.details().organisation());
			}
			chosen.add(s);
		}
		String kommuneName = kommunen.get(kommune).name();
		Instant now = clock.instant();
		Instant expires = now.plus(Duration.ofDays(surveyDays));
		int sent = 0;
		for (Stakeholder s : chosen) {
			String token = token();
			String name = s.details().person() == null || s.details().person().isBlank() ? s.details().organisation()
					: s.details().person().strip() + " (" + s.details().organisation() + ")";
			String email = s.details().email().strip();
			repository.saveInvite(reviewId, s.id().value(), name, email, hash(token), now, expires, false);
			boolean ok = mails.surveyInvitation(email, name, kommuneName, token,
					expires.atZone(Plans.ZONE).toLocalDate());
			repository.markMailSent(reviewId, s.id().value(), ok);
			if (ok) {
				sent++;
			}
		}
		return sent;
	}

	/** The review of a personal survey link that is known, unanswered, unexpired and whose review is open. */
	@Transactional(readOnly = true)
	public Optional<SurveyAccess> survey(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return repository.openInvite(hash(token), clock.instant()).flatMap(repository::review)
			.filter(r -> !r.completed())
			.map(r -> new SurveyAccess(r.id(), kommunen.get(r.kommuneId()).name(), r.versionNumber()));
	}

	/**
	 * Stores a stakeholder's answers without any link to the invitation, and uses the link up.
	 *
	 * @return false when the link is unknown, used, expired or its review completed (nothing is stored)
	 */
	@Transactional
	public boolean answer(String token, List<Reflection> answers) {
		Optional<SurveyAccess> access = survey(token);
		if (access.isEmpty()) {
			return false;
		}
		if (answers.stream().allMatch(Reflection::isEmpty)) {
			throw new ReviewException("review.rule.emptyAnswer");
		}
		if (!repository.markAnswered(hash(token), clock.instant())) {
			return false;
		}
		answers.stream().filter(r -> !r.isEmpty()).forEach(r -> repository.insertAnswer(access.get().reviewId(), r));
		return true;
	}

	/** The survey in numbers and texts, without names; texts in alphabetical order, so the order tells nothing. */
	@Transactional(readOnly = true)
	public SurveyAggregate surveyAggregate(Review review) {
		List<Reflection> answers = repository.answers(review.id());
		Collator collator = Collator.getInstance(Locale.GERMAN);
		List<SurveyAggregate.Category> categories = new ArrayList<>();
		for (ReflectionCategory c : ReflectionCategory.values()) {
			List<Reflection> of = answers.stream().filter(a -> a.category() == c).toList();
			List<Integer> helped = of.stream().map(Reflection::helpedRating).filter(r -> r != null).toList();
			List<Integer> hindered = of.stream().map(Reflection::hinderedRating).filter(r -> r != null).toList();
			categories.add(new SurveyAggregate.Category(c, of.size(), average(helped), helped.size(),
					average(hindered), hindered.size(),
					of.stream().map(Reflection::helped).filter(t -> t != null).sorted(collator).toList(),
					of.stream().map(Reflection::hindered).filter(t -> t != null).sorted(collator).toList()));
		}
		return new SurveyAggregate(repository.invites(review.id()).size(), repository.answeredCount(review.id()),
				categories);
	}

	// decisions

	@Transactional(readOnly = true)
	public List<Decision> decisions(Review review) {
		return repository.decisions(review.id());
	}

	/** Records a decision (one per measure of the version: a new one replaces it; new measures add up). */
	@Transactional
	public void decide(KommuneId kommune, long reviewId, Decision decision) {
		Review review = lock(kommune, reviewId);
		review.requireDecisionsOpen();
		if (decision.kind() == DecisionKind.NEW) {
			item(review, decision.fieldKey(), Snapshot.Kind.FIELD);
		}
		else {
			item(review, decision.measureKey(), Snapshot.Kind.MEASURE);
		}
		repository.saveDecision(reviewId, new Decision(0, decision.measureKey(), decision.kind(), decision.reason(),
				decision.title(), decision.description(), decision.responsible(), decision.start(), decision.end(),
				decision.budget(), decision.fieldKey(), null, decision.decidedBy(), clock.instant()));
	}

	@Transactional
	public void removeDecision(KommuneId kommune, long reviewId, long decisionId) {
		lock(kommune, reviewId).requireDecisionsOpen();
		if (repository.deleteDecision(reviewId, decisionId) == 0) {
			throw new NotFoundException("decision " + decisionId);
		}
	}

	/**
	 * Writes all decisions into the plan draft in one transaction (continue: unchanged, change: edited, stop: dropped
	 * with the reason, new: added as planned) and freezes the facts they were based on. When one decision breaks a
	 * rule of the plan nothing is stored, and the exception names the decision and the rule.
	 */
	@Transactional
	public void applyDecisions(KommuneId kommune, long reviewId, String author) {
		Review review = lock(kommune, reviewId);
		List<Decision> decisions = repository.decisions(reviewId);
		Review applied = review.applied(clock.instant(), author, decisions.size());
		freeze(review);
		String note = messages.getMessage("review.plan.changeNote", new Object[] { review.versionNumber() },
				Locale.GERMAN);
		List<PlanRevisions.Revision> list = new ArrayList<>();
		for (Decision d : decisions) {
			list.add(switch (d.kind()) {
				case CONTINUE -> new PlanRevisions.Keep(d.measureId());
				case CHANGE -> new PlanRevisions.Change(d.measureId(), d.title(), d.description(), d.responsible(),
						d.start(), d.end(), d.budget(), note);
				case STOP -> new PlanRevisions.Stop(d.measureId(), d.reason() == null ? "" : d.reason());
				case NEW -> new PlanRevisions.Add(d.fieldId(), d.title() == null ? "" : d.title(), d.description(),
						d.responsible(), d.start(), d.end(), d.budget());
			});
		}
		List<Long> ids;
		try {
			ids = revisions.apply(kommune, list, author);
		}
		catch (PlanRevisions.Refused ex) {
			Decision d = decisions.get(ex.index());
			throw new ReviewException("review.rule.planRule", title(review, d),
					new DefaultMessageSourceResolvable(ex.messageKey()));
		}
		for (int i = 0; i < decisions.size(); i++) {
			repository.setAppliedMeasure(decisions.get(i).id(), ids.get(i));
		}
		repository.updateReview(applied);
	}

	/** Publishes the draft (with the applied decisions) as the next plan version and records it with the review. */
	@Transactional
	public PlanVersion publishNextVersion(KommuneId kommune, long reviewId, LocalDate decidedOn, String decisionRef,
			String author) {
		Review review = lock(kommune, reviewId);
		review.requirePublishable();
		PlanVersion version;
		try {
			version = plans.publish(kommune, decidedOn, decisionRef, author);
		}
		catch (PlanException ex) {
			throw new ReviewException(ex.messageKey());
		}
		repository.updateReview(review.published(version.number()));
		return version;
	}

	// Verstetigung

	@Transactional(readOnly = true)
	public Map<String, Continuation> continuations(Review review) {
		return repository.continuations(review.id()).stream()
			.collect(Collectors.toMap(Continuation::measureKey, Function.identity()));
	}

	/** The Verstetigung: per measure of the version, and the date of the next review (in the future). */
	@Transactional
	public void saveContinuation(KommuneId kommune, long reviewId, List<Continuation> continuations,
			@Nullable LocalDate nextReview, @Nullable String note) {
		Review review = lock(kommune, reviewId);
		Review updated = review.continuation(nextReview, note, today());
		for (Continuation c : continuations) {
			item(review, c.measureKey(), Snapshot.Kind.MEASURE);
			repository.saveContinuation(reviewId, c);
		}
		repository.updateReview(updated);
	}

	// completion

	/** Completes the review: from now on nothing of it changes, and the survey links stop working. */
	@Transactional
	public void complete(KommuneId kommune, long reviewId, String author) {
		Review review = lock(kommune, reviewId);
		Review completed = review.complete(clock.instant(), author, repository.decisions(reviewId).size());
		if (repository.facts(reviewId).isEmpty()) {
			freeze(review);
		}
		repository.updateReview(completed);
	}

	// helpers

	private void freeze(Review review) {
		ReviewFacts now = compute(review);
		repository.freezeFacts(review.id(),
				JSON.writeValueAsString(new ReviewFacts(now.asOf(), true, now.goals(), now.measures())));
	}

	private Review lock(KommuneId kommune, long reviewId) {
		return repository.lockReview(reviewId).filter(r -> r.kommuneId().equals(kommune))
			.orElseThrow(() -> new NotFoundException("review " + reviewId));
	}

	private Snapshot.Item item(Review review, @Nullable String key, Snapshot.Kind kind) {
		Snapshot.Item item = key == null ? null : version(review).snapshot().byKey().get(key);
		if (item == null || item.kind() != kind) {
			throw new NotFoundException(kind + " " + key);
		}
		return item;
	}

	private String title(Review review, Decision d) {
		if (d.kind() == DecisionKind.NEW) {
			return d.title() == null ? "–" : d.title();
		}
		Snapshot.Item item = version(review).snapshot().byKey().get(d.measureKey());
		return item == null ? String.valueOf(d.measureKey()) : item.title();
	}

	private static @Nullable Double average(List<Integer> ratings) {
		return ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
	}

	private static @Nullable BigDecimal decimal(@Nullable String plain) {
		return plain == null ? null : new BigDecimal(plain);
	}

	private static @Nullable LocalDate date(@Nullable String iso) {
		return iso == null ? null : LocalDate.parse(iso);
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
