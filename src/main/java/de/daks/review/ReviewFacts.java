package de.daks.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The goals and measures of a review as of a day: computed while the review is open, frozen (stored as JSON) when
 * its decisions are applied, so that the report shows what the decisions were based on.
 */
public record ReviewFacts(LocalDate asOf, boolean frozen, List<GoalFacts> goals, List<MeasureFacts> measures) {

	public ReviewFacts {
		goals = List.copyOf(goals);
		measures = List.copyOf(measures);
	}

	/** How many goals have each verdict. */
	public long count(Trend.Verdict verdict) {
		return goals.stream().filter(g -> g.trend().verdict() == verdict).count();
	}
}
