package de.daks.network;

import de.daks.plan.Measure;
import de.daks.plan.PlanData;
import de.daks.plan.PlanField;
import de.daks.plan.TargetGroup;
import de.daks.territory.Kommune;
import de.daks.toolbox.Theme;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * How similar two Kommunen are for mentoring. Points: same kind 3, size within a factor of 2: 2, same Land 1, share of
 * people 65+ within 3 percentage points 2, and from the Werkstattplan the themes (up to 6 points: 6 × the Jaccard
 * index of the two theme sets) and the target groups of the measures (up to 2: 2 × Jaccard). A plan's themes are its
 * field and measure titles mapped by German keywords to the 13 themes of the programme; a field title that maps to
 * none counts as a theme of its own (normalised), so two plans with the same unusual field still meet.
 */
public final class MentoringSimilarity {

	/** Points for a complete overlap of the plans' themes. */
	static final int THEME_POINTS = 6;

	/** Points for a complete overlap of the measures' target groups. */
	static final int GROUP_POINTS = 2;

	/** Keyword stems (normalised: lower case, umlauts as ae/oe/ue, ß as ss) per theme. */
	private static final Map<Theme, List<String>> KEYWORDS = new LinkedHashMap<>();

	static {
		KEYWORDS.put(Theme.OEFFENTLICHKEITSARBEIT,
				List.of("oeffentlichkeit", "kommunikation", "presse", "marketing", "imagekampagne", "information"));
		KEYWORDS.put(Theme.WOHNEN, List.of("wohn", "bauen", "leerstand", "innenentwicklung", "ortskern", "siedlung"));
		KEYWORDS.put(Theme.KOOPERATION,
				List.of("kooperation", "interkommunal", "netzwerk", "partnerschaft", "verbund", "zusammenarbeit der kommunen"));
		KEYWORDS.put(Theme.DIGITALISIERUNG, List.of("digital", "online", "breitband", "internet", "pandemie", "smart"));
		KEYWORDS.put(Theme.DEMOKRATIEFOERDERUNG,
				List.of("demokrat", "jugendparlament", "beirat", "politische bildung", "kommunalpolitik"));
		KEYWORDS.put(Theme.BUERGERBETEILIGUNG, List.of("beteiligung", "mitwirkung", "mitbestimm", "buergerrat"));
		KEYWORDS.put(Theme.ENGAGEMENT, List.of("engagement", "ehrenamt", "freiwillig", "verein"));
		KEYWORDS.put(Theme.BEGEGNUNG,
				List.of("begegnung", "generationen", "nachbarschaft", "treff", "identitaet", "zusammenhalt", "kultur"));
		KEYWORDS.put(Theme.FOERDERMITTEL, List.of("foerder", "finanzierung", "fonds", "zuschuss"));
		KEYWORDS.put(Theme.GESUNDHEIT_PFLEGE,
				List.of("gesundheit", "pflege", "arzt", "aerzt", "medizin", "praevention", "demenz"));
		KEYWORDS.put(Theme.ARBEIT_WIRTSCHAFT, List.of("arbeitsmarkt", "arbeitspl", "arbeitgeber", "erwerb", "wirtschaft", "fachkraefte", "ausbildung", "beruf",
				"gewerbe", "einzelhandel", "nahversorgung", "tourismus"));
		KEYWORDS.put(Theme.DEMOGRAFIESTRATEGIE, List.of("demograf", "demograph", "strategie", "leitbild", "alterung"));
		KEYWORDS.put(Theme.INTEGRATION, List.of("integration", "zugewandert", "zuwander", "migration", "gefluechtet",
				"willkommen", "neubuerger"));
	}

	private MentoringSimilarity() {
	}

	/**
	 * What is compared of a Kommune.
	 * @param share65 share of inhabitants aged 65 and over in percent, from the indicators, if known
	 * @param themes message keys of the programme's themes ({@code toolbox.theme.X}) and unmapped field titles
	 * @param groups the target groups of the plan's measures
	 */
	public record Profile(Kommune kommune, OptionalDouble share65, Set<String> themes, Set<TargetGroup> groups) {

		public Profile {
			themes = Set.copyOf(themes);
			groups = Set.copyOf(groups);
		}
	}

