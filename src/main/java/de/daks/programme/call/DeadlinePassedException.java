package de.daks.programme.call;

import java.time.Instant;

/** A submission after the call's deadline; nothing is stored. */
public class DeadlinePassedException extends RuntimeException {

	private final Instant deadline;

	DeadlinePassedException(Instant deadline) {
		super("The deadline passed at " + deadline);
		this.deadline = deadline;
	}

	public Instant deadline() {
		return deadline;
	}
}
