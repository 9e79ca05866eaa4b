package de.daks.territory.internal;

import de.daks.territory.AreaLevel;
import de.daks.territory.ImportProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses the Gemeindeverzeichnis of Destatis in its original fixed-width format GV100AD ("Datensatzbeschreibung
 * GV100AD"; one record of 220 characters per line, UTF-8). Positions are 1-based and inclusive, as in the record
 * description, and were checked against {@code GV100AD_301123.txt}:
 *
 * <pre>
 * all     1–2 Satzart (record type), 3–10 Gebietsstand (JJJJMMTT)
 * 10 Land            11–12 Land, 23–72 name, 73–122 seat of the government
 * 20 Reg.-Bezirk     11–13 Land+RB, 23–72 name, 73–122 seat
 * 30 Region (BW)     11–14 Land+RB+Region, 23–72 name – informational, not part of the ARS tree: counted, not stored
 * 40 Kreis           11–15 Land+RB+Kreis, 23–72 name, 73–122 seat, 123–124 Textkennzeichen
 * 50 Gemeindeverband 11–15 Land+RB+Kreis, 19–22 Verband, 23–72 name, 73–122 seat, 123–124 Textkennzeichen
 * 60 Gemeinde        11–15 Land+RB+Kreis, 16–18 Gemeinde, 19–22 Verband, 23–72 name, 123–124 Textkennzeichen,
 *                    129–139 area in ha, 140–150 population total, 151–161 population male,
 *                    166–170 postcode of the seat (blank for uninhabited gemeindefreie Gebiete)
 * </pre>
 *
 * So the AGS of a Gemeinde is columns 11–18, and its 12-digit ARS is columns 11–15 + 19–22 + 16–18 (Land, RB, Kreis,
 * Verband, Gemeinde). Parents: a Land hangs under Germany ({@code DG}); a Kreis under its Regierungsbezirk when the
 * RB digit is not 0, otherwise directly under the Land; a Gemeindeverband under its Kreis; a Gemeinde under its
 * Gemeindeverband (verbandsfreie Gemeinden and kreisfreie Städte have a Verband record of their own, type 50).
 *
 * <p>Decoded Textkennzeichen: Kreis 41 Kreisfreie Stadt, 42 Stadtkreis, 43 Kreis, 44 Landkreis, 45 Regionalverband;
 * Gemeindeverband 50 Verbandsfreie Gemeinde, 51 Amt, 52 Samtgemeinde, 53 Verbandsgemeinde, 54
 * Verwaltungsgemeinschaft, 55 Kirchspielslandgemeinde, 56 Verwaltungsverband, 57 Verwaltungsgemeinschaft
 * (Trägermodell), 58 Erfüllende Gemeinde; Gemeinde 60 Markt, 61 Kreisfreie Stadt, 62 Stadtkreis, 63 Stadt,
 * 64 Kreisangehörige Gemeinde, 65 Gemeindefreies Gebiet (bewohnt), 66 Gemeindefreies Gebiet (unbewohnt),
 * 67 Große Kreisstadt. Any other code is an error.
 *
 * <p>The parser collects every problem (line, field, reason) instead of stopping at the first, so a user can fix a
 * file in one go; the caller stores nothing when there is any.
 */
public final class Gv100adParser {

	/** Length of every record in characters (not bytes: names are UTF-8). */
	public static final int RECORD_LENGTH = 220;

	static final Map<String, String> KREIS_TYPES = Map.of("41", "Kreisfreie Stadt", "42", "Stadtkreis", "43",
			"Kreis", "44", "Landkreis", "45", "Regionalverband");

	static final Map<String, String> VERBAND_TYPES = Map.of("50", "Verbandsfreie Gemeinde", "51", "Amt", "52",
			"Samtgemeinde", "53", "Verbandsgemeinde", "54", "Verwaltungsgemeinschaft", "55", "Kirchspielslandgemeinde",
			"56", "Verwaltungsverband", "57", "Verwaltungsgemeinschaft (Trägermodell)", "58", "Erfüllende Gemeinde");

	static final Map<String, String> GEMEINDE_TYPES = Map.of("60", "Markt", "61", "Kreisfreie Stadt", "62",
			"Stadtkreis", "63", "Stadt", "64", "Kreisangehörige Gemeinde", "65", "Gemeindefreies Gebiet (bewohnt)",
			"66", "Gemeindefreies Gebiet (unbewohnt)", "67", "Große Kreisstadt");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** What a file contained. */
	public record Result(List<Gv100adRecord> records, List<ImportProblem> problems, @Nullable LocalDate gebietsstand,
			int regions, Map<AreaLevel, Integer> counts) {

		public boolean isValid() {
			return problems.isEmpty();
		}
	}

	private final List<Gv100adRecord> records = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private @Nullable LocalDate gebietsstand;

	private int regions;

	/** Parses a whole file. Blank lines at the end are ignored; a byte order mark at the start is skipped. */
	public static Result parse(BufferedReader reader) throws IOException {
		Gv100adParser parser = new Gv100adParser();
		String line;
		int number = 0;
		int blank = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank()) {
				blank++;
				continue;
			}
			if (blank > 0) {
				parser.problem(number - 1, "Satz", "blank-line", "");
				blank = 0;
			}
			parser.line(number, line);
		}
		if (number == 0 || parser.records.isEmpty() && parser.problems.isEmpty()) {
			parser.problem(0, "Datei", "empty-file", "");
		}
		parser.checkTree();
		Map<AreaLevel, Integer> counts = new EnumMap<>(AreaLevel.class);
		parser.records.forEach(r -> counts.merge(r.level(), 1, Integer::sum));
		return new Result(List.copyOf(parser.records), List.copyOf(parser.problems), parser.gebietsstand,
				parser.regions, counts);
	}

	/** Parses one line; public for unit tests of single records. */
	void line(int number, String raw) {
		String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
		if (line.length() != RECORD_LENGTH) {
			problem(number, "Satzlänge", "wrong-length", String.valueOf(line.length()));
			return;
		}
		int invalid = line.indexOf('\uFFFD');
		if (invalid >= 0) {
			// the reader replaces bytes that are not UTF-8 (e.g. a Latin-1 export) with U+FFFD
			problem(number, "Zeichenkodierung (Spalte " + (invalid + 1) + ")", "not-utf8", "");
			return;
		}
		String type = cut(line, 1, 2);
		if (!List.of("10", "20", "30", "40", "50", "60").contains(type)) {
			problem(number, "Satzart (Spalten 1–2)", "unknown-record-type", type);
			return;
		}
		checkGebietsstand(number, cut(line, 3, 10));
		String name = cut(line, 23, 72).strip();
		if (name.isEmpty()) {
			problem(number, "Name (Spalten 23–72)", "missing-name", "");
		}
		String seat = blankToNull(cut(line, 73, 122).strip());
		int before = problems.size();
		switch (type) {
			case "10" -> {
				String key = digits(number, line, 11, 12, "Land");
				if (problems.size() == before) {
					records.add(new Gv100adRecord(number, AreaLevel.LAND, key, AreaLevel.GERMANY, name, null, "Land",
							key, seat, null, null, null, null));
				}
			}
			case "20" -> {
				String key = digits(number, line, 11, 13, "Regierungsbezirk");
				if (problems.size() == before) {
					records.add(new Gv100adRecord(number, AreaLevel.REGIERUNGSBEZIRK, key, key.substring(0, 2), name,
							null, "Regierungsbezirk", null, seat, null, null, null, null));
				}
			}
			case "30" -> {
				digits(number, line, 11, 14, "Region");
				regions++;
			}
			case "40" -> {
				String key = digits(number, line, 11, 15, "Kreis");
				String code = typeCode(number, line, KREIS_TYPES);
				if (problems.size() == before) {
					String parent = key.charAt(2) == '0' ? key.substring(0, 2) : key.substring(0, 3);
					records.add(new Gv100adRecord(number, AreaLevel.KREIS, key, parent, name, code,
							KREIS_TYPES.get(code), key, seat, null, null, null, null));
				}
			}
			case "50" -> {
				String kreis = digits(number, line, 11, 15, "Kreis");
				String verband = digits(number, line, 19, 22, "Gemeindeverband");
				String code = typeCode(number, line, VERBAND_TYPES);
				if (problems.size() == before) {
					records.add(new Gv100adRecord(number, AreaLevel.GEMEINDEVERBAND, kreis + verband, kreis, name,
							code, VERBAND_TYPES.get(code), null, seat, null, null, null, null));
				}
			}
			default -> gemeinde(number, line, name, before);
		}
	}

	private void gemeinde(int number, String line, String name, int before) {
		String kreis = digits(number, line, 11, 15, "Kreis");
		String gemeinde = digits(number, line, 16, 18, "Gemeinde");
		String verband = digits(number, line, 19, 22, "Gemeindeverband");
		String code = typeCode(number, line, GEMEINDE_TYPES);
		Long area = number(number, line, 129, 139, "Fläche in ha");
		Long population = number(number, line, 140, 150, "Bevölkerung insgesamt");
		Long male = number(number, line, 151, 161, "Bevölkerung männlich");
		String postcode = cut(line, 166, 170).strip();
		if (!postcode.isEmpty() && !postcode.matches("\\d{5}")) {
			problem(number, "Postleitzahl (Spalten 166–170)", "invalid-postcode", postcode);
		}
		if (population != null && male != null && male > population) {
			problem(number, "Bevölkerung männlich (Spalten 151–161)", "male-exceeds-total", male + " > " + population);
		}
		if (problems.size() == before) {
			records.add(new Gv100adRecord(number, AreaLevel.GEMEINDE, kreis + verband + gemeinde, kreis + verband,
					name, code, GEMEINDE_TYPES.get(code), kreis + gemeinde, null, area, population, male,
					blankToNull(postcode)));
		}
	}

	private void checkGebietsstand(int number, String value) {
		LocalDate date;
		try {
			date = LocalDate.parse(value, DATE);
		}
		catch (DateTimeParseException ex) {
			problem(number, "Gebietsstand (Spalten 3–10)", "invalid-date", value);
			return;
		}
		if (gebietsstand == null) {
			gebietsstand = date;
		}
		else if (!gebietsstand.equals(date)) {
			problem(number, "Gebietsstand (Spalten 3–10)", "gebietsstand-differs", value + " ≠ " + DATE.format(gebietsstand));
		}
	}

	private String digits(int number, String line, int from, int to, String field) {
		String value = cut(line, from, to);
		if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			problem(number, field + " (Spalten " + from + "–" + to + ")", "not-numeric", "'" + value + "'");
		}
		return value;
	}

	private @Nullable Long number(int number, String line, int from, int to, String field) {
		String value = cut(line, from, to).strip();
		if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			problem(number, field + " (Spalten " + from + "–" + to + ")", "not-numeric", "'" + value + "'");
			return null;
		}
		return Long.parseLong(value);
	}

	private @Nullable String typeCode(int number, String line, Map<String, String> types) {
		String code = cut(line, 123, 124);
		if (!types.containsKey(code)) {
			problem(number, "Textkennzeichen (Spalten 123–124)", "unknown-type-code", "'" + code + "'");
			return null;
		}
		return code;
	}

	/** Duplicate keys and parents that the file does not contain. */
	private void checkTree() {
		Map<String, Gv100adRecord> byKey = new HashMap<>();
		for (Gv100adRecord record : records) {
			Gv100adRecord previous = byKey.putIfAbsent(record.key(), record);
			if (previous != null) {
				problem(record.line(), "Schlüssel", "duplicate-key", record.key() + " = line " + previous.line());
			}
		}
		for (int i = 0; i < records.size(); i++) {
			Gv100adRecord record = records.get(i);
			String parent = record.parentKey();
			if (AreaLevel.GERMANY.equals(parent) || byKey.containsKey(parent)) {
				continue;
			}
			String upper = upperParent(parent, byKey.keySet());
			if (upper == null) {
				problem(record.line(), "Schlüssel", "unknown-parent", record.key() + " → " + parent);
			}
			else {
				records.set(i, new Gv100adRecord(record.line(), record.level(), record.key(), upper, record.name(),
						record.typeCode(), record.designation(), record.ags(), record.seat(), record.areaHa(),
						record.population(), record.populationMale(), record.postcode()));
			}
		}
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::position));
	}

	/**
	 * Areas outside any Kreis have the Kreis digits 00 in their key – e.g. 07000 9999 "Gemeinsames
	 * deutsch-luxemburgisches Hoheitsgebiet" and 13000 9999 "Küstengewässer": they hang under the Regierungsbezirk or
	 * the Land.
	 */
	private static @Nullable String upperParent(String parent, java.util.Set<String> keys) {
		if (parent.length() != 5 || !parent.endsWith("00")) {
			return null;
		}
		if (parent.charAt(2) != '0') {
			return keys.contains(parent.substring(0, 3)) ? parent.substring(0, 3) : null;
		}
		return keys.contains(parent.substring(0, 2)) ? parent.substring(0, 2) : null;
	}

	private void problem(int line, String field, String code, String detail) {
		problems.add(new ImportProblem(line, field, code, detail));
	}

	/** Columns {@code from}..{@code to}, 1-based and inclusive, as the record description numbers them. */
	static String cut(String line, int from, int to) {
		return line.substring(from - 1, to);
	}

	private static @Nullable String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}
}
