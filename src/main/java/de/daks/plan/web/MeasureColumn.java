package de.daks.plan.web;

import org.jspecify.annotations.Nullable;

/**
 * The columns of the measures spreadsheet, in the order of the XLSX export; the import maps a file's header by
 * these names (German or English) to the properties of {@link MeasureForm}.
 *
 * @param property the form property a column fills on import; null for a column the import ignores (origin)
 */
enum MeasureColumn {

	FIELD("plan.field", "fieldId"), TITLE("plan.attr.title", "title"),
	DESCRIPTION("plan.attr.description", "description"),
	RESPONSIBLE_UNIT("plan.attr.responsibleUnit", "responsibleUnit"),
	RESPONSIBLE_PERSON("plan.attr.responsiblePerson", "responsiblePerson"),
	PARTNERS("plan.attr.partners", "partners"), TARGET_GROUPS("plan.attr.targetGroups", "targetGroups"),
	START("plan.attr.start", "start"), END("plan.attr.end", "end"), BUDGET("plan.attr.budgetEur", "budget"),
	FUNDING_SOURCE("plan.attr.fundingSource", "fundingSource"), STATUS("plan.attr.status", "status"),
	STATUS_REASON("plan.attr.statusReason", "statusReason"), PROGRESS("plan.attr.progress", "progress"),
	RESPONSIBLE_USER("plan.attr.responsibleUserEmail", "responsibleUserId"),
	ORIGIN("plan.attr.origin", null);

	private final String messageKey;

	private final @Nullable String property;

	MeasureColumn(String messageKey, @Nullable String property) {
		this.messageKey = messageKey;
		this.property = property;
	}

	String messageKey() {
		return messageKey;
	}

	@Nullable String property() {
		return property;
	}
}
