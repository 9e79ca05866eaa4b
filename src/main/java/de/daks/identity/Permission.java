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
