package de.daks.identity;

/**
 * What a route, export, command or job needs. The rules are in {@link Authorization}; every controller method
 * names one with {@link Requires}, and a method without one is refused (deny by default).
 */
public enum Permission {

	/** Anyone, also without an account (public pages, sign-in, joining a workshop). */
	PUBLIC(false),
	/** Any signed-in user (own account, own dashboard). */
	SIGNED_IN(false),
	/** Non-public content of one Kommune: its members, assigned consultants, its mentor, the Geschäftsstelle. */
	KOMMUNE_VIEW(true),
	/** Commenting on a Kommune's process: everyone who may view it (the mentor reads and comments). */
	KOMMUNE_COMMENT(true),
	/** Working on a Kommune's process: coordinator, members, assigned consultants, the Geschäftsstelle. */
	KOMMUNE_EDIT(true),
	/** Managing a Kommune: team, quarters, step completion – coordinator and Geschäftsstelle. */
	KOMMUNE_MANAGE(true),
	/** Programme-wide read access (Synopse, aggregated figures): Geschäftsstelle and Ministerium/Evaluation. */
	PROGRAMME_VIEW(false),
	/** Running a programme: Kommunen, calls, assignments – Geschäftsstelle. */
	PROGRAMME_MANAGE(false),
	/** Importing the Gemeindeverzeichnis and boundaries – Geschäftsstelle and the command-line operator. */
	TERRITORY_MANAGE(false),
	/** Importing official statistics programme-wide and reading the imported datasets – Geschäftsstelle. */
	STATISTICS_MANAGE(false),
	/**
	 * Moderating a Kommune's Zukunftswerkstatt (workshop module): planning workshops, typing, editing, hiding and
	 * merging cards, clusters, opening and closing dot voting, the realisation phase and handing the results over –
	 * coordinator, members, assigned consultants, the Geschäftsstelle. The Kommune team reads boards (also hidden
	 * cards) with {@link #KOMMUNE_VIEW}; participants use {@link #PUBLIC} routes that check their guest identity.
	 */
	WORKSHOP_MODERATE(true),
	// ---- programme office (issue 7): applications, reviews, funding
	/**
	 * Applying to a call: any signed-in user; each application is seen and edited by its applicant only (and read by
	 * the Geschäftsstelle and the Ministerium) – checked per application by the programme module.
	 */
	APPLICATION_WORK(false),
	/**
	 * Reviewing applications: any signed-in user; only the applications the Geschäftsstelle assigned to them, and the
	 * other reviewers' entries only after their own submission – checked per application by the programme module.
	 */
	APPLICATION_REVIEW(false),
	/** A Kommune's budgets, commitments and expenses: its coordinator, members and consultants, the Geschäftsstelle. */
	FUNDING_VIEW(true),
	/** Booking commitments and expenses of a Kommune: its coordinator and members, the Geschäftsstelle. */
	FUNDING_EDIT(true),
	// ---- end of programme office
	/** Managing accounts and reading the audit log – Geschäftsstelle. */
	USER_ADMIN(false);

	private final boolean kommuneScoped;

	Permission(boolean kommuneScoped) {
		this.kommuneScoped = kommuneScoped;
	}

	/** Whether the decision needs the Kommune the request is about (the {@code kommuneId} path variable). */
	public boolean isKommuneScoped() {
		return kommuneScoped;
	}
}
