package de.daks.profile;

import java.util.List;

/**
 * One item of the SWOT board and what it rests on.
 *
 * @param indicatorIds ids of indicator definitions ({@code de.daks.indicators.IndicatorDefinition#id()})
 * @param interviewIds ids of {@link ExpertInterview}s of the same Kommune
 */
public record SwotItem(long id, SwotQuadrant quadrant, String text, List<String> indicatorIds,
		List<Long> interviewIds) {

	public SwotItem {
		indicatorIds = List.copyOf(indicatorIds);
		interviewIds = List.copyOf(interviewIds);
	}
}
