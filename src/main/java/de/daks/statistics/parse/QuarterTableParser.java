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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A quarter table (long or wide, comma- or semicolon-separated) read through a {@link QuarterMapping}. */
final class QuarterTableParser {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern HALF_YEAR = Pattern.compile("(?<!\\d)(\\d{4})-(0[12])(?!\\d)");

	private QuarterTableParser() {
	}

	static ParsedFile parse(String text, String fileName, ParseOptions options) {
		Collector out = new Collector();
		List<String> lines = TextDecoder.lines(text);
		if (lines.isEmpty()) {
			out.error(0, "", "empty-file", "");
			return out.finish(FileFormat.QUARTERS, ParsedFile.Metadata.NONE);
		}
		char separator = lines.get(0).chars().filter(c -> c == ';').count() > lines.get(0).chars()
			.filter(c -> c == ',').count() ? ';' : ',';
		List<String> header = TextDecoder.cells(lines.get(0), separator).stream()
			.map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		QuarterMapping mapping = options.mapping() != null ? options.mapping() : QuarterMapping.presetFor(header);
		if (mapping == null) {
			out.error(1, "", "no-mapping", "no column mapping given and no preset fits the header");
			return out.finish(FileFormat.QUARTERS, ParsedFile.Metadata.NONE);
		}
		Map<String, Integer> index = new HashMap<>();
		for (int j = 0; j < header.size(); j++) {
			index.putIfAbsent(header.get(j), j);
		}
		List<String> needed = new ArrayList<>();
		if (mapping.areaColumn() != null) {
			needed.add(mapping.areaColumn());
		}
		if (mapping.dateColumn() != null) {
			needed.add(mapping.dateColumn());
		}
		if (mapping.layout() == QuarterMapping.Layout.LONG) {
			needed.add(mapping.labelColumn());
			needed.add(mapping.valueColumn());
			if (mapping.filterColumn() != null) {
				needed.add(mapping.filterColumn());
			}
		}
		List<String> missing = needed.stream().filter(c -> !index.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			out.error(1, String.join(", ", missing), "missing-column", "mapping " + mapping.name());
			return out.finish(FileFormat.QUARTERS, ParsedFile.Metadata.NONE);
		}
		LocalDate fileDate = options.date();
		if (fileDate == null && mapping.halfYearInFileName()) {
			Matcher m = HALF_YEAR.matcher(fileName.replaceAll(".*[/\\\\]", ""));
			if (m.find()) {
				int year = Integer.parseInt(m.group(1));
				fileDate = m.group(2).equals("01") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
			}
		}
		if (mapping.dateColumn() == null && fileDate == null) {
			out.error(0, "", "no-date", "the file names no reference date; give it at import");
			return out.finish(FileFormat.QUARTERS, ParsedFile.Metadata.NONE);
		}
		if (mapping.areaColumn() == null && options.area() == null) {
			out.error(0, "", "no-area", "the file names no region; give the area (--area)");
			return out.finish(FileFormat.QUARTERS, ParsedFile.Metadata.NONE);
		}
		Map<String, QuarterMapping.Target> wide = new HashMap<>();
		mapping.columns().forEach((column, target) -> {
			if (index.containsKey(column)) {
				wide.put(column, target);
			}
		});
		if (mapping.layout() == QuarterMapping.Layout.WIDE && wide.isEmpty()) {
			out.error(1, "", "missing-column", "none of the mapped value columns " + mapping.columns().keySet());
			return out.finish(FileFormat.QUARTERS, ParsedFile.Metadata.NONE);
		}
		for (int i = 1; i < lines.size(); i++) {
			int line = i + 1;
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> row = TextDecoder.cells(lines.get(i), separator);
			if (row.size() != header.size()) {
				out.error(line, "", "missing-cells", "expected " + header.size() + " cells, found " + row.size());
				continue;
			}
			String area;
			if (mapping.areaColumn() != null) {
				String id = row.get(index.get(mapping.areaColumn())).trim();
				if (id.isEmpty()) {
					out.error(line, mapping.areaColumn(), "missing-key", "");
					continue;
				}
				area = mapping.areaKey(id);
			}
			else {
				area = options.area();
			}
			LocalDate date = fileDate;
			if (mapping.dateColumn() != null) {
				String cell = row.get(index.get(mapping.dateColumn())).trim();
				date = YEAR.matcher(cell).matches() ? LocalDate.of(Integer.parseInt(cell), 12, 31) : Labels.date(cell);
				if (date == null) {
					out.error(line, mapping.dateColumn(), "bad-date", cell);
					continue;
				}
			}
			if (mapping.layout() == QuarterMapping.Layout.LONG) {
				if (mapping.filterColumn() != null
						&& !mapping.filterValues().contains(row.get(index.get(mapping.filterColumn())).trim())) {
					continue;
				}
				String label = row.get(index.get(mapping.labelColumn())).trim();
				QuarterMapping.Target target = target(label);
				if (target == null) {
					out.error(line, mapping.labelColumn(), "unknown-label", label);
					continue;
				}
				value(out, line, mapping.valueColumn(), row.get(index.get(mapping.valueColumn())), area, date,
						target);
			}
			else {
				for (Map.Entry<String, QuarterMapping.Target> column : wide.entrySet()) {
					value(out, line, column.getKey(), row.get(index.get(column.getKey())), area, date,
							column.getValue());
				}
			}
		}
		return out.finish(FileFormat.QUARTERS, new ParsedFile.Metadata(null, "mapping " + mapping.name(), null, null,
				null));
	}

	private static void value(Collector out, int line, String column, String cell, String area, LocalDate date,
			QuarterMapping.Target target) {
		String text = cell.trim();
		if (text.isEmpty() || Labels.isSpecialValue(text)) {
			out.count("empty" + column, line, column, "empty-cell", "no value", false);
			return;
		}
		Double value = Labels.germanNumber(text);
		if (value == null) {
			try {
				value = Double.parseDouble(text);
			}
			catch (NumberFormatException ex) {
				value = null;
			}
		}
		if (value == null || !Double.isFinite(value)) {
			out.error(line, column, "not-a-number", text);
			return;
		}
		if (value < 0) {
			out.error(line, column, "negative-value", text);
			return;
		}
		out.add(new Observation(area, date, target.measure(), target.sex(), target.age(), value), line);
	}

	/** What a label of a long table counts: a sex, an age band, or the total ("Einwohner"). */
	static QuarterMapping.@Nullable Target target(String label) {
		Sex sex = Labels.sex(label);
		if (sex != null) {
			return QuarterMapping.Target.population(sex, AgeBand.ALL);
		}
		AgeBand age = Labels.age(label);
		if (age != null) {
			return QuarterMapping.Target.population(Sex.TOTAL, age);
		}
		String text = Labels.normalize(label);
		if (Labels.isTotal(label) || text.equals("einwohner") || text.equals("einwohnerinnen und einwohner")) {
			return QuarterMapping.Target.population(Sex.TOTAL, AgeBand.ALL);
		}
		return null;
	}

}
