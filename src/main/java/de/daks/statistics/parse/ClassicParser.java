package de.daks.statistics.parse;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The GENESIS/Regionalstatistik "classic" CSV and tables laid out like it (e.g. the Hessian HSL export): a title
 * block, one or more header rows naming the value columns (sex, age, date, Land), data rows whose leading cells name
 * the row (date, regional key, name, age), and a footer after a line of underscores. Values use the decimal comma;
 * the special values {@code - . x ... /} are "no value" and reported.
 */
final class ClassicParser {

	private enum Kind {
		DATE, REGION, AGE, SEX, NAME
	}

	/** What a value column stands for. */
	private static final class Column {

		final int index;

		final String label;

		@Nullable LocalDate date;

		@Nullable String region;

		@Nullable Sex sex;

		@Nullable AgeBand age;

		@Nullable String skipReason;

		boolean unsupported;

		Column(int index, String label) {
			this.index = index;
			this.label = label;
		}
	}

	/** A key and a name in one cell, as "535    Vogelsbergkreis" in the Hessian export. */
	private static final java.util.regex.Pattern KEY_AND_NAME = java.util.regex.Pattern.compile("(DG|\\d{2,12})\\s+\\D.*");

	private ClassicParser() {
	}

	static ParsedFile parse(String text, ParseOptions options) {
		Collector out = new Collector();
		List<String> lines = TextDecoder.lines(text);
		char separator = separator(lines);
		String tableCode = null;
		if (!lines.isEmpty() && lines.get(0).startsWith("GENESIS-Tabelle:")) {
			tableCode = TextDecoder.cells(lines.get(0), separator).get(0).substring("GENESIS-Tabelle:".length())
				.trim();
		}
		int footer = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("___")) {
				footer = i;
				break;
			}
		}
		int end = footer < 0 ? lines.size() : footer;
		List<List<String>> rows = new ArrayList<>(end);
		for (int i = 0; i < end; i++) {
			rows.add(TextDecoder.cells(lines.get(i), separator));
		}
		int dataStart = -1;
		for (int i = 0; i < end; i++) {
			if (valueCells(rows.get(i)) >= 1 && nonBlank(rows.get(i)) >= 2) {
				dataStart = i;
				break;
			}
		}
		if (dataStart < 0) {
			out.error(0, "", "no-data-rows", "no row with numbers found");
			return out.finish(FileFormat.CLASSIC, metadata(tableCode, lines, 0, footer));
		}
		int headerStart = dataStart;
		while (headerStart > 0) {
			List<String> row = rows.get(headerStart - 1);
			boolean header = (row.get(0).isBlank() && nonBlank(row) > 0) || nonBlank(row) >= 3;
			if (!header || row.get(0).startsWith("GENESIS-Tabelle")) {
				break;
			}
			headerStart--;
		}
		LocalDate titleDate = null;
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < headerStart; i++) {
			String first = rows.get(i).get(0).trim();
			if (i > 0 || tableCode == null) {
				title.append(title.isEmpty() ? "" : " ").append(first);
			}
			if (titleDate == null && (first.startsWith("Stichtag") || first.contains(" am "))) {
				titleDate = Labels.firstDate(first);
			}
		}
		if (headerStart == dataStart) {
			out.error(dataStart + 1, "", "no-header", "no header row naming the value columns above the first data row");
			return out.finish(FileFormat.CLASSIC, metadata(tableCode, lines, headerStart, footer));
		}
		List<String> lastHeader = rows.get(dataStart - 1);
		int dims = 0;
		while (dims < lastHeader.size() && lastHeader.get(dims).isBlank()) {
			dims++;
		}
		if (dims == 0) {
			// header names the dimension columns too (e.g. "Altersgruppe;insgesamt;m;w"): dims end at the first number
			List<String> first = rows.get(dataStart);
			while (dims < first.size() && Labels.germanNumber(first.get(dims)) == null
					&& !Labels.isSpecialValue(first.get(dims))) {
				dims++;
			}
		}
		List<Column> columns = columns(rows.subList(headerStart, dataStart), dims, out, dataStart);
		if (columns.stream().allMatch(c -> c.skipReason != null || c.unsupported)) {
			List<String> labels = columns.stream().filter(c -> c.unsupported).map(c -> c.label).distinct().toList();
			out.error(dataStart, "", "no-count-columns",
					labels.isEmpty() ? "no value column holds population counts" : String.join(", ", labels));
			return out.finish(FileFormat.CLASSIC, metadata(tableCode, lines, headerStart, footer));
		}
		Kind[] dimKinds = dimKinds(rows.subList(dataStart, end), dims);
		// a table repeats few distinct labels (ages, sexes, dates, keys) many times: read each once
		Map<String, Optional<AgeBand>> ages = new HashMap<>();
		Map<String, Optional<Sex>> sexes = new HashMap<>();
		Map<String, Optional<LocalDate>> dates = new HashMap<>();
		Map<String, String> keys = new HashMap<>();
		String[] columnNames = new String[columns.size()];
		for (int j = 0; j < columns.size(); j++) {
			columnNames[j] = column(columns.get(j).index, columns.get(j).label);
		}
		boolean hslKeys = separator == ',';
		String region = null;
		boolean hslWarned = false;
		for (int i = dataStart; i < end; i++) {
			List<String> row = rows.get(i);
			int line = i + 1;
			if (nonBlank(row) == 0) {
				continue;
			}
			LocalDate date = titleDate;
			AgeBand age = null;
			Sex sex = null;
			boolean rowOk = true;
			for (int d = 0; d < dims; d++) {
				String cell = d < row.size() ? row.get(d).trim() : "";
				switch (dimKinds[d]) {
					case REGION -> {
						cell = keys.computeIfAbsent(cell, ClassicParser::keyOf);
						if (Labels.isRegionKey(cell)) {
							region = cell;
							if (cell.length() == 3 && hslKeys) {
								region = "06" + cell;
								if (!hslWarned) {
									out.warning(line, column(d, "AGS"), "key-without-land",
											cell + " read as Hessian Kreis 06" + cell);
									hslWarned = true;
								}
							}
						}
						else if (cell.isEmpty() && region == null) {
							out.error(line, column(d, "Regionalschlüssel"), "missing-key", "");
							rowOk = false;
						}
						else if (!cell.isEmpty() && !hslKeys) {
							out.error(line, column(d, "Regionalschlüssel"), "bad-key", cell);
							rowOk = false;
						}
					}
					case DATE -> {
						LocalDate rowDate = cell.isEmpty() ? date
								: dates.computeIfAbsent(cell, c -> Optional.ofNullable(Labels.date(c))).orElse(null);
						if (rowDate == null) {
							out.error(line, column(d, "Stichtag"), "bad-date", cell);
							rowOk = false;
						}
						date = rowDate;
					}
					case AGE -> {
						age = ages.computeIfAbsent(cell, c -> Optional.ofNullable(Labels.isTotal(c) ? AgeBand.ALL
								: Labels.age(c))).orElse(null);
						if (age == null) {
							out.error(line, column(d, "Alter"), "bad-age", cell);
							rowOk = false;
						}
					}
					case SEX -> {
						sex = sexes.computeIfAbsent(cell, c -> Optional.ofNullable(Labels.isTotal(c) ? Sex.TOTAL
								: Labels.sex(c))).orElse(null);
						if (sex == null) {
							out.error(line, column(d, "Geschlecht"), "bad-sex", cell);
							rowOk = false;
						}
					}
					case NAME -> {
						// names are shown to people; the key identifies the area
					}
				}
			}
			if (!rowOk) {
				continue;
			}
			int lastIndex = columns.get(columns.size() - 1).index;
			if (row.size() <= lastIndex) {
				out.error(line, "", "missing-cells", "expected " + (lastIndex + 1) + " cells, found " + row.size());
				continue;
			}
			for (int j = lastIndex + 1; j < row.size(); j++) {
				if (!row.get(j).isBlank() && separator == ';') {
					out.error(line, column(j, ""), "extra-cell", row.get(j).trim());
				}
			}
			for (int k = 0; k < columns.size(); k++) {
				Column c = columns.get(k);
				if (c.skipReason != null || c.unsupported) {
					continue;
				}
				String cell = row.get(c.index).trim();
				String columnName = columnNames[k];
				if (cell.isEmpty()) {
					out.count("empty", line, columnName, "empty-cell", "no value", false);
					continue;
				}
				if (Labels.isSpecialValue(cell)) {
					if (!cell.equals("-")) {
						out.count("special" + cell, line, columnName, "special-value",
								"'" + cell + "' (" + Labels.specialMeaning(cell) + ") = no value", false);
					}
					continue;
				}
				Double value = Labels.germanNumber(cell);
				if (value == null) {
					out.error(line, columnName, "not-a-number", cell);
					continue;
				}
				if (value < 0) {
					out.error(line, columnName, "negative-value", cell);
					continue;
				}
				String area = c.region != null ? c.region : region != null ? region : options.area();
				if (area == null) {
					out.count("no-area", line, columnName, "no-area",
							"the file names no region; give the area (--area)", true);
					continue;
				}
				LocalDate when = c.date != null ? c.date : date != null ? date : options.date();
				if (when == null) {
					out.count("no-date", line, columnName, "no-date", "the file names no reference date", true);
					continue;
				}
				out.add(new Observation(area, when, Measure.POPULATION, c.sex != null ? c.sex : sex != null ? sex
						: Sex.TOTAL, c.age != null ? c.age : age != null ? age : AgeBand.ALL, value), line);
			}
		}
		if (footer < 0 && tableCode != null) {
			out.warning(lines.size(), "", "missing-footer", "no footer line of underscores: the file may be truncated");
		}
		for (Column c : columns) {
			if (c.skipReason != null) {
				out.count("skip" + c.skipReason, headerStart + 1, column(c.index, c.label), "column-skipped",
						c.skipReason, false);
			}
			else if (c.unsupported) {
				out.count("unsupported" + c.label, headerStart + 1, column(c.index, c.label), "not-a-count",
						c.label, false);
			}
		}
		return out.finish(FileFormat.CLASSIC, metadata(tableCode, lines, headerStart, footer,
				title.toString().trim()));
	}

	/** The key of a region cell: the cell itself, or the key of "535    Vogelsbergkreis". */
	private static String keyOf(String cell) {
		java.util.regex.Matcher keyAndName = KEY_AND_NAME.matcher(cell);
		return keyAndName.matches() && Labels.isRegionKey(keyAndName.group(1)) ? keyAndName.group(1) : cell;
	}

	private static List<Column> columns(List<List<String>> header, int dims, Collector out, int dataStart) {
		List<String> last = header.get(header.size() - 1);
		List<Column> columns = new ArrayList<>();
		for (int j = dims; j < last.size(); j++) {
			if (!last.get(j).isBlank()) {
				columns.add(new Column(j, last.get(j).trim()));
			}
		}
		for (List<String> row : header) {
			// the kind of this header row decides what "Insgesamt" means in it
			boolean sexRow = row.stream().anyMatch(l -> Labels.sex(l) != null);
			boolean ageRow = !sexRow && row.stream().skip(dims).anyMatch(l -> Labels.age(l) != null);
			String carried = "";
			for (int j = dims; j < row.size(); j++) {
				String label = row.get(j).trim();
				if (label.isEmpty()) {
					label = carried;
				}
				carried = label;
				Column c = find(columns, j);
				if (c == null || label.isEmpty()) {
					continue;
				}
				classify(c, label, sexRow, ageRow);
			}
		}
		return columns;
	}

	private static void classify(Column c, String label, boolean sexRow, boolean ageRow) {
		String text = Labels.normalize(label);
		Sex sex = Labels.sex(label);
		AgeBand age = Labels.age(label);
		LocalDate date = Labels.date(label);
		if (sex != null) {
			c.sex = sex;
		}
		else if (age != null) {
			c.age = age;
		}
		else if (date != null) {
			c.date = date;
		}
		else if (Labels.isTotal(label)) {
			if (sexRow) {
				c.sex = Sex.TOTAL;
			}
			else if (ageRow) {
				c.age = AgeBand.ALL;
			}
		}
		else if (Labels.LAENDER.containsKey(text.replace(", land", ""))) {
			c.region = Labels.LAENDER.get(text.replace(", land", ""));
		}
		else if (text.equals("untergrenze") || text.equals("obergrenze") || text.startsWith("alter von")
				|| text.startsWith("alter bis")) {
			// the bounds of the age group of the row (HSL's "Altersgruppe,Untergrenze,insgesamt,m,w")
			c.skipReason = label + " (an age bound, not a count)";
		}
		else if (text.equals("deutsche") || text.startsWith("nichtdeutsch") || text.startsWith("ausländer")
				|| text.startsWith("mit migration") || text.startsWith("ohne migration")) {
			c.skipReason = label + " (a subset, not imported)";
		}
		else if (text.contains("quotient") || text.contains("anteil") || text.contains("durchschnitt")
				|| text.contains("%") || text.contains("je 1000") || text.contains("dichte")) {
			c.unsupported = true;
		}
	}

	private static @Nullable Column find(List<Column> columns, int index) {
		for (Column c : columns) {
			if (c.index == index) {
				return c;
			}
		}
		return null;
	}

	private static Kind[] dimKinds(List<List<String>> data, int dims) {
		Kind[] kinds = new Kind[dims];
		for (int d = 0; d < dims; d++) {
			int keys = 0;
			int dates = 0;
			int ages = 0;
			int sexes = 0;
			int n = 0;
			for (List<String> row : data) {
				if (n >= 300) {
					break;
				}
				if (d >= row.size() || row.get(d).isBlank()) {
					continue;
				}
				n++;
				String cell = row.get(d).trim();
				if (Labels.isRegionKey(cell)) {
					keys++;
				}
				else if (Labels.date(cell) != null) {
					dates++;
				}
				else if (Labels.age(cell) != null) {
					ages++;
				}
				else if (Labels.sex(cell) != null) {
					sexes++;
				}
			}
			int max = Math.max(Math.max(keys, dates), Math.max(ages, sexes));
			kinds[d] = max == 0 ? Kind.NAME : max == keys ? Kind.REGION : max == dates ? Kind.DATE
					: max == ages ? Kind.AGE : Kind.SEX;
		}
		return kinds;
	}

	private static int valueCells(List<String> row) {
		int n = 0;
		for (int i = 1; i < row.size(); i++) {
			String cell = row.get(i).trim();
			if (Labels.germanNumber(cell) != null || cell.equals("-")
					|| cell.equals(".")) {
				n++;
			}
		}
		return n;
	}

	private static int nonBlank(List<String> row) {
		int n = 0;
		for (String cell : row) {
			if (!cell.isBlank()) {
				n++;
			}
		}
		return n;
	}

	private static char separator(List<String> lines) {
		int semicolons = 0;
		int commas = 0;
		for (int i = 0; i < Math.min(lines.size(), 30); i++) {
			String line = lines.get(i);
			for (int k = 0; k < line.length(); k++) {
				char c = line.charAt(k);
				if (c == ';') {
					semicolons++;
				}
				else if (c == ',') {
					commas++;
				}
			}
		}
		return semicolons >= commas / 2 && semicolons > 0 ? ';' : ',';
	}

	private static String column(int index, String label) {
		return (index + 1) + ". Spalte" + (label.isEmpty() ? "" : " (" + label + ")");
	}

	private static ParsedFile.Metadata metadata(@Nullable String tableCode, List<String> lines, int headerStart,
			int footer) {
		return metadata(tableCode, lines, headerStart, footer, null);
	}

	private static ParsedFile.Metadata metadata(@Nullable String tableCode, List<String> lines, int headerStart,
			int footer, @Nullable String title) {
		String attribution = null;
		String licence = null;
		LocalDate gebietsstand = null;
		if (footer >= 0) {
			StringBuilder text = new StringBuilder();
			for (int i = footer + 1; i < lines.size(); i++) {
				text.append(lines.get(i).replace("\"", "").replaceAll(";+$", "")).append('\n');
			}
			String footerText = text.toString();
			int copyright = footerText.indexOf('©');
			if (copyright >= 0) {
				int stop = footerText.indexOf('\n', copyright);
				attribution = footerText.substring(copyright, stop < 0 ? footerText.length() : stop).trim();
			}
			String flat = footerText.replace("\n", " ").replaceAll("\\s+", " ");
			if (flat.contains("Datenlizenz Deutschland")) {
				licence = flat.contains("Version 2.0") ? "dl-de/by-2-0" : "Datenlizenz Deutschland";
			}
			int stand = flat.toLowerCase(Locale.GERMAN).indexOf("gebietsstand:");
			if (stand >= 0) {
				gebietsstand = Labels.firstDate(flat.substring(stand, Math.min(flat.length(), stand + 40)));
			}
		}
		return new ParsedFile.Metadata(tableCode, title == null || title.isEmpty() ? null : title, gebietsstand,
				attribution, licence);
	}
}
