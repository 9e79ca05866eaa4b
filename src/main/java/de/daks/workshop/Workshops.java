package de.daks.workshop;

import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.workshop.internal.LiveFeed;
import de.daks.workshop.internal.WorkshopRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Zukunftswerkstatt: planning workshops, the boards of their phases, cards, clusters, dot voting and the
 * realisation. Every change appends an entry to the workshop's event log, which the live feed streams to everyone
 * in the room. Permissions are checked by the routes ({@code WORKSHOP_MODERATE} for the moderation, the guest
 * identity for participants), not here.
 */
@Service
public class Workshops {

	/** Event kinds of the log (the live feed's SSE event names). */
	public static final String CARD = "card", CARD_CHANGED = "card-changed", CARD_HIDDEN = "card-hidden",
			CARD_MERGED = "card-merged", CLUSTER = "cluster", PHASE = "phase", VOTE = "vote", SESSION = "session",
			FIELD = "field";

	public static final int MAX_CARD_LENGTH = 500;

	private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WorkshopRepository repository;

	private final LiveFeed feed;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Workshops(WorkshopRepository repository, LiveFeed feed, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.feed = feed;
		this.events = events;
		this.clock = clock;
	}

	// planning

	@Transactional
	public Workshop create(KommuneId kommune, NewWorkshop plan) {
		String code;
		do {
			code = randomCode();
		}
		while (repository.codeExists(code));
		long id = repository.insertWorkshop(kommune, code, plan.title().strip(), plan.startsAt(), blankToNull(plan.place()),
				plan.online(), plan.format(), blankToNull(plan.agenda()), blankToNull(plan.moderators()), clock.instant());
		for (Phase phase : Phase.values()) {
			List<String> columns = plan.columns().getOrDefault(phase, List.of()).stream().map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
			repository.saveColumns(id, phase, columns.isEmpty() ? List.of(defaultColumn(phase)) : columns);
		}
		return repository.workshop(id).orElseThrow();
	}

	public List<Workshop> list(KommuneId kommune) {
		return repository.workshops(kommune);
	}

	/** The workshop of the Kommune; 404 for another Kommune's workshop. */
	public Workshop get(KommuneId kommune, long workshopId) {
		return repository.workshop(workshopId).filter(w -> w.kommuneId().equals(kommune))
			.orElseThrow(() -> new NotFoundException("Workshop " + workshopId));
	}

	/** Publishes the documentation on the public page of the Kommune (again: keeps the first date). */
	@Transactional
	public void publish(Workshop workshop) {
		if (!workshop.published()) {
			repository.setPublished(workshop.id(), clock.instant());
		}
	}

	/** Withdraws the documentation from the public page. */
	@Transactional
	public void withdraw(Workshop workshop) {
		repository.setPublished(workshop.id(), null);
	}

	/** The workshops of the Kommune whose documentation is published. */
	public List<Workshop> published(KommuneId kommune) {
		return repository.publishedWorkshops(kommune);
	}

	/** A published workshop of the Kommune; 404 for an unpublished one or another Kommune's. */
	public Workshop getPublished(KommuneId kommune, long workshopId) {
		return repository.workshop(workshopId).filter(w -> w.kommuneId().equals(kommune)).filter(Workshop::published)
			.orElseThrow(() -> new NotFoundException("Workshop " + workshopId));
	}

	public Optional<Workshop> byCode(String code) {
		return code.length() > 12 ? Optional.empty() : repository.workshopByCode(code);
	}

	@Transactional
	public void setPhase(Workshop workshop, Phase phase, @Nullable Integer timerMinutes) {
		Instant timer = timerMinutes == null || timerMinutes <= 0 ? null
				: clock.instant().plus(Duration.ofMinutes(Math.min(timerMinutes, 600)));
		repository.setPhase(workshop.id(), phase, timer);
		append(workshop.id(), PHASE, null);
	}

	// photos

	/** The alternative texts and publication marks of the photos, by attachment id. */
	public Map<UUID, PhotoSetting> photoSettings(Workshop workshop) {
		return repository.photoSettings(workshop.id());
	}

	/**
	 * Sets a photo's alternative text and whether it may be shown on the public page; a publishable photo needs an
	 * alternative text. The caller checks that the attachment is one of the Kommune's photos.
	 */
	@Transactional
	public void setPhoto(Workshop workshop, UUID attachmentId, @Nullable String altText, boolean publishable) {
		String alt = blankToNull(altText);
		if (alt != null && alt.length() > 300) {
			throw new WorkshopException("workshop.photo.altLong");
		}
		if (publishable && alt == null) {
			throw new WorkshopException("workshop.photo.altRequired");
		}
		repository.savePhotoSetting(workshop.id(), new PhotoSetting(attachmentId, alt, publishable));
	}

