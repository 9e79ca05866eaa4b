package de.daks.statistics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;

/**
 * Options of a command: {@code --name value}, {@code --name=value} and flags. The launcher hands commands their
 * arguments without the {@code --} options (Spring reads those), so a command run from the shell takes them from the
 * application's source arguments; a command called directly (tests) gets them in its argument list.
 */
final class CommandOptions {

	private final List<String> positional = new ArrayList<>();

	private final Map<String, String> values = new HashMap<>();

	private final List<String> unknown = new ArrayList<>();

	private CommandOptions() {
	}

	static CommandOptions parse(String command, List<String> arguments, @Nullable ApplicationArguments application,
			Set<String> flags, Set<String> valued) {
		List<String> args = arguments;
		if (application != null) {
			List<String> source = List.of(application.getSourceArgs());
			int at = source.indexOf(command);
			if (at >= 0 && source.size() > arguments.size() + at + 1) {
				args = source.subList(at + 1, source.size());
			}
		}
		CommandOptions options = new CommandOptions();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				options.positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name)) {
				options.values.put(name, "true");
			}
			else if (valued.contains(name)) {
				if (value == null && i + 1 < args.size()) {
					value = args.get(++i);
				}
				if (value == null) {
					options.unknown.add(arg);
				}
				else {
					options.values.put(name, value);
				}
			}
			else if (!name.startsWith("spring.") && !name.startsWith("daks.") && !name.startsWith("logging.")
					&& !name.startsWith("server.")) {
				options.unknown.add(arg);
			}
		}
		return options;
	}

	List<String> positional() {
		return positional;
	}

	@Nullable String value(String name) {
		return values.get(name);
	}

	boolean flag(String name) {
		return values.containsKey(name);
	}

	List<String> unknown() {
		return unknown;
	}
}
