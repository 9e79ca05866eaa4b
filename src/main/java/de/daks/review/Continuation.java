package de.daks.review;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Verstetigung of one measure: whether it continues after the funding ends, who carries it (unit or partner),
 * where the money comes from, and how it is anchored. A measure that continues needs a carrier.
 */
public record Continuation(String measureKey, boolean continues, @Nullable String carrier, @Nullable String financing,
		Set<Anchoring> anchoring, @Nullable String anchoringNote) {

	public Continuation {
		carrier = blank(carrier);
		financing = blank(financing);
		anchoringNote = blank(anchoringNote);
		anchoring = anchoring.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anchoring));
		if (continues && carrier == null) {
			throw new ReviewException("review.rule.carrierNeeded");
		}
		if ((carrier != null && carrier.length() > 300) || (financing != null && financing.length() > 300)
				|| (anchoringNote != null && anchoringNote.length() > 1000)) {
			throw new ReviewException("review.rule.textLength");
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
