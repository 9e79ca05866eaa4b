package de.daks.funding;

/**
 * Categories of costs in the call (Bekanntmachung section 4): external consulting and material costs for public
 * relations and events are eligible with a yearly cap; construction and investment, and staff already paid from
 * public budgets, are not eligible.
 */
public enum CostCategory {
	/** External consultants (conception and moderation of participation formats, fields of action …). */
	EXTERNAL_CONSULTING(true),
	/** Material costs for public relations and events (ÖA materials, media work, costs of Zukunftswerkstätten). */
	MATERIAL_COSTS(true),
	/** Construction and investment projects – not eligible. */
	CONSTRUCTION_INVESTMENT(false),
	/** Staff costs already paid from public budgets – not eligible. */
	PUBLIC_STAFF(false);

	private final boolean eligibleByDefault;

	CostCategory(boolean eligibleByDefault) {
		this.eligibleByDefault = eligibleByDefault;
	}

	boolean eligibleByDefault() {
		return eligibleByDefault;
	}

	/** Message key of the label. */
	public String messageKey() {
		return "funding.category." + name();
	}
}
