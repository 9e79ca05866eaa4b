package de.daks.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The themes the Synopse counts the Werkstattplan's fields of action by: first the five fields of action of the call
 * (DOMAIN.md section 1), then the 13 themes of the Werkzeugkoffer. A field's title matches a theme when it contains
 * one of the theme's word stems (case-insensitive, German); a title can match several themes, and a title matching
 * none is counted as {@link #OTHER}. The mapping is a transparent keyword match, documented in ADR 0009, not a
 * classification by hand.
 */
public enum SynopseTheme {
	// the five fields of action of the call
	CALL_GENERATIONS(true, "generation"),
	CALL_PARTICIPATION(true, "teilhabe", "älter werdend", "altersgruppen"),
	CALL_CITIZENS(true, "bürgerbeteiligung", "beteiligung"),
	CALL_IDENTITY(true, "identität", "heimat"),
	CALL_DIGITAL(true, "digital", "pandemie"),
	// the 13 themes of the Werkzeugkoffer
	PUBLIC_RELATIONS(false, "öffentlichkeitsarbeit", "kommunikation", "marketing"),
	HOUSING(false, "wohn"),
	COOPERATION(false, "kooperation", "interkommunal", "zusammenarbeit der kommunen"),
	DIGITALISATION(false, "digital"),
	DEMOCRACY(false, "demokratie"),
	CITIZEN_PARTICIPATION(false, "beteiligung"),
	ENGAGEMENT(false, "engagement", "ehrenamt"),
	MEETING_ADVICE(false, "begegnung", "beratung", "selbsthilfe", "treffpunkt"),
	FUNDING(false, "fördermittel", "finanzierung"),
	HEALTH_CARE(false, "gesundheit", "pflege", "medizin", "ärzt", "arzt"),
	WORK_ECONOMY(false, "arbeitsmarkt", "arbeitspl", "arbeit und", "wirtschaft", "fachkräfte", "beruf", "ausbildung"),
	DEMOGRAPHY_STRATEGY(false, "demografie", "demographie"),
	INTEGRATION(false, "integration", "zuwander", "migration", "inklusion"),
	/** A field of action matching none of the themes. */
	OTHER(false);

	private final boolean ofTheCall;

	private final List<String> stems;

	SynopseTheme(boolean ofTheCall, String... stems) {
		this.ofTheCall = ofTheCall;
		this.stems = List.of(stems);
	}

	/** Whether the theme is one of the five fields of action of the call. */
	public boolean ofTheCall() {
		return ofTheCall;
	}

	/** The themes a field of action's title matches; {@link #OTHER} alone when it matches none. */
	public static List<SynopseTheme> of(String fieldTitle) {
		String title = fieldTitle.toLowerCase(Locale.GERMAN);
		List<SynopseTheme> themes = new ArrayList<>();
		for (SynopseTheme theme : values()) {
			if (theme.stems.stream().anyMatch(title::contains)) {
				themes.add(theme);
			}
		}
		return themes.isEmpty() ? List.of(OTHER) : List.copyOf(themes);
	}

	/** Message key of the label. */
	public String messageKey() {
		return "programme.theme." + name();
	}
}