	// the board

	/** The board of a phase; {@code moderation} includes hidden and merged cards. */
	public Board board(Workshop workshop, Phase phase, boolean moderation) {
		long lastSeq = repository.lastSeq(workshop.id());
		List<Card> all = repository.cards(workshop.id()).stream().filter(c -> c.phase() == phase).toList();
		Map<Integer, List<Card>> columns = new LinkedHashMap<>();
		Map<Long, List<Card>> merged = new HashMap<>();
		int columnCount = Math.max(1, workshop.columnsOf(phase).size());
		for (Card card : all) {
			if (card.mergedInto() != null) {
				merged.computeIfAbsent(card.mergedInto(), k -> new ArrayList<>()).add(card);
			}
			if (card.visible() || (moderation && card.mergedInto() == null)) {
				columns.computeIfAbsent(Math.min(card.column(), columnCount - 1), k -> new ArrayList<>()).add(card);
			}
		}
		List<Cluster> clusters = repository.clusters(workshop.id()).stream().filter(c -> c.phase() == phase).toList();
		VoteSession open = repository.sessions(workshop.id()).stream().filter(s -> s.phase() == phase && s.open())
			.reduce((a, b) -> b).orElse(null);
		return new Board(workshop, phase, workshop.columnsOf(phase), columns, clusters, merged, open, lastSeq);
	}

	/** How many guest identities joined (numbers only – guests are anonymous in every view). */
	public int guestCount(Workshop workshop) {
		return repository.guestCount(workshop.id());
	}

	public List<Card> cards(Workshop workshop) {
		return repository.cards(workshop.id());
	}

	public List<Cluster> clusters(Workshop workshop) {
		return repository.clusters(workshop.id());
	}

	/** A participant's card on the board of the current phase. */
	@Transactional
	public Card postAsGuest(Workshop workshop, long guestId, int column, String text) {
		return postAsGuest(workshop, guestId, null, column, text);
	}

	/**
	 * A participant's card on the board of a phase (null: the current one). Refused with
	 * {@code workshop.error.phaseClosed} unless the moderation opened the phase for posting.
	 */
	@Transactional
	public Card postAsGuest(Workshop workshop, long guestId, @Nullable Phase phase, int column, String text) {
		Workshop current = repository.workshop(workshop.id()).orElseThrow();
		Phase target = phase == null ? current.phase() : phase;
		if (!current.isOpen(target)) {
			throw new WorkshopException("workshop.error.phaseClosed");
		}
		return post(current, target, column, text, guestId, null, CardOrigin.PARTICIPANT);
	}

	/** Opens or closes a phase for the participants' posting (starting a phase opens it alone). */
	@Transactional
	public void setPostingOpen(Workshop workshop, Phase phase, boolean open) {
		Workshop current = repository.workshop(workshop.id()).orElseThrow();
		java.util.Set<Phase> phases = java.util.EnumSet.noneOf(Phase.class);
		phases.addAll(current.openPhases());
		if (open) {
			phases.add(phase);
		}
		else {
			phases.remove(phase);
		}
		repository.setOpenPhases(workshop.id(), phases);
		append(workshop.id(), PHASE, null);
	}

	/** A card the moderation types from the room ({@link CardOrigin#MODERATOR}) or from paper. */
	@Transactional
	public Card postAsModerator(Workshop workshop, @Nullable UUID user, Phase phase, int column, String text,
			CardOrigin origin) {
		return post(workshop, phase, column, text, null, user, origin == CardOrigin.PARTICIPANT
				? CardOrigin.MODERATOR : origin);
	}

	private Card post(Workshop workshop, Phase phase, int column, String text, @Nullable Long guestId,
			@Nullable UUID user, CardOrigin origin) {
		String clean = cleanText(text);
		if (column < 0 || column >= Math.max(1, workshop.columnsOf(phase).size())) {
			throw new WorkshopException("workshop.error.column");
		}
		long id = repository.insertCard(workshop.id(), phase, column, clean, guestId, user, origin, clock.instant());
		append(workshop.id(), CARD, id);
		return repository.card(workshop.id(), id).orElseThrow();
	}

