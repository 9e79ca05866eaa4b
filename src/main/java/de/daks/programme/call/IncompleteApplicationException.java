package de.daks.programme.call;

import java.util.List;

/** A submission that lacks parts; each problem is a field name and a message key. Nothing is stored. */
public class IncompleteApplicationException extends RuntimeException {

	private final transient List<String[]> problems;

	IncompleteApplicationException(List<String[]> problems) {
		super("Incomplete: " + problems.stream().map(p -> p[0]).toList());
		this.problems = List.copyOf(problems);
	}

	public List<String[]> problems() {
		return problems;
	}
}
