package de.daks.profile.internal;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.indicators.IndicatorService;
import de.daks.profile.ExpertInterview;
import de.daks.profile.InventoryItem;
import de.daks.profile.ProfileChanged;
import de.daks.profile.ProfileTopic;
import de.daks.profile.SwotItem;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.KommuneManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a Kommune's profile: topic texts, inventory, interviews and the SWOT board. Every change requires
 * {@code KOMMUNE_EDIT}, is all-or-nothing, recorded in the audit log and announced as {@link ProfileChanged}.
 * Callers validate the fields first (the web forms); this class rejects what would break the data: links to unknown
 * indicators or to interviews of another Kommune, ids of another Kommune.
 */
@Service
public class ProfileEditing {

	private final ProfileRepository repository;

	private final Authorization authorization;

	private final KommuneManagement kommunen;

	private final IndicatorService indicators;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProfileEditing(ProfileRepository repository, Authorization authorization, KommuneManagement kommunen,
			IndicatorService indicators, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.authorization = authorization;
		this.kommunen = kommunen;
		this.indicators = indicators;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------------------------------ texts

	/**
	 * Stores the topic text (Markdown or simple HTML), sanitised; a source without any allowed text removes the
	 * text. Returns the stored HTML (empty when removed).
	 */
	@Transactional
	public String saveText(KommuneId kommune, ProfileTopic topic, String source) {
		require(kommune);
		String html = RichText.toSafeHtml(source);
		if (source.isBlank() || !RichText.hasText(html)) {
			if (repository.deleteText(kommune, topic)) {
				changed(kommune, topic.slug(), "profile.text.deleted", "ProfileText", topic.name(), topic.name());
			}
			return "";
		}
		repository.saveText(kommune, topic, source.strip(), html, now());
		changed(kommune, topic.slug(), "profile.text.saved", "ProfileText", topic.name(),
				topic.name() + " (" + html.length() + " characters)");
		return html;
	}

	// ------------------------------------------------------------------------------------------ inventory

	@Transactional
	public long addInventoryItem(KommuneId kommune, InventoryItem item) {
		require(kommune);
		long id = repository.insertInventory(kommune, item, now());
		changed(kommune, ProfileRepository.INVENTORY, "profile.inventory.added", "InventoryItem", id, item.title());
		return id;
	}

	@Transactional
	public void updateInventoryItem(KommuneId kommune, InventoryItem item) {
		require(kommune);
		if (!repository.updateInventory(kommune, item, now())) {
			throw new NotFoundException("Inventory item " + item.id());
		}
		changed(kommune, ProfileRepository.INVENTORY, "profile.inventory.changed", "InventoryItem", item.id(),
				item.title());
	}

	@Transactional
	public void deleteInventoryItem(KommuneId kommune, long id) {
		require(kommune);
		if (!repository.deleteInventory(kommune, id)) {
			throw new NotFoundException("Inventory item " + id);
		}
		changed(kommune, ProfileRepository.INVENTORY, "profile.inventory.deleted", "InventoryItem", id, "");
	}

	// ------------------------------------------------------------------------------------------ interviews

	@Transactional
	public long addInterview(KommuneId kommune, ExpertInterview interview) {
		require(kommune);
		long id = repository.insertInterview(kommune, interview, now());
		changed(kommune, ProfileRepository.INTERVIEWS, "profile.interview.added", "ExpertInterview", id,
				interview.person() + ", " + interview.date());
		return id;
	}

	@Transactional
	public void updateInterview(KommuneId kommune, ExpertInterview interview) {
		require(kommune);
		if (!repository.updateInterview(kommune, interview, now())) {
			throw new NotFoundException("Interview " + interview.id());
		}
		changed(kommune, ProfileRepository.INTERVIEWS, "profile.interview.changed", "ExpertInterview",
				interview.id(), interview.person() + ", " + interview.date());
	}

	/** Deletes the interview; SWOT items lose their link to it. */
	@Transactional
	public void deleteInterview(KommuneId kommune, long id) {
		require(kommune);
		if (!repository.deleteInterview(kommune, id)) {
			throw new NotFoundException("Interview " + id);
		}
		changed(kommune, ProfileRepository.INTERVIEWS, "profile.interview.deleted", "ExpertInterview", id, "");
	}

	// ------------------------------------------------------------------------------------------ SWOT

	@Transactional
	public long addSwotItem(KommuneId kommune, SwotItem item) {
		require(kommune);
		checkLinks(kommune, item);
		long id = repository.insertSwot(kommune, item, now());
		changed(kommune, ProfileRepository.SWOT, "profile.swot.added", "SwotItem", id, describe(item));
		return id;
	}

	@Transactional
	public void updateSwotItem(KommuneId kommune, SwotItem item) {
		require(kommune);
		checkLinks(kommune, item);
		if (!repository.updateSwot(kommune, item, now())) {
			throw new NotFoundException("SWOT item " + item.id());
		}
		changed(kommune, ProfileRepository.SWOT, "profile.swot.changed", "SwotItem", item.id(), describe(item));
	}

	@Transactional
	public void deleteSwotItem(KommuneId kommune, long id) {
		require(kommune);
		if (!repository.deleteSwot(kommune, id)) {
			throw new NotFoundException("SWOT item " + id);
		}
		changed(kommune, ProfileRepository.SWOT, "profile.swot.deleted", "SwotItem", id, "");
	}

	private void checkLinks(KommuneId kommune, SwotItem item) {
		for (String indicator : item.indicatorIds()) {
			if (indicators.catalogue().find(indicator).isEmpty()) {
				throw new IllegalArgumentException("unknown indicator " + indicator);
			}
		}
		Set<Long> own = repository.interviews(kommune).stream().map(ExpertInterview::id).collect(Collectors.toSet());
		for (long interview : item.interviewIds()) {
			if (!own.contains(interview)) {
				throw new IllegalArgumentException("interview " + interview + " is not one of this Kommune");
			}
		}
	}

	private static String describe(SwotItem item) {
		return item.quadrant() + ": " + item.text();
	}

	// ------------------------------------------------------------------------------------------ helpers

	private void require(KommuneId kommune) {
		authorization.require(Permission.KOMMUNE_EDIT, kommune);
		kommunen.get(kommune);
	}

	private void changed(KommuneId kommune, String section, String action, String type, Object id, String details) {
		repository.touch(kommune, section, now(), actorName());
		audit.record(action, type, String.valueOf(id), kommune, details);
		events.publishEvent(new ProfileChanged(kommune, section));
	}

	private Instant now() {
		return clock.instant();
	}

	private static String actorName() {
		DaksPrincipal user = Authorization.currentUser();
		if (user != null) {
			return user.displayName();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
	}
}
