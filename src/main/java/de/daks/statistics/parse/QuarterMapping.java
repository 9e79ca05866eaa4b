package de.daks.statistics.parse;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to read a quarter table, confirmed by the importing user: which column names the area, which the date, and what
 * the values mean.
 *
 * <p>Long layout: one value per row; {@code labelColumn} holds what the value counts ("Männlich", "00 - < 03",
 * "Einwohner"), read like GENESIS labels; rows whose {@code filterColumn} is not in {@code filterValues} are skipped.
 * Wide layout: one row per area and date; {@code columns} says for each value column what it counts; other columns
 * are ignored.
 *
 * @param areaColumn the column with the area id, or null when the whole file is one area (given at import)
 * @param areaTemplate the DAKS area key of an id, {@code {id}} replaced by the id (the digits before " - " if any)
 * @param areaKeys ids with their own key (the city total, e.g. {@code 000 → 05315000})
 * @param dateColumn a column with a year (→ 31.12.) or a date; null: the date comes from the file name or the import
 * @param halfYearInFileName a file name with {@code YYYY-01} (→ 30.06.) or {@code YYYY-02} (→ 31.12.), as Berlin's
 */
public record QuarterMapping(String name, Layout layout, @Nullable String areaColumn, String areaTemplate,
		Map<String, String> areaKeys, @Nullable String dateColumn, boolean halfYearInFileName,
		@Nullable String labelColumn, @Nullable String valueColumn, @Nullable String filterColumn,
		Set<String> filterValues, Map<String, Target> columns) {

	public enum Layout {
		LONG, WIDE
	}

	/** What one value counts. */
	public record Target(Measure measure, Sex sex, AgeBand age) {

		public static Target population(Sex sex, AgeBand age) {
			return new Target(Measure.POPULATION, sex, age);
		}

		public static Target event(Measure measure) {
			return new Target(measure, Sex.TOTAL, AgeBand.ALL);
		}
	}

	public QuarterMapping {
		areaKeys = Map.copyOf(areaKeys);
		filterValues = Set.copyOf(filterValues);
		columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
	}

	/** Köln's long table {@code id,tab_id,tabelle,jahr,raum_id,raum,zei_id,zeile,zahl}: total, sex, 13 age groups. */
	public static QuarterMapping koeln() {
		return new QuarterMapping("koeln", Layout.LONG, "raum_id", "053150000000-Q-{id}", Map.of("000", "05315000"),
				"jahr", false, "zeile", "zahl", "tab_id", Set.of("005", "010", "020"), Map.of());
	}

	/** Berlin LOR t2 files (city, districts or planning areas): residents, 8 age bands, female residents. */
	public static QuarterMapping berlinT2() {
		Map<String, Target> columns = new LinkedHashMap<>();
		columns.put("inhabitants", Target.population(Sex.TOTAL, AgeBand.ALL));
		columns.put("inhabitants_age_below_6", Target.population(Sex.TOTAL, AgeBand.of(0, 6)));
		columns.put("inhabitants_age_6_15", Target.population(Sex.TOTAL, AgeBand.of(6, 15)));
		columns.put("inhabitants_age_15_18", Target.population(Sex.TOTAL, AgeBand.of(15, 18)));
		columns.put("inhabitants_age_18_27", Target.population(Sex.TOTAL, AgeBand.of(18, 27)));
		columns.put("inhabitants_age_27_45", Target.population(Sex.TOTAL, AgeBand.of(27, 45)));
		columns.put("inhabitants_age_45_55", Target.population(Sex.TOTAL, AgeBand.of(45, 55)));
		columns.put("inhabitants_age_55_65", Target.population(Sex.TOTAL, AgeBand.of(55, 65)));
		columns.put("inhabitants_age_above_65", Target.population(Sex.TOTAL, AgeBand.openFrom(65)));
		columns.put("inhabitants_female", Target.population(Sex.FEMALE, AgeBand.ALL));
		return new QuarterMapping("berlin-t2", Layout.WIDE, "id", "110000000000-Q-{id}", Map.of("0", "11000000"),
				null, true, null, null, null, Set.of(), columns);
	}

	/**
	 * Berlin LOR t1 files: the residents column only (the other columns count migration background and nationality,
	 * which DAKS does not keep). Fits only a header with {@code inhabitants_germans}: in the t3 and t4 files the
	 * column {@code inhabitants} counts residents with a migration background, not all residents.
	 */
	public static QuarterMapping berlinT1() {
		return new QuarterMapping("berlin-t1", Layout.WIDE, "id", "110000000000-Q-{id}", Map.of("0", "11000000"),
				null, true, null, null, null, Set.of(), Map.of("inhabitants", Target.population(Sex.TOTAL,
						AgeBand.ALL)));
	}

	/**
	 * Konstanz's yearly population tables of one area ({@code wohnbevoelkerung.csv}: total, women, men;
	 * {@code nach_altersgruppe.csv}: {@code bis_18} = 0 to under 18 … {@code ueber_60} = 60 and over); the area is
	 * given at import.
	 */
	public static QuarterMapping konstanzYearly() {
		Map<String, Target> columns = new LinkedHashMap<>();
		columns.put("gesamt", Target.population(Sex.TOTAL, AgeBand.ALL));
		columns.put("davon_frauen", Target.population(Sex.FEMALE, AgeBand.ALL));
		columns.put("davon_maenner", Target.population(Sex.MALE, AgeBand.ALL));
		columns.put("bis_18", Target.population(Sex.TOTAL, AgeBand.of(0, 18)));
		columns.put("bis_30", Target.population(Sex.TOTAL, AgeBand.of(18, 30)));
		columns.put("bis_40", Target.population(Sex.TOTAL, AgeBand.of(30, 40)));
		columns.put("bis_50", Target.population(Sex.TOTAL, AgeBand.of(40, 50)));
		columns.put("bis_60", Target.population(Sex.TOTAL, AgeBand.of(50, 60)));
		columns.put("ueber_60", Target.population(Sex.TOTAL, AgeBand.openFrom(60)));
		return new QuarterMapping("konstanz-yearly", Layout.WIDE, null, "{id}", Map.of(), "jahr", false, null, null,
				null, Set.of(), columns);
	}

	/** Lübeck's {@code data.csv}: residents, three age groups, births, deaths, in- and out-moves per Stadtteil. */
	public static QuarterMapping luebeck() {
		Map<String, Target> columns = new LinkedHashMap<>();
		columns.put("einwohner", Target.population(Sex.TOTAL, AgeBand.ALL));
		columns.put("kinder", Target.population(Sex.TOTAL, AgeBand.of(0, 18)));
		columns.put("erwachsene", Target.population(Sex.TOTAL, AgeBand.of(18, 65)));
		columns.put("aeltere", Target.population(Sex.TOTAL, AgeBand.openFrom(65)));
		columns.put("geburten", Target.event(Measure.BIRTHS));
		columns.put("sterbefaelle", Target.event(Measure.DEATHS));
		columns.put("zuzuege", Target.event(Measure.IN_MOVES));
		columns.put("wegzuege", Target.event(Measure.OUT_MOVES));
		return new QuarterMapping("luebeck", Layout.WIDE, "stadtteil", "010030000000-Q-{id}",
				Map.of("00", "01003000"), "jahr", false, null, null, null, Set.of(), columns);
	}

	/**
	 * A yearly table of one area ({@code jahr} plus births/deaths or in/out moves, as Konstanz's
	 * {@code natuerliche_entwicklung.csv} and {@code zu_und_wegzug.csv}); the area is given at import.
	 */
	public static QuarterMapping yearlyEvents() {
		Map<String, Target> columns = new LinkedHashMap<>();
		columns.put("geburten", Target.event(Measure.BIRTHS));
		columns.put("sterbefaelle", Target.event(Measure.DEATHS));
		columns.put("zuzug", Target.event(Measure.IN_MOVES));
		columns.put("wegzug", Target.event(Measure.OUT_MOVES));
		columns.put("zuzuege", Target.event(Measure.IN_MOVES));
		columns.put("wegzuege", Target.event(Measure.OUT_MOVES));
		return new QuarterMapping("yearly-events", Layout.WIDE, null, "{id}", Map.of(), "jahr", false, null, null,
				null, Set.of(), columns);
	}

	public static List<QuarterMapping> presets() {
		return List.of(koeln(), berlinT2(), berlinT1(), luebeck(), yearlyEvents(), konstanzYearly());
	}

	/** Columns a preset needs besides its value columns to fit a header (where the value columns alone are ambiguous). */
	private static final Map<String, Set<String>> SIGNATURES = Map.of("berlin-t1",
			Set.of("inhabitants_germans", "inhabitants_with_migration_background"));

	/**
	 * The preset whose columns fit a header line best, if any fits: a wide preset needs two of its value columns (one
	 * where it has a signature), so that a table of ratios sharing one column name is not read as counts.
	 */
	public static @Nullable QuarterMapping presetFor(List<String> header) {
		Set<String> names = Set.copyOf(header.stream().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).toList());
		for (QuarterMapping preset : presets()) {
			boolean fits = (preset.areaColumn == null || names.contains(preset.areaColumn))
					&& (preset.dateColumn == null || names.contains(preset.dateColumn))
					&& (preset.layout == Layout.LONG ? names.contains(preset.labelColumn)
							&& names.contains(preset.valueColumn)
							: preset.columns.keySet().stream().filter(names::contains).count() >= (SIGNATURES
								.containsKey(preset.name) ? 1 : 2))
					&& names.containsAll(SIGNATURES.getOrDefault(preset.name, Set.of()));
			if (fits) {
				return preset;
			}
		}
		return null;
	}

	public static @Nullable QuarterMapping preset(String name) {
		return presets().stream().filter(p -> p.name.equals(name)).findFirst().orElse(null);
	}

	/** The DAKS area key of an id as the file writes it. */
	public String areaKey(String rawId) {
		String id = rawId.trim();
		int dash = id.indexOf(" - ");
		if (dash > 0) {
			id = id.substring(0, dash).trim();
		}
		String own = areaKeys.get(id);
		return own != null ? own : areaTemplate.replace("{id}", id);
	}
}
