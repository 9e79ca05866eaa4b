package de.daks.projection.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code --name value} pairs of a command line, checked against the names a command knows. */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	private Options() {
	}

	/** Parses the arguments; throws {@link IllegalArgumentException} naming the offending argument. */
	static Options parse(List<String> arguments, Set<String> known) {
		Options options = new Options();
		for (int i = 0; i < arguments.size(); i++) {
			String name = arguments.get(i);
			if (!name.startsWith("--") || !known.contains(name.substring(2))) {
				throw new IllegalArgumentException("unknown argument '" + name + "' (known: --" + String.join(", --",
						known.stream().sorted().toList()) + ")");
			}
			if (i + 1 >= arguments.size()) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			options.values.put(name.substring(2), arguments.get(++i));
		}
		return options;
	}

	@Nullable String get(String name) {
		return values.get(name);
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	String required(String name) {
		String v = values.get(name);
		if (v == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return v;
	}

	int integer(String name, int defaultValue) {
		String v = values.get(name);
		if (v == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(v);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number: '" + v + "'");
		}
	}
}
