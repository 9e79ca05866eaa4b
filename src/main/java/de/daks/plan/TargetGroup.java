package de.daks.plan;

/** Whom a measure is for (several per measure). */
public enum TargetGroup {
	SENIORS, YOUNG_PEOPLE, FAMILIES, NEW_IMMIGRANTS, DISABILITIES, LOW_INCOME, ALL;

	public String messageKey() {
		return "plan.group." + name();
	}
}