	/** Edits, moves (column) and clusters a card. */
	@Transactional
	public void updateCard(Workshop workshop, long cardId, String text, int column, @Nullable Long clusterId) {
		Card card = card(workshop, cardId);
		if (column < 0 || column >= Math.max(1, workshop.columnsOf(card.phase()).size())) {
			throw new WorkshopException("workshop.error.column");
		}
		if (clusterId != null && repository.clusters(workshop.id()).stream()
			.noneMatch(c -> c.id() == clusterId && c.phase() == card.phase())) {
			throw new WorkshopException("workshop.error.cluster");
		}
		repository.updateCard(workshop.id(), cardId, cleanText(text), column, clusterId, clock.instant());
		append(workshop.id(), CARD_CHANGED, cardId);
	}

	@Transactional
	public void hideCard(Workshop workshop, long cardId, String reason) {
		card(workshop, cardId);
		String clean = reason.strip();
		if (clean.isEmpty() || clean.length() > 300) {
			throw new WorkshopException("workshop.error.reason");
		}
		repository.hideCard(workshop.id(), cardId, clean, clock.instant());
		append(workshop.id(), CARD_HIDDEN, cardId);
	}

	@Transactional
	public void unhideCard(Workshop workshop, long cardId) {
		card(workshop, cardId);
		repository.unhideCard(workshop.id(), cardId, clock.instant());
		append(workshop.id(), CARD_CHANGED, cardId);
	}

	/** Merges a card into another one of the same phase (not into itself, not into a merged card). */
	@Transactional
	public void mergeCard(Workshop workshop, long cardId, long intoId) {
		Card card = card(workshop, cardId);
		Card into = card(workshop, intoId);
		if (cardId == intoId || into.mergedInto() != null || into.phase() != card.phase()) {
			throw new WorkshopException("workshop.error.merge");
		}
		repository.mergeCard(workshop.id(), cardId, intoId, clock.instant());
		append(workshop.id(), CARD_MERGED, cardId);
	}

	@Transactional
	public long addCluster(Workshop workshop, Phase phase, String title, List<Long> cardIds) {
		String clean = title.strip();
		if (clean.isEmpty() || clean.length() > 200) {
			throw new WorkshopException("workshop.error.clusterTitle");
		}
		long id = repository.insertCluster(workshop.id(), phase, clean, clock.instant());
		for (Long cardId : cardIds) {
			Card card = card(workshop, cardId);
			repository.updateCard(workshop.id(), cardId, card.text(), card.column(), id, clock.instant());
		}
		append(workshop.id(), CLUSTER, id);
		return id;
	}

	private Card card(Workshop workshop, long cardId) {
		return repository.card(workshop.id(), cardId).orElseThrow(() -> new NotFoundException("Card " + cardId));
	}

	// dot voting

	@Transactional
	public long openSession(Workshop workshop, Phase phase, String title, int dotsPerPerson, boolean multiplePerCard,
			boolean resultsVisible) {
		if (dotsPerPerson < 1 || dotsPerPerson > 20) {
			throw new WorkshopException("workshop.error.dots");
		}
		if (repository.sessions(workshop.id()).stream().anyMatch(s -> s.phase() == phase && s.open())) {
			throw new WorkshopException("workshop.vote.alreadyOpen");
		}
		String clean = title.strip();
		if (clean.length() > 200) {
			throw new WorkshopException("workshop.vote.titleLong");
		}
		long id = repository.insertSession(workshop.id(), phase, clean, dotsPerPerson, multiplePerCard,
				resultsVisible, clock.instant());
		append(workshop.id(), SESSION, id);
		return id;
	}

	@Transactional
	public void closeSession(Workshop workshop, long sessionId) {
		repository.sessionForUpdate(workshop.id(), sessionId)
			.orElseThrow(() -> new NotFoundException("Vote session " + sessionId));
		if (repository.closeSession(workshop.id(), sessionId, clock.instant())) {
			append(workshop.id(), SESSION, sessionId);
		}
	}

	public List<VoteSession> sessions(Workshop workshop) {
		return repository.sessions(workshop.id());
	}

	/** The voter key of a guest or a signed-in user. */
	public static String guestVoter(long guestId) {
		return "g:" + guestId;
	}

	public static String userVoter(UUID user) {
		return "u:" + user;
	}