	/** The profile of a Kommune from its plan (fields, measures) and its share of people 65+. */
	public static Profile profile(Kommune kommune, OptionalDouble share65, PlanData plan) {
		Set<String> themes = new TreeSet<>();
		for (PlanField field : plan.fields()) {
			Set<Theme> mapped = themesOf(field.title());
			if (mapped.isEmpty()) {
				themes.add(normalise(field.title()));
			}
			mapped.forEach(t -> themes.add(t.messageKey()));
		}
		Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
		for (Measure measure : plan.measures()) {
			themesOf(measure.title()).forEach(t -> themes.add(t.messageKey()));
			groups.addAll(measure.targetGroups());
		}
		return new Profile(kommune, share65, themes, groups);
	}

	/** The programme's themes a text speaks of, by keyword. */
	public static Set<Theme> themesOf(String text) {
		String normalised = normalise(text);
		Set<Theme> themes = EnumSet.noneOf(Theme.class);
		KEYWORDS.forEach((theme, words) -> {
			if (words.stream().anyMatch(normalised::contains)) {
				themes.add(theme);
			}
		});
		return themes;
	}

	/** Lower case, umlauts spelled out, other accents removed, spaces collapsed. */
	static String normalise(String text) {
		String lower = text.strip().toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe")
			.replace("ü", "ue").replace("ß", "ss");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
	}

	/** The Jaccard index of two sets: shared / all; 0 when both are empty. */
	static double jaccard(Collection<?> a, Collection<?> b) {
		Set<Object> union = new java.util.HashSet<>(a);
		union.addAll(b);
		if (union.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / union.size();
	}

	/** The score of a mentor for a mentee with the reasons (message keys with arguments). */
	public static Mentoring.Candidate score(Profile mentee, Profile mentor) {
		Kommune k = mentor.kommune();
		Kommune m = mentee.kommune();
		int score = 0;
		List<ConsultantMatch.Reason> reasons = new ArrayList<>();
		if (k.kind() == m.kind()) {
			score += 3;
			reasons.add(new ConsultantMatch.Reason("network.mentoring.reason.kind",
					List.of("territory.kommuneKind." + k.kind()), true));
		}
		if (k.population() != null && m.population() != null && k.population() > 0 && m.population() > 0) {
			double ratio = (double) Math.max(k.population(), m.population()) / Math.min(k.population(), m.population());
			if (ratio <= 2) {
				score += 2;
				reasons.add(new ConsultantMatch.Reason("network.mentoring.reason.size",
						List.of(k.population(), m.population()), true));
			}
		}
		if (k.landCode() != null && k.landCode().equals(m.landCode())) {
			score += 1;
			reasons.add(new ConsultantMatch.Reason("network.mentoring.reason.land", List.of(), true));
		}
		if (mentor.share65().isPresent() && mentee.share65().isPresent()
				&& Math.abs(mentor.share65().getAsDouble() - mentee.share65().getAsDouble()) <= 3) {
			score += 2;
			reasons.add(new ConsultantMatch.Reason("network.mentoring.reason.ageing",
					List.of(mentor.share65().getAsDouble(), mentee.share65().getAsDouble()), true));
		}
		List<String> sharedThemes = mentee.themes().stream().filter(mentor.themes()::contains).sorted().toList();
		if (!sharedThemes.isEmpty()) {
			double j = jaccard(mentee.themes(), mentor.themes());
			score += (int) Math.round(THEME_POINTS * j);
			reasons.add(new ConsultantMatch.Reason("network.mentoring.reason.themes",
					List.of(sharedThemes, (int) Math.round(100 * j)), true));
		}
		List<String> sharedGroups = mentee.groups().stream().filter(mentor.groups()::contains).sorted()
			.map(TargetGroup::messageKey).toList();
		if (!sharedGroups.isEmpty()) {
			score += (int) Math.round(GROUP_POINTS * jaccard(mentee.groups(), mentor.groups()));
			reasons.add(new ConsultantMatch.Reason("network.mentoring.reason.groups", List.of(sharedGroups), true));
		}
		return new Mentoring.Candidate(k, score, List.copyOf(reasons));
	}

	/** The mentors ranked for the mentee: highest score first, then by name. */
	public static List<Mentoring.Candidate> rank(Profile mentee, Collection<Profile> mentors) {
		return mentors.stream().filter(p -> !p.kommune().id().equals(mentee.kommune().id()))
			.map(p -> score(mentee, p))
			.sorted(Comparator.comparingInt(Mentoring.Candidate::score).reversed()
				.thenComparing(c -> c.mentor().name()))
			.toList();
	}
}
