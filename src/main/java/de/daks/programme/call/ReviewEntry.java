package de.daks.programme.call;

import org.jspecify.annotations.Nullable;

/**
 * One reviewer's judgement on one condition: a prerequisite is met or not ({@code met}), a favourable condition has a
 * score 0–{@value CallCondition#MAX_SCORE}; the note gives the reason.
 */
public record ReviewEntry(CallCondition condition, @Nullable Boolean met, @Nullable Integer score, String note) {
}
