package de.daks.programme.selection;

import java.util.List;

/**
 * Why a selection cannot be made: the constraint that cannot be met, with a message key and its arguments for the
 * page and an English sentence for logs and the command line.
 */
public record SelectionProblem(SelectionConstraint constraint, String messageKey, List<Object> arguments,
		String english) {

	public SelectionProblem {
		arguments = List.copyOf(arguments);
	}
}
