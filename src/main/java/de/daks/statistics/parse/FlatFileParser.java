package de.daks.statistics.parse;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The GENESIS flat file (ffcsv): one value per row. New English header ({@code statistics_code;…;
 * 1_variable_code;…;1_variable_attribute_code;…;value;value_unit;value_variable_code;…}, optional {@code _q} quality
 * columns) or old German header ({@code Statistik_Code;…;1_Merkmal_Code;…;1_Auspraegung_Code;…} with one column per
 * value variable). Attribute variables: a regional one (the attribute code is the key), sex ({@code GES}: empty
 * code = total) and age (read from the attribute label); rows of any other variable with a non-empty code are a
 * subset and skipped. Only population counts are imported.
 */
final class FlatFileParser {

	private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

	private FlatFileParser() {
	}

	static boolean looksFlat(String firstLine) {
		String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
		String lower = line.toLowerCase(Locale.ROOT);
		return lower.startsWith("statistics_code;") || lower.startsWith("statistik_code;");
	}

	private record Variable(int code, int attributeCode, int attributeLabel) {
	}

	static ParsedFile parse(String text) {
		Collector out = new Collector();
		List<String> lines = TextDecoder.lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
		if (lines.isEmpty()) {
			out.error(0, "", "empty-file", "");
			return out.finish(FileFormat.FFCSV, ParsedFile.Metadata.NONE);
		}
		List<String> header = TextDecoder.cells(lines.get(0), ';').stream().map(String::trim).toList();
		Map<String, Integer> index = new HashMap<>();
		for (int j = 0; j < header.size(); j++) {
			index.put(header.get(j).toLowerCase(Locale.ROOT), j);
		}
		boolean english = index.containsKey("statistics_code");
		List<Variable> variables = new ArrayList<>();
		for (int n = 1; n < 20; n++) {
			Integer code = index.get(n + (english ? "_variable_code" : "_merkmal_code"));
			Integer attrCode = index.get(n + (english ? "_variable_attribute_code" : "_auspraegung_code"));
			Integer attrLabel = index.get(n + (english ? "_variable_attribute_label" : "_auspraegung_label"));
			if (code == null || attrCode == null || attrLabel == null) {
				break;
			}
			variables.add(new Variable(code, attrCode, attrLabel));
		}
		Integer time = index.get(english ? "time" : "zeit");
		Integer statisticsCode = index.get(english ? "statistics_code" : "statistik_code");
		Integer statisticsLabel = index.get(english ? "statistics_label" : "statistik_label");
		// value columns: English one "value" (with value_variable_code), German one column per value variable
		Map<Integer, String> valueColumns = new HashMap<>();
		Integer valueVariable = index.get("value_variable_code");
		Integer valueVariableLabel = index.get("value_variable_label");
		if (english) {
			if (index.containsKey("value")) {
				valueColumns.put(index.get("value"), "value");
			}
		}
		else {
			for (int j = 0; j < header.size(); j++) {
				if (header.get(j).contains("__")) {
					valueColumns.put(j, header.get(j));
				}
			}
		}
		if (time == null || variables.isEmpty() || valueColumns.isEmpty()) {
			out.error(1, "", "missing-column", "a flat file needs time, variable and value columns");
			return out.finish(FileFormat.FFCSV, ParsedFile.Metadata.NONE);
		}
		String tableCode = null;
		String title = null;
		for (int i = 1; i < lines.size(); i++) {
			int line = i + 1;
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> row = TextDecoder.cells(lines.get(i), ';');
			if (row.size() < header.size()) {
				out.error(line, "", "missing-cells", "expected " + header.size() + " cells, found " + row.size());
				continue;
			}
			if (tableCode == null && statisticsCode != null) {
				tableCode = row.get(statisticsCode).trim();
				title = statisticsLabel == null ? null : row.get(statisticsLabel).trim();
			}
			String timeText = row.get(time).trim();
			LocalDate date = YEAR.matcher(timeText).matches() ? LocalDate.of(Integer.parseInt(timeText), 12, 31)
					: Labels.date(timeText);
			if (date == null) {
				out.error(line, header.get(time), "bad-date", timeText);
				continue;
			}
			String area = null;
			Sex sex = Sex.TOTAL;
			AgeBand age = AgeBand.ALL;
			boolean subset = false;
			boolean ok = true;
			for (Variable v : variables) {
				String code = row.get(v.code).trim().toUpperCase(Locale.ROOT);
				String attribute = row.get(v.attributeCode).trim();
				String label = row.get(v.attributeLabel).trim();
				if (isRegional(code)) {
					if (!Labels.isRegionKey(attribute)) {
						out.error(line, header.get(v.attributeCode), "bad-key", attribute);
						ok = false;
					}
					area = attribute;
				}
				else if (code.startsWith("GES")) {
					Sex s = attribute.isEmpty() ? Sex.TOTAL : attribute.endsWith("M") ? Sex.MALE
							: attribute.endsWith("W") ? Sex.FEMALE : Labels.sex(label);
					if (s == null) {
						out.error(line, header.get(v.attributeCode), "bad-sex", attribute);
						ok = false;
					}
					else {
						sex = s;
					}
				}
				else if (code.startsWith("ALT")) {
					AgeBand a = attribute.isEmpty() || Labels.isTotal(label) ? AgeBand.ALL : Labels.age(label);
					if (a == null) {
						out.error(line, header.get(v.attributeLabel), "bad-age", label);
						ok = false;
					}
					else {
						age = a;
					}
				}
				else if (!attribute.isEmpty()) {
					subset = true;
				}
			}
			if (!ok) {
				continue;
			}
			if (area == null) {
				out.count("no-area", line, "", "no-area", "no regional variable", true);
				continue;
			}
			if (subset) {
				out.count("subset", line, "", "rows-skipped", "rows of a subset (e.g. nationality) not imported",
						false);
				continue;
			}
			for (Map.Entry<Integer, String> column : valueColumns.entrySet()) {
				String variable = valueVariable != null ? row.get(valueVariable).trim() : column.getValue();
				String variableLabel = valueVariableLabel != null ? row.get(valueVariableLabel).trim() : variable;
				if (!isPopulation(variable, variableLabel)) {
					out.count("nocount" + variable, line, column.getValue(), "not-a-count",
							variable + " " + variableLabel, false);
					continue;
				}
				String cell = row.get(column.getKey()).trim();
				if (cell.isEmpty() || Labels.isSpecialValue(cell)) {
					if (!cell.equals("-")) {
						out.count("special" + cell, line, column.getValue(), "special-value",
								"'" + cell + "' (" + Labels.specialMeaning(cell) + ") = no value", false);
					}
					continue;
				}
				Double value = parseValue(cell);
				if (value == null) {
					out.error(line, column.getValue(), "not-a-number", cell);
				}
				else if (value < 0) {
					out.error(line, column.getValue(), "negative-value", cell);
				}
				else {
					out.add(Observation.population(area, date, sex, age, value), line);
				}
			}
		}
		if (out.size() == 0 && !out.hasErrors()) {
			out.error(0, "", "no-count-values", "the table holds no population counts");
		}
		return out.finish(FileFormat.FFCSV, new ParsedFile.Metadata(tableCode, title, null,
				"© Statistisches Bundesamt (Destatis) / Statistische Ämter des Bundes und der Länder", "dl-de/by-2-0"));
	}

	private static boolean isRegional(String code) {
		return code.startsWith("KREISE") || code.startsWith("DLAND") || code.startsWith("GEMEIN")
				|| code.startsWith("DINSG") || code.startsWith("GEODL") || code.startsWith("GEOLK")
				|| code.startsWith("GEOGM") || code.startsWith("GEOBL") || code.startsWith("REGBEZ")
				|| code.startsWith("GEOVB");
	}

	private static boolean isPopulation(String variable, String label) {
		String l = label.toLowerCase(Locale.GERMAN);
		return variable.startsWith("BEVSTD") || variable.startsWith("BEV") || variable.equals("PRS001")
				|| l.contains("bevölkerungsstand") || l.contains("bevoelkerungsstand") || l.equals("personen");
	}

	private static @Nullable Double parseValue(String cell) {
		Double german = Labels.germanNumber(cell);
		if (german != null) {
			return german;
		}
		return null;
	}
}
