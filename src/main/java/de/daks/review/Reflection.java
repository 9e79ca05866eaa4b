package de.daks.review;

import org.jspecify.annotations.Nullable;

/**
 * What helped and what hindered in one category, each with a rating from 1 (a little) to 5 (very much); texts up to
 * 4,000 characters. Used for the team's reflection and for one survey answer.
 */
public record Reflection(ReflectionCategory category, @Nullable String helped, @Nullable Integer helpedRating,
		@Nullable String hindered, @Nullable Integer hinderedRating) {

	public static final int TEXT_MAX = 4000;

	public Reflection {
		helped = blank(helped);
		hindered = blank(hindered);
		rating(helpedRating);
		rating(hinderedRating);
		if ((helped != null && helped.length() > TEXT_MAX) || (hindered != null && hindered.length() > TEXT_MAX)) {
			throw new ReviewException("review.rule.textLength");
		}
	}

	/** Whether anything was said in this category. */
	public boolean isEmpty() {
		return helped == null && hindered == null && helpedRating == null && hinderedRating == null;
	}

	private static void rating(@Nullable Integer rating) {
		if (rating != null && (rating < 1 || rating > 5)) {
			throw new ReviewException("review.rule.rating");
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
