package de.daks.toolbox;

import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The Werkzeugkoffer: the toolbox module's API for its pages and for other modules. */
@Service
public class Toolbox {

	private final ToolboxRepository repository;

	private final ToolboxSearch search;

	private final AuditLog audit;

	private final Clock clock;

	Toolbox(ToolboxRepository repository, ToolboxSearch search, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.search = search;
		this.audit = audit;
		this.clock = clock;
	}

	/** Builds the search index from the database once the application (and the starter set) is ready. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	public void reindex() {
		search.rebuild(repository.findByStatus(EntryStatus.PUBLISHED));
	}

	/** Published entries matching the filter: by relevance when there are words, else by title. */
	@Transactional(readOnly = true)
	public List<ToolboxEntry> find(ToolboxFilter filter) {
		if (!search.isBuilt()) {
			reindex();
		}
		List<ToolboxEntry> published = repository.findByStatus(EntryStatus.PUBLISHED);
		if (!filter.hasText()) {
			return published.stream().filter(filter::matches)
				.sorted(Comparator.comparing(e -> e.title().toLowerCase(Locale.GERMAN))).toList();
		}
		Map<UUID, ToolboxEntry> byId = published.stream()
			.collect(Collectors.toMap(ToolboxEntry::id, Function.identity()));
		return search.search(String.valueOf(filter.q())).stream().map(byId::get)
			.filter(e -> e != null && filter.matches(e)).toList();
	}

	/** Published entries that help in this process step. */
	@Transactional(readOnly = true)
	public List<ToolboxEntry> forStep(Step step) {
		return find(new ToolboxFilter(null, null, null, step, null, null));
	}

	/** Entries published after the instant, newest first (for the newsletter). */
	@Transactional(readOnly = true)
	public List<ToolboxEntry> publishedSince(Instant since) {
		return repository.findByStatus(EntryStatus.PUBLISHED).stream()
			.filter(e -> e.publishedAt() != null && e.publishedAt().isAfter(since))
			.sorted(Comparator.comparing(ToolboxEntry::publishedAt).reversed()).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ToolboxEntry> findBySlug(String slug) {
		return repository.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public ToolboxEntry get(UUID id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Toolbox entry " + id));
	}

	@Transactional(readOnly = true)
	public List<ToolboxEntry> proposals() {
		return repository.findByStatus(EntryStatus.PROPOSED);
	}

	@Transactional(readOnly = true)
	public List<ToolboxEntry> versions(UUID id) {
		return repository.versions(id);
	}

	/** A Kommune proposes an entry; it stays invisible to the public until the Geschäftsstelle publishes it. */
	@Transactional
	public ToolboxEntry propose(EntryContent content, UUID user, String userName, @Nullable KommuneId kommune) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		repository.insertEntry(id, uniqueSlug(content.title()), EntryStatus.PROPOSED, user,
				kommune == null ? null : kommune.value(), null, now);
		repository.insertVersion(id, 1, content, userName, now);
		audit.record("toolbox.entry.proposed", "ToolboxEntry", id.toString(), kommune, content.title());
		return get(id);
	}

	/** A new version of the content; earlier versions are kept. */
	@Transactional
	public ToolboxEntry revise(UUID id, EntryContent content, String by) {
		get(id);
		repository.insertVersion(id, repository.latestVersion(id) + 1, content, by, clock.instant());
		audit.record("toolbox.entry.revised", "ToolboxEntry", id.toString(), null, content.title());
		reindexAfterCommit();
		return get(id);
	}

	@Transactional
	public void publish(UUID id) {
		changeStatus(id, EntryStatus.PUBLISHED);
	}

	@Transactional
	public void reject(UUID id) {
		changeStatus(id, EntryStatus.REJECTED);
	}

	private void changeStatus(UUID id, EntryStatus status) {
		ToolboxEntry entry = get(id);
		repository.setStatus(id, status, clock.instant());
		audit.record("toolbox.entry." + status.name().toLowerCase(Locale.ROOT), "ToolboxEntry", id.toString(),
				entry.proposedByKommune() == null ? null : new KommuneId(entry.proposedByKommune()), entry.title());
		reindexAfterCommit();
	}

	/** One rating (1 to 5) per user and entry; a second rating replaces the first. */
	@Transactional
	public void rate(UUID id, UUID user, int useful) {
		if (useful < 1 || useful > 5) {
			throw new IllegalArgumentException("usefulness must be 1 to 5: " + useful);
		}
		requirePublished(id);
		repository.rate(id, user, useful, clock.instant());
	}

	@Transactional
	public void comment(UUID id, UUID user, String author, String text) {
		requirePublished(id);
		repository.comment(id, user, author, text.strip(), clock.instant());
	}

	@Transactional(readOnly = true)
	public Rating rating(UUID id) {
		return repository.rating(id);
	}

	@Transactional(readOnly = true)
	public List<EntryComment> comments(UUID id) {
		return repository.comments(id);
	}

	/** Loads one entry of the starter set unless it was loaded before (the office may have revised it since). */
	@Transactional
	boolean loadStarter(String key, EntryContent content) {
		if (repository.starterLoaded(key)) {
			return false;
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		repository.insertEntry(id, uniqueSlug(key), EntryStatus.PUBLISHED, null, null, key, now);
		repository.insertVersion(id, 1, content, "DAKS-Geschäftsstelle", now);
		return true;
	}

	private void requirePublished(UUID id) {
		if (!get(id).published()) {
			throw new NotFoundException("Toolbox entry " + id + " is not published");
		}
	}

	private void reindexAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reindex();
				}
			});
		}
		else {
			reindex();
		}
	}

	private String uniqueSlug(String title) {
		String base = slug(title);
		String slug = base;
		for (int i = 2; repository.slugTaken(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

	static String slug(String title) {
		String s = title.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
			.replace("ß", "ss");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (s.length() > 80) {
			s = s.substring(0, 80).replaceAll("-+$", "");
		}
		return s.isEmpty() ? "eintrag" : s;
	}
}
