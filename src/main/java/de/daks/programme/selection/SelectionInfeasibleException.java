package de.daks.programme.selection;

import java.util.List;
import java.util.stream.Collectors;

/** No selection meets all constraints; {@link #problems()} names the constraints that cannot be met. */
public class SelectionInfeasibleException extends RuntimeException {

	private final transient List<SelectionProblem> problems;

	SelectionInfeasibleException(List<SelectionProblem> problems) {
		super(problems.stream().map(SelectionProblem::english).collect(Collectors.joining(" ")));
		this.problems = List.copyOf(problems);
	}

	public List<SelectionProblem> problems() {
		return problems;
	}

	/** The constraints named as the cause. */
	public List<SelectionConstraint> constraints() {
		return problems.stream().map(SelectionProblem::constraint).distinct().toList();
	}
}
