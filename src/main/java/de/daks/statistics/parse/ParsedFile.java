package de.daks.statistics.parse;

import de.daks.statistics.Observation;
import de.daks.statistics.ParseProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a parser read from one file: the observations, the problems (errors refuse the file, warnings need the
 * importing user's acceptance) and what the file says about itself.
 */
public record ParsedFile(FileFormat format, List<Observation> observations, List<ParseProblem> problems,
		Metadata metadata, Map<String, Integer> areaLines) {

	public ParsedFile {
		observations = List.copyOf(observations);
		problems = List.copyOf(problems);
		areaLines = Map.copyOf(areaLines);
	}

	public ParsedFile(FileFormat format, List<Observation> observations, List<ParseProblem> problems,
			Metadata metadata) {
		this(format, observations, problems, metadata, Map.of());
	}

	/** The areas of the observations, each with the line it first appears in. */
	public Map<String, Integer> areaLines() {
		return areaLines;
	}

	/** A copy with more problems (e.g. found by validation against the territory). */
	public ParsedFile withProblems(List<ParseProblem> more) {
		List<ParseProblem> all = new java.util.ArrayList<>(problems);
		all.addAll(more);
		return new ParsedFile(format, observations, all, metadata, areaLines);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(ParseProblem::error);
	}

	public List<ParseProblem> errors() {
		return problems.stream().filter(ParseProblem::error).toList();
	}

	public List<ParseProblem> warnings() {
		return problems.stream().filter(p -> !p.error()).toList();
	}

	/** The reference dates of the observations, ascending. */
	public SortedSet<LocalDate> dates() {
		TreeSet<LocalDate> dates = new TreeSet<>();
		observations.forEach(o -> dates.add(o.date()));
		return dates;
	}

	/** The sum of the values of the observations matching a filter, e.g. all totals of one area. */
	public double sum(java.util.function.Predicate<Observation> filter) {
		return observations.stream().filter(filter).mapToDouble(Observation::value).sum();
	}

	/**
	 * What a file says about itself (any part may be unknown).
	 * @param tableCode e.g. {@code 12411-04-02-4}
	 * @param title the table title
	 * @param gebietsstand the territorial reference date if the file names it
	 * @param attribution the copyright/attribution text of the footer
	 * @param licence the licence named in the file
	 */
	public record Metadata(@Nullable String tableCode, @Nullable String title, @Nullable LocalDate gebietsstand,
			@Nullable String attribution, @Nullable String licence) {

		public static final Metadata NONE = new Metadata(null, null, null, null, null);
	}
}
