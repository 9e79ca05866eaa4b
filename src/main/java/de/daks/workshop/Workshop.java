package de.daks.workshop;

import de.daks.shared.KommuneId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A planned or running workshop of a Kommune.
 *
 * @param code the short code of the guest link {@code /w/{code}}
 * @param startsAt local German time
 * @param columns the board columns of each phase (at least one)
 * @param timerEndsAt the end of the moderator's timer, if running
 * @param openPhases the phases participants may post into (the moderation opens and closes them)
 * @param publishedAt when the Kommune team published the documentation on the public page, null if not (withdrawn)
 */
public record Workshop(long id, KommuneId kommuneId, String code, String title, LocalDateTime startsAt,
		@Nullable String place, boolean online, WorkshopFormat format, @Nullable String agenda,
		@Nullable String moderators, Phase phase, @Nullable Instant timerEndsAt, Map<Phase, List<String>> columns,
		@Nullable Instant publishedAt, Set<Phase> openPhases) {

	/** Whether participants may post into the phase now. */
	public boolean isOpen(Phase of) {
		return openPhases.contains(of);
	}


	public boolean published() {
		return publishedAt != null;
	}

	public List<String> columnsOf(Phase of) {
		return columns.getOrDefault(of, List.of());
	}
}
