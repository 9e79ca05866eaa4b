package de.daks.shared;

/** A requested thing does not exist (or must not be revealed to exist); rendered as 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
