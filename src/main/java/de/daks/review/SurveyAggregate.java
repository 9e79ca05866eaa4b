package de.daks.review;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stakeholder survey without names: how many were invited and answered, and per category the number of
 * answers, the average ratings and the texts (in random order, without who wrote them).
 */
public record SurveyAggregate(int invited, int answered, List<Category> categories) {

	public SurveyAggregate {
		categories = List.copyOf(categories);
	}

	public record Category(ReflectionCategory category, int answers, @Nullable Double helpedAverage,
			int helpedRatings, @Nullable Double hinderedAverage, int hinderedRatings, List<String> helped,
			List<String> hindered) {

		public Category {
			helped = List.copyOf(helped);
			hindered = List.copyOf(hindered);
		}
	}
}
