package de.daks.profile;

import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The written content of a Kommune's profile.
 *
 * @param texts sanitised HTML per topic (absent = not written yet), in topic order
 * @param updatedAt the last change of any part, null when nothing was written
 */
public record ProfileContent(KommuneId kommune, Map<ProfileTopic, String> texts, List<InventoryItem> inventory,
		List<ExpertInterview> interviews, List<SwotItem> swot, @Nullable Instant updatedAt) {

	public ProfileContent {
		texts = java.util.Collections.unmodifiableMap(texts.isEmpty()
				? new java.util.EnumMap<ProfileTopic, String>(ProfileTopic.class) : new java.util.EnumMap<>(texts));
		inventory = List.copyOf(inventory);
		interviews = List.copyOf(interviews);
		swot = List.copyOf(swot);
	}

	public boolean isEmpty() {
		return texts.isEmpty() && inventory.isEmpty() && interviews.isEmpty() && swot.isEmpty();
	}

	/** The items of one SWOT quadrant in order. */
	public List<SwotItem> swot(SwotQuadrant quadrant) {
		return swot.stream().filter(i -> i.quadrant() == quadrant).toList();
	}
}
