package de.daks.workshop;

import java.time.Instant;

/** A registration for a workshop by the public link: a place, or a place on the waiting list (in order). */
public record Registration(long id, String name, String email, Status status, Instant registeredAt) {

	public enum Status {
		REGISTERED, WAITING
	}
}
