package de.daks.profile.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The {@code --name value} pairs of a command line, checked against the names a command knows. A {@code --name=value}
 * option is a Spring property (the launcher removes it from the arguments), so it is read from the command line's
 * property source.
 */
final class CommandArguments {

	private final Map<String, String> values = new HashMap<>();

	private CommandArguments() {
	}

	/** @throws IllegalArgumentException naming the offending argument */
	static CommandArguments parse(List<String> arguments, Set<String> known, Environment environment) {
		CommandArguments parsed = new CommandArguments();
		// only the command line's own options: the environment also maps variables such as LANG to "lang"
		if (environment instanceof ConfigurableEnvironment configurable) {
			PropertySource<?> options = configurable.getPropertySources()
				.get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
			for (String name : known) {
				Object value = options == null ? null : options.getProperty(name);
				if (value != null && !value.toString().isBlank()) {
					parsed.values.put(name, value.toString().strip());
				}
			}
		}
		for (int i = 0; i < arguments.size(); i++) {
			String name = arguments.get(i);
			if (!name.startsWith("--") || !known.contains(name.substring(2))) {
				throw new IllegalArgumentException("unknown argument '" + name + "' (known: --"
						+ String.join(", --", known.stream().sorted().toList()) + ")");
			}
			if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			parsed.values.put(name.substring(2), arguments.get(++i));
		}
		return parsed;
	}

	@Nullable String get(String name) {
		return values.get(name);
	}

	int integer(String name, int defaultValue) {
		String value = values.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number: '" + value + "'");
		}
	}
}
