package de.daks.projection;

import java.util.List;

/**
 * A projection request that cannot run, with every problem by form field. Codes are message keys below
 * {@code projection.error.}; arguments fill them in.
 */
public class ProjectionRequestException extends RuntimeException {

	private final List<Problem> problems;

	public ProjectionRequestException(List<Problem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.code() + " " + List.of(p.arguments()))
			.reduce((a, b) -> a + "; " + b).orElse("invalid request"));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One problem: the field, the message code and its arguments. */
	public record Problem(String field, String code, Object... arguments) {
	}
}
