package de.daks.process;

import de.daks.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who did something in a process, as the history shows it: a user, or the system (demo loader, jobs).
 *
 * @param userId the user, or null for the system
 * @param name the name shown in the history
 */
public record ProcessActor(@Nullable UserId userId, String name) {

	public static final String SYSTEM_NAME = "System";

	public static ProcessActor system() {
		return new ProcessActor(null, SYSTEM_NAME);
	}

	public static ProcessActor user(UserId userId, String displayName) {
		return new ProcessActor(userId, displayName);
	}
}
