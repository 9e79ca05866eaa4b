package de.daks.plan;

import org.jspecify.annotations.Nullable;

/** A Handlungsfeld of the plan; origin is null when it was entered by hand. */
public record PlanField(long id, String title, int position, @Nullable Origin origin) {
}
