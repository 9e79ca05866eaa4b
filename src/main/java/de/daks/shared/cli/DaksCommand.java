package de.daks.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code daks} command line. Each module contributes its commands as beans; the dispatcher finds
 * them by {@link #name()}.
 */
public interface DaksCommand {

	/**
	 * The word after {@code daks}, e.g. {@code import-territory}; or two words separated by one space (e.g.
	 * {@code bench profile}), which the dispatcher prefers over a one-word command with the first word.
	 */
	String name();

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
