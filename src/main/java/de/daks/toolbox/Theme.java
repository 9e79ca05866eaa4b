package de.daks.toolbox;

/** The 13 themes of the programme's Werkzeugkoffer (DOMAIN.md section 1). */
public enum Theme {
	OEFFENTLICHKEITSARBEIT, WOHNEN, KOOPERATION, DIGITALISIERUNG, DEMOKRATIEFOERDERUNG, BUERGERBETEILIGUNG,
	ENGAGEMENT, BEGEGNUNG, FOERDERMITTEL, GESUNDHEIT_PFLEGE, ARBEIT_WIRTSCHAFT, DEMOGRAFIESTRATEGIE, INTEGRATION;

	public String messageKey() {
		return "toolbox.theme." + name();
	}
}
