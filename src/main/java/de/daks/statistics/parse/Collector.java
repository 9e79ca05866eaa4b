package de.daks.statistics.parse;

import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what a parser reads: observations with the line they came from, problems, and counted notes that are
 * reported once per kind (e.g. special values) with their first line. A second value for a cell is an error.
 */
final class Collector {

	/** More errors than this stop listing (the file is refused anyway). */
	static final int MAX_PROBLEMS = 200;

	private final List<Observation> observations = new ArrayList<>();

	private final Map<Observation.Cell, Integer> lines = new HashMap<>();

	private final List<ParseProblem> problems = new ArrayList<>();

	private final Map<String, Integer> areaLines = new HashMap<>();

	private final Map<String, Counted> counted = new LinkedHashMap<>();

	private int suppressed;

	void add(Observation observation, int line) {
		Integer first = lines.putIfAbsent(observation.cell(), line);
		if (first != null) {
			problem(ParseProblem.error(line, "", "duplicate-cell", describe(observation.cell()) + " (first in line "
					+ first + ")"));
			return;
		}
		observations.add(observation);
		areaLines.putIfAbsent(observation.area(), line);
	}

	void problem(ParseProblem problem) {
		if (problems.size() >= MAX_PROBLEMS) {
			suppressed++;
			return;
		}
		problems.add(problem);
	}

	void error(int line, String column, String code, String detail) {
		problem(ParseProblem.error(line, column, code, detail));
	}

	void warning(int line, String column, String code, String detail) {
		problem(ParseProblem.warning(line, column, code, detail));
	}

	/** A note counted per key and reported once (first line, column and count) when the parser finishes. */
	void count(String key, int line, String column, String code, String detail, boolean error) {
		counted.computeIfAbsent(key, k -> new Counted(line, column, code, detail, error)).n++;
	}

	boolean hasErrors() {
		return problems.stream().anyMatch(ParseProblem::error);
	}

	int size() {
		return observations.size();
	}

	Map<Observation.Cell, Integer> lines() {
		return lines;
	}

	ParsedFile finish(FileFormat format, ParsedFile.Metadata metadata) {
		for (Counted c : counted.values()) {
			String detail = c.detail + (c.n > 1 ? "; " + c.n + " cells, first here" : "");
			problems.add(new ParseProblem(c.line, c.column, c.code, detail, c.error));
		}
		problems.addAll(Consistency.check(observations, lines));
		if (suppressed > 0) {
			problems.add(ParseProblem.error(0, "", "too-many-problems", suppressed + " more problems not listed"));
		}
		return new ParsedFile(format, observations, problems, metadata, areaLines);
	}

	static String describe(Observation.Cell cell) {
		return cell.area() + " " + cell.date() + " " + cell.measure().code() + " " + cell.sex().code() + " "
				+ cell.age().label();
	}

	private static final class Counted {

		final int line;

		final String column;

		final String code;

		final String detail;

		final boolean error;

		int n;

		Counted(int line, String column, String code, String detail, boolean error) {
			this.line = line;
			this.column = column;
			this.code = code;
			this.detail = detail;
			this.error = error;
		}
	}
}
