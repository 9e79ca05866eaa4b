package de.daks.shared.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Finds the command named by the first argument and runs it as the command-line operator. The operator is a
 * principal of its own ({@value #OPERATOR_AUTHORITY}); the authorisation service decides what it may do, and the
 * audit log records it under {@code cli:<os user>}.
 */
@Component
public class CommandDispatcher {

	public static final String OPERATOR_AUTHORITY = "ROLE_CLI_OPERATOR";

	private final Map<String, DaksCommand> commands;

	CommandDispatcher(List<DaksCommand> commands) {
		this.commands = commands.stream().collect(Collectors.toMap(DaksCommand::name, Function.identity()));
	}

	public int dispatch(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) {
			printHelp(out);
			return args.length == 0 ? 2 : 0;
		}
		// a two-word command ("bench profile") before a one-word one ("bench" with its own sub-arguments)
		int words = args.length > 1 && commands.containsKey(args[0] + " " + args[1]) ? 2 : 1;
		DaksCommand command = words == 2 ? commands.get(args[0] + " " + args[1]) : commands.get(args[0]);
		if (command == null) {
			err.println("Unknown command: " + args[0]);
			printHelp(err);
			return 2;
		}
		var operator = UsernamePasswordAuthenticationToken.authenticated("cli:" + System.getProperty("user.name"),
				null, AuthorityUtils.createAuthorityList(OPERATOR_AUTHORITY));
		SecurityContextHolder.getContext().setAuthentication(operator);
		try {
			return command.run(Arrays.asList(args).subList(words, args.length), out);
		}
		catch (Exception ex) {
			err.println("daks " + command.name() + ": " + ex.getMessage());
			return 1;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void printHelp(PrintStream out) {
		out.println("Usage: daks <command> [arguments]");
		out.println();
		commands.values().stream().sorted(Comparator.comparing(DaksCommand::name))
			.forEach(c -> out.printf("  %-20s %s%n", c.name(), c.usage()));
		out.printf("  %-20s %s%n", "help", "show this list");
	}
}