	/**
	 * Puts one dot on a card. Refused (with the message key) when the session is closed, the voter has no dot left,
	 * or the voter already has a dot on the card and the session allows only one; the database's unique constraints
	 * refuse the same also for two requests at the same moment.
	 */
	@Transactional
	public void vote(Workshop workshop, long sessionId, String voter, long cardId) {
		VoteSession session = repository.sessionForUpdate(workshop.id(), sessionId)
			.orElseThrow(() -> new WorkshopException("workshop.vote.unknown"));
		if (!session.open()) {
			throw new WorkshopException("workshop.vote.closed");
		}
		Card card = repository.card(workshop.id(), cardId).filter(Card::visible).filter(c -> c.phase() == session.phase())
			.orElseThrow(() -> new WorkshopException("workshop.vote.unknownCard"));
		Map<Long, Integer> mine = repository.dotsByCardOf(sessionId, voter);
		int used = mine.values().stream().mapToInt(Integer::intValue).sum();
		if (used >= session.dotsPerPerson()) {
			throw new WorkshopException("workshop.vote.noDotsLeft");
		}
		if (!session.multiplePerCard() && mine.containsKey(card.id())) {
			throw new WorkshopException("workshop.vote.alreadyOnCard");
		}
		try {
			repository.insertVote(sessionId, card.id(), voter, used + 1, session.multiplePerCard() ? null : card.id(),
					clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new WorkshopException("workshop.vote.twice");
		}
		append(workshop.id(), VOTE, sessionId);
	}

	/** The dots a voter has put on each card in the session. */
	public Map<Long, Integer> dotsOf(long sessionId, String voter) {
		return repository.dotsByCardOf(sessionId, voter);
	}

	public VoteResult result(Workshop workshop, VoteSession session) {
		List<Card> cards = repository.cards(workshop.id()).stream().filter(c -> c.phase() == session.phase()).toList();
		Map<Long, Card> byId = cards.stream().collect(Collectors.toMap(Card::id, c -> c));
		Map<Long, Integer> dots = new HashMap<>();
		int total = 0;
		for (Map.Entry<Long, Integer> entry : repository.tally(session.id()).entrySet()) {
			Card card = byId.get(entry.getKey());
			for (int hops = 0; card != null && card.mergedInto() != null && hops < 20; hops++) {
				card = byId.get(card.mergedInto());
			}
			if (card != null && card.hiddenReason() == null) {
				dots.merge(card.id(), entry.getValue(), Integer::sum);
				total += entry.getValue();
			}
		}
		Map<Long, Cluster> clusters = repository.clusters(workshop.id()).stream()
			.collect(Collectors.toMap(Cluster::id, c -> c));
		Map<Long, List<VoteResult.CardResult>> grouped = new LinkedHashMap<>();
		for (Card card : cards) {
			if (card.visible()) {
				long key = card.clusterId() == null || !clusters.containsKey(card.clusterId()) ? -1 : card.clusterId();
				grouped.computeIfAbsent(key, k -> new ArrayList<>())
					.add(new VoteResult.CardResult(card, dots.getOrDefault(card.id(), 0)));
			}
		}
		List<VoteResult.ClusterResult> result = new ArrayList<>();
		grouped.forEach((key, list) -> {
			List<VoteResult.CardResult> ranked = list.stream()
				.sorted(Comparator.comparingInt(VoteResult.CardResult::dots).reversed()).toList();
			result.add(new VoteResult.ClusterResult(key == -1 ? null : clusters.get(key),
					ranked.stream().mapToInt(VoteResult.CardResult::dots).sum(), ranked));
		});
		result.sort(Comparator.comparing((VoteResult.ClusterResult c) -> c.cluster() == null)
			.thenComparing(Comparator.comparingInt(VoteResult.ClusterResult::dots).reversed()));
		return new VoteResult(session, repository.voterCount(session.id()), total, result);
	}

	// realisation

	/** A prioritised cluster becomes a proposed Handlungsfeld (title defaults to the cluster's). */
	@Transactional
	public long proposeField(Workshop workshop, long clusterId, @Nullable String title, int priority) {
		Cluster cluster = repository.clusters(workshop.id()).stream().filter(c -> c.id() == clusterId).findFirst()
			.orElseThrow(() -> new WorkshopException("workshop.error.cluster"));
		String name = title == null || title.isBlank() ? cluster.title() : title.strip();
		long id = repository.insertField(workshop.id(), clusterId, name, Math.max(1, priority), clock.instant());
		append(workshop.id(), FIELD, id);
		return id;
	}

	/** A card (or a typed title) becomes a proposed measure of a field, with Kümmerer, first steps, reality check. */
	@Transactional
	public long proposeMeasure(Workshop workshop, long fieldId, @Nullable Long cardId, @Nullable String title,
			@Nullable String kuemmerer, @Nullable String firstSteps, @Nullable String realityCheck) {
		if (!repository.fieldExists(workshop.id(), fieldId)) {
			throw new WorkshopException("workshop.error.field");
		}
		Card card = cardId == null ? null : card(workshop, cardId);
		String name = title != null && !title.isBlank() ? title.strip() : card != null ? card.text() : "";
		if (name.isEmpty()) {
			throw new WorkshopException("workshop.error.measureTitle");
		}
		long id = repository.insertMeasure(fieldId, cardId, name, blankToNull(kuemmerer), blankToNull(firstSteps),
				blankToNull(realityCheck), clock.instant());
		append(workshop.id(), FIELD, fieldId);
		return id;
	}

	public List<ProposedField> fields(Workshop workshop) {
		return repository.fields(workshop.id());
	}

	/**
	 * Hands the proposed fields and measures over to the Werkstattplan: publishes {@link WorkshopResultsProposed}
	 * with the links back to the cards and the closed vote sessions.
	 */
	@Transactional
	public WorkshopResultsProposed handOver(Workshop workshop) {
		List<ProposedField> fields = repository.fields(workshop.id());
		if (fields.isEmpty()) {
			throw new WorkshopException("workshop.error.noFields");
		}
		List<Card> cards = repository.cards(workshop.id());
		Map<Long, Map<Long, Integer>> tallies = new LinkedHashMap<>();
		for (VoteSession s : repository.sessions(workshop.id())) {
			if (!s.open()) {
				tallies.put(s.id(), repository.tally(s.id()));
			}
		}
		List<WorkshopResultsProposed.Field> out = new ArrayList<>();
		for (ProposedField field : fields) {
			List<Long> clusterCards = cards.stream().filter(c -> field.clusterId() != null
					&& field.clusterId().equals(c.clusterId())).map(Card::id).toList();
			int clusterVotes = clusterCards.stream().mapToInt(id -> votesOf(tallies, id)).sum();
			List<WorkshopResultsProposed.Measure> measures = field.measures().stream()
				.map(m -> new WorkshopResultsProposed.Measure(m.title(), m.kuemmerer(), m.firstSteps(),
						m.realityCheck(), m.cardId(), m.cardId() == null ? 0 : votesOf(tallies, m.cardId()),
						m.cardId() == null ? List.of() : tallies.entrySet().stream()
							.filter(e -> e.getValue().containsKey(m.cardId())).map(Map.Entry::getKey).toList()))
				.toList();
			out.add(new WorkshopResultsProposed.Field(field.title(), field.priority(), field.clusterId(), clusterVotes,
					clusterCards, measures));
		}
		WorkshopResultsProposed event = new WorkshopResultsProposed(workshop.kommuneId(), workshop.id(),
				workshop.title(), "/kommunen/" + workshop.kommuneId() + "/zukunftswerkstatt/" + workshop.id(), out);
		events.publishEvent(event);
		return event;
	}

	private static int votesOf(Map<Long, Map<Long, Integer>> tallies, long cardId) {
		return tallies.values().stream().mapToInt(t -> t.getOrDefault(cardId, 0)).sum();
	}

	/** The columns per phase of a plan from one text per phase (one column a line). */
	public static Map<Phase, List<String>> columns(String critique, String fantasy, String realisation) {
		Map<Phase, List<String>> columns = new EnumMap<>(Phase.class);
		columns.put(Phase.CRITIQUE, critique.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
		columns.put(Phase.FANTASY, fantasy.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
		columns.put(Phase.REALISATION, realisation.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
		return columns;
	}

	// internals

	private void append(long workshopId, String kind, @Nullable Long refId) {
		repository.appendEvent(workshopId, kind, refId, clock.instant());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					feed.wake();
				}
			});
		}
		else {
			feed.wake();
		}
	}

	static String cleanText(String text) {
		String clean = text.strip();
		if (clean.isEmpty()) {
			throw new WorkshopException("workshop.error.textEmpty");
		}
		if (clean.length() > MAX_CARD_LENGTH) {
			throw new WorkshopException("workshop.error.textLong");
		}
		return clean;
	}

	private static String defaultColumn(Phase phase) {
		return switch (phase) {
			case CRITIQUE -> "Kritik";
			case FANTASY -> "Fantasie";
			case REALISATION -> "Verwirklichung";
		};
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String randomCode() {
		StringBuilder code = new StringBuilder(6);
		for (int i = 0; i < 6; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}
}
