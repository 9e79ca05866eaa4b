package de.daks.statistics.parse;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A municipal register extract by single year of age and sex, as the Konstanz pyramids
 * ({@code alter,maenner_nichtdeutsch,frauen_nichtdeutsch,maenner_deutsch,frauen_deutsch}) or Lübeck's
 * {@code alter,maenner,frauen}: every column whose name says male or female is summed (German and non-German), the
 * total {@code t} is their sum, an empty cell is 0, and the last row is the open top class. The reference date is
 * 31.12. of the year in the file name unless given.
 */
final class RegisterParser {

	/** The AGS of Konstanz, whose register extracts are the model of this layout. */
	static final String KONSTANZ_AGS = "08335043";

	/** The youngest age a last row may have; a file ending earlier is taken as cut off. */
	static final int MIN_TOP_CLASS = 80;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");

	private RegisterParser() {
	}

	static boolean looksLikeRegister(String firstLine) {
		List<String> header = TextDecoder.cells(firstLine, ',').stream().map(Labels::normalize).toList();
		return header.size() >= 3 && header.get(0).equals("alter")
				&& header.stream().skip(1).allMatch(h -> sexOfColumn(h) != null);
	}

	static ParsedFile parse(String text, String fileName, ParseOptions options) {
		Collector out = new Collector();
		List<String> lines = TextDecoder.lines(text);
		if (lines.isEmpty()) {
			out.error(0, "", "empty-file", "");
			return out.finish(FileFormat.REGISTER, ParsedFile.Metadata.NONE);
		}
		List<String> header = TextDecoder.cells(lines.get(0), ',');
		List<Sex> sexes = new ArrayList<>();
		for (int j = 1; j < header.size(); j++) {
			Sex sex = sexOfColumn(Labels.normalize(header.get(j)));
			if (sex == null) {
				out.error(1, header.get(j), "unknown-column", "a column must name male or female residents");
			}
			sexes.add(sex);
		}
		LocalDate date = options.date() != null ? options.date() : dateFromName(fileName);
		if (date == null) {
			out.error(0, "", "no-date", "the file name names no year; give the reference date");
		}
		String area = options.area();
		if (area == null && fileName.toLowerCase(Locale.ROOT).matches(".*pyramide_\\d{4}\\.csv")) {
			area = KONSTANZ_AGS;
			out.warning(0, "", "area-assumed", "Konstanz " + KONSTANZ_AGS + " (layout of the Konstanz pyramids)");
		}
		if (area == null) {
			out.error(0, "", "no-area", "the file names no region; give the area (--area)");
		}
		if (out.hasErrors() || date == null || area == null) {
			return out.finish(FileFormat.REGISTER, ParsedFile.Metadata.NONE);
		}
		int lastRow = lines.size() - 1;
		while (lastRow > 0 && lines.get(lastRow).isBlank()) {
			lastRow--;
		}
		int expectedFrom = 0;
		for (int i = 1; i <= lastRow; i++) {
			int line = i + 1;
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> row = TextDecoder.cells(lines.get(i), ',');
			AgeBand age = Labels.bareAge(row.get(0));
			if (age == null) {
				out.error(line, header.get(0), "bad-age", row.get(0));
				continue;
			}
			if (age.from() != expectedFrom) {
				out.error(line, header.get(0), "age-gap", "expected age " + expectedFrom + ", found " + age.label());
			}
			expectedFrom = age.to() == null ? age.from() + 1 : age.to();
			if (i == lastRow) {
				if (!age.isOpen() && age.from() < MIN_TOP_CLASS) {
					out.error(line, header.get(0), "ends-early", "the last row is age " + age.label()
							+ "; an extract ends with its top class (" + MIN_TOP_CLASS + " or older): the file may be truncated");
				}
				age = AgeBand.openFrom(age.from());
			}
			if (row.size() != header.size()) {
				out.error(line, "", "missing-cells", "expected " + header.size() + " cells, found " + row.size());
				continue;
			}
			double male = 0;
			double female = 0;
			boolean ok = true;
			for (int j = 1; j < row.size(); j++) {
				String cell = row.get(j).trim();
				Double value = cell.isEmpty() ? Double.valueOf(0) : Labels.germanNumber(cell);
				if (value == null) {
					out.error(line, header.get(j), "not-a-number", cell);
					ok = false;
				}
				else if (value < 0) {
					out.error(line, header.get(j), "negative-value", cell);
					ok = false;
				}
				else if (sexes.get(j - 1) == Sex.MALE) {
					male += value;
				}
				else {
					female += value;
				}
			}
			if (ok) {
				out.add(Observation.population(area, date, Sex.MALE, age, male), line);
				out.add(Observation.population(area, date, Sex.FEMALE, age, female), line);
				out.add(Observation.population(area, date, Sex.TOTAL, age, male + female), line);
			}
		}
		return out.finish(FileFormat.REGISTER, new ParsedFile.Metadata(null, "Einwohner nach Altersjahren", null,
				null, null));
	}

	static @Nullable Sex sexOfColumn(String normalized) {
		String h = normalized.replace('ä', 'a').replace("ae", "a");
		if (h.startsWith("mann") || h.startsWith("manner") || h.startsWith("male") || h.equals("m")
				|| h.startsWith("mannlich")) {
			return Sex.MALE;
		}
		if (h.startsWith("frau") || h.startsWith("female") || h.startsWith("weiblich") || h.equals("w")
				|| h.equals("f")) {
			return Sex.FEMALE;
		}
		return null;
	}

	static @Nullable LocalDate dateFromName(String fileName) {
		Matcher m = YEAR.matcher(fileName.replaceAll(".*[/\\\\]", ""));
		LocalDate date = null;
		while (m.find()) {
			date = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
		}
		return date;
	}
}
