package de.daks.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A value of a manual indicator entered by the team, with the day it was measured. */
public record GoalValue(long id, String goalKey, BigDecimal value, LocalDate measuredOn, @Nullable String note,
		String enteredBy, Instant enteredAt) {
}
