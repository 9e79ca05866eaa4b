package de.daks.statistics;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * DAKS's own exchange format, used for import and export everywhere: a comma-separated UTF-8 file with the header
 * {@code area,date,sex,age_from,age_to,value}. {@code area} is an ARS/AGS, {@code DG} or a DAKS area key; {@code date}
 * ISO {@code YYYY-MM-DD}; {@code sex} one of {@code m}, {@code f}, {@code t}; {@code age_from} an integer;
 * {@code age_to} the exclusive upper bound or empty for an open-ended band; {@code value} a non-negative number with a
 * decimal point. An optional column {@code measure} (see {@link Measure#code()}, default {@code population}) carries
 * events such as births; further columns (e.g. {@code p10}, {@code p90} of a projection) are ignored on reading.
 */
public final class CanonicalCsv {

	public static final List<String> HEADER = List.of("area", "date", "sex", "age_from", "age_to", "value");

	private CanonicalCsv() {
	}

	/** What reading a canonical file found: the observations and, if any, the problems with their lines. */
	public record Result(List<Observation> observations, List<ParseProblem> problems) {

		public boolean hasErrors() {
			return problems.stream().anyMatch(ParseProblem::error);
		}
	}

	/** Whether the first line of a file is the canonical header (with or without {@code measure} and extras). */
	public static boolean looksCanonical(String firstLine) {
		String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
		List<String> columns = Arrays.stream(line.split(",", -1)).map(String::trim).toList();
		return columns.containsAll(HEADER);
	}

	/**
	 * Reads a canonical file completely. Every row is checked; a row with an error yields no observation, and the
	 * problem names the line and the column. Two rows for the same cell are an error on the second.
	 */
	public static Result read(Reader reader) {
		List<Observation> observations = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Map<String, Integer> header = parser.getHeaderMap().entrySet().stream()
				.collect(Collectors.toMap(e -> stripBom(e.getKey()), Map.Entry::getValue));
			List<String> missing = HEADER.stream().filter(c -> !header.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				problems.add(ParseProblem.error(1, String.join(", ", missing), "missing-column",
						"header must be " + String.join(",", HEADER)));
				return new Result(List.of(), problems);
			}
			Integer measureColumn = header.get("measure");
			Set<Observation.Cell> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				Observation observation = row(record, header, measureColumn, line, problems);
				if (observation != null && !seen.add(observation.cell())) {
					problems.add(ParseProblem.error(line, "", "duplicate-cell", describe(observation.cell())));
				}
				else if (observation != null) {
					observations.add(observation);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(ParseProblem.error(0, "", "unreadable", String.valueOf(ex.getMessage())));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// commons-csv reports malformed quoting and duplicate header names this way
			problems.add(ParseProblem.error(0, "", "malformed-csv", String.valueOf(ex.getMessage())));
		}
		return new Result(observations, problems);
	}

	private static @Nullable Observation row(CSVRecord record, Map<String, Integer> header,
			@Nullable Integer measureColumn, int line, List<ParseProblem> problems) {
		int before = problems.size();
		String area = field(record, header.get("area"));
		if (area.isEmpty()) {
			problems.add(ParseProblem.error(line, "area", "empty-value", ""));
		}
		LocalDate date = null;
		String dateText = field(record, header.get("date"));
		try {
			date = LocalDate.parse(dateText);
		}
		catch (DateTimeParseException ex) {
			problems.add(ParseProblem.error(line, "date", "bad-date", dateText));
		}
		Sex sex = null;
		String sexText = field(record, header.get("sex"));
		try {
			sex = Sex.ofCode(sexText);
		}
		catch (IllegalArgumentException ex) {
			problems.add(ParseProblem.error(line, "sex", "bad-sex", sexText));
		}
		Integer from = integer(field(record, header.get("age_from")), "age_from", line, false, problems);
		Integer to = integer(field(record, header.get("age_to")), "age_to", line, true, problems);
		AgeBand age = null;
		if (from != null && problems.size() == before) {
			try {
				age = new AgeBand(from, to);
			}
			catch (IllegalArgumentException ex) {
				problems.add(ParseProblem.error(line, "age_to", "bad-age-band", from + ".." + to));
			}
		}
		Measure measure = Measure.POPULATION;
		if (measureColumn != null) {
			String measureText = field(record, measureColumn);
			if (!measureText.isEmpty()) {
				try {
					measure = Measure.ofCode(measureText);
				}
				catch (IllegalArgumentException ex) {
					problems.add(ParseProblem.error(line, "measure", "bad-measure", measureText));
				}
			}
		}
		String valueText = field(record, header.get("value"));
		double value = Double.NaN;
		try {
			value = Double.parseDouble(valueText);
		}
		catch (NumberFormatException ex) {
			problems.add(ParseProblem.error(line, "value", "not-a-number", valueText));
		}
		if (value < 0) {
			problems.add(ParseProblem.error(line, "value", "negative-value", valueText));
		}
		else if (Double.isInfinite(value) || (Double.isNaN(value) && problems.size() == before)) {
			problems.add(ParseProblem.error(line, "value", "not-a-number", valueText));
		}
		if (problems.size() != before || date == null || sex == null || age == null) {
			return null;
		}
		return new Observation(area, date, measure, sex, age, value);
	}

	private static String field(CSVRecord record, @Nullable Integer index) {
		if (index == null || index >= record.size()) {
			return "";
		}
		return record.get(index).trim();
	}

	private static @Nullable Integer integer(String text, String column, int line, boolean emptyAllowed,
			List<ParseProblem> problems) {
		if (text.isEmpty()) {
			if (!emptyAllowed) {
				problems.add(ParseProblem.error(line, column, "empty-value", ""));
			}
			return null;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < 0 || value > 150) {
				problems.add(ParseProblem.error(line, column, "bad-age", text));
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(ParseProblem.error(line, column, "bad-age", text));
			return null;
		}
	}

	private static String stripBom(String name) {
		return name.startsWith("\uFEFF") ? name.substring(1).trim() : name.trim();
	}

	private static String describe(Observation.Cell cell) {
		return cell.area() + " " + cell.date() + " " + cell.measure().code() + " " + cell.sex().code() + " "
				+ cell.age().label();
	}

	/**
	 * Writes observations as canonical CSV. The {@code measure} column is written only when {@code withMeasure} is
	 * set; extra columns (e.g. {@code p10}, {@code p90}) follow {@code value}.
	 */
	public static Writer open(java.io.Writer out, boolean withMeasure, String... extraColumns) {
		return new Writer(out, withMeasure, extraColumns);
	}

	/** Formats a value as the canonical CSV writes it: plain decimal with a point, at most six decimals. */
	public static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

	/** A canonical CSV being written row by row. */
	public static final class Writer implements AutoCloseable {

		private final CSVPrinter printer;

		private final boolean withMeasure;

		private final int extras;

		private Writer(java.io.Writer out, boolean withMeasure, String... extraColumns) {
			this.withMeasure = withMeasure;
			this.extras = extraColumns.length;
			List<String> header = new ArrayList<>(HEADER);
			header.addAll(List.of(extraColumns));
			if (withMeasure) {
				header.add("measure");
			}
			try {
				this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
				printer.printRecord(header);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Writes one row; {@code extraValues} fill the extra columns in order ({@code NaN} = empty). */
		public void write(Observation observation, double... extraValues) {
			if (extraValues.length != extras) {
				throw new IllegalArgumentException("expected " + extras + " extra values, got " + extraValues.length);
			}
			List<String> row = new ArrayList<>(HEADER.size() + extras + 1);
			row.add(observation.area());
			row.add(observation.date().toString());
			row.add(observation.sex().code());
			row.add(Integer.toString(observation.age().from()));
			Integer to = observation.age().to();
			row.add(to == null ? "" : to.toString());
			row.add(format(observation.value()));
			for (double extra : extraValues) {
				row.add(Double.isNaN(extra) ? "" : format(extra));
			}
			if (withMeasure) {
				row.add(observation.measure().code());
			}
			try {
				printer.printRecord(row);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				printer.close(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
