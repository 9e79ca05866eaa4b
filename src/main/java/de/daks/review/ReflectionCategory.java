package de.daks.review;

/** The categories of the programme evaluation in which the team and the stakeholders reflect. */
public enum ReflectionCategory {
	EXTERNAL_ADVICE, NETWORKING, CROSS_DEPARTMENT, STAFF_CAPACITY, COMPLEXITY, POLITICAL_BACKING;

	public String messageKey() {
		return "review.category." + name();
	}
}
