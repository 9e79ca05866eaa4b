package de.daks.programme.call;

import java.util.List;


/**
 * The submitted reviews of one application side by side.
 *
 * @param reviewers display names, in the order of the columns
 * @param rows one row per condition with each reviewer's entry (null where a reviewer left it out)
 */
public record ReviewComparison(List<String> reviewers, List<Row> rows, List<String> conflicts) {

	/**
	 * @param disagreement prerequisites: the reviewers differ in met/not met; favourable conditions: the scores differ
	 *        by {@value ReviewComparison#DISAGREEMENT} or more points
	 */
	public record Row(CallCondition condition, List<ReviewEntry> entries, boolean disagreement) {
	}

	/** Scores differing by this many points or more are highlighted. */
	public static final int DISAGREEMENT = 2;

	static Row row(CallCondition condition, List<ReviewEntry> entries) {
		boolean disagreement;
		if (condition.isPrerequisite()) {
			disagreement = entries.stream().map(e -> e == null ? null : e.met()).filter(java.util.Objects::nonNull)
				.distinct().count() > 1;
		}
		else {
			var scores = entries.stream().map(e -> e == null ? null : e.score()).filter(java.util.Objects::nonNull)
				.mapToInt(Integer::intValue).summaryStatistics();
			disagreement = scores.getCount() > 1 && scores.getMax() - scores.getMin() >= DISAGREEMENT;
		}
		return new Row(condition, entries, disagreement);
	}

}
