package de.daks.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code daks} command line. Each module contributes its commands as beans; the dispatcher finds
 * them by {@link #name()}.
 */
public interface DaksCommand {

	/** The word after {@code daks}, e.g. {@code import-territory}. */
	String name();

	/**
	 * The word after the name when several modules share a command name ({@code daks bench projection},
	 * {@code daks bench import}), or null: then the command takes every call of its name no other command claims.
	 */
	default @org.jspecify.annotations.Nullable String subcommand() {
		return null;
	}

	/** One line for {@code daks help}: arguments and what it does. */
	String usage();

	/**
	 * Runs the command.
	 * @param arguments the arguments after the command name (Spring options {@code --x=y} removed)
	 * @param out where progress and results go
	 * @return the process exit code: 0 success, 1 failure, 2 usage error
	 */
	int run(List<String> arguments, PrintStream out) throws Exception;
}
