package de.daks.indicators.internal;

import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.indicators.NotComputable;
import de.daks.shared.cli.DaksCommand;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.DatasetId;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code daks indicators --area <key> --year <YYYY> [--format csv|json]}: every computable indicator of the area with
 * value, unit and definition id. CSV goes to standard output with the not computable indicators and their reasons on
 * standard error; JSON has them in a section {@code notComputable}.
 *
 * <p>The launcher drops arguments starting with {@code --} (they are Spring options), so the values arrive alone; they
 * are told apart by form: {@code csv}/{@code json} is the format, four digits the year, anything else the area key
 * (keys have 2, 5, 8, 9 or 12 digits or are {@code DG}). {@code --area=…} style options are read from the environment.
 */
@Component
class IndicatorsCommand implements DaksCommand {

	private final IndicatorService indicators;

	private final Environment environment;

	IndicatorsCommand(IndicatorService indicators, Environment environment) {
		this.indicators = indicators;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "indicators";
	}

	@Override
	public String usage() {
		return "--area <key> --year <YYYY> [--format csv|json]  print every computable indicator of an area";
	}

	private static final java.util.regex.Pattern AREA_KEY = java.util.regex.Pattern.compile("DG|\\d{2,12}|\\d+-Q-.+");

	/** The parsed arguments. */
	record Arguments(String area, int year, String format) {
	}

	/** Parses the arguments; null if they are not usable. */
	@Nullable
	Arguments parse(List<String> arguments) {
		// "--area=X" becomes a Spring property; "--area X" leaves an empty property "area" and the value alone
		String area = blankToNull(environment.getProperty("area"));
		String year = blankToNull(environment.getProperty("year"));
		String format = Objects.requireNonNullElse(blankToNull(environment.getProperty("format")), "csv");
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String next = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
			switch (argument) {
				case "--area" -> area = next;
				case "--year" -> year = next;
				case "--format" -> format = next;
				default -> {
					if (argument.equals("csv") || argument.equals("json")) {
						format = argument;
					}
					else if (argument.matches("\\d{4}")) {
						year = argument;
					}
					else if (area == null && AREA_KEY.matcher(argument).matches()) {
						area = argument;
					}
					else {
						return null;
					}
					continue;
				}
			}
			i++;
		}
		if (area == null || !AREA_KEY.matcher(area).matches() || year == null || !year.matches("\\d{4}")
				|| format == null
				|| !(format.equals("csv") || format.equals("json"))) {
			return null;
		}
		return new Arguments(area, Integer.parseInt(year), format);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		Arguments parsed = parse(arguments);
		if (parsed == null) {
			out.println("Usage: daks indicators " + usage().substring(0, usage().indexOf("  ")));
			return 2;
		}
		Indicators result = indicators.compute(parsed.area(), parsed.year());
		if (result.isEmpty()) {
			System.err.println("No indicator computable for " + parsed.area() + " in " + parsed.year()
					+ " (no statistics stored for it?)");
		}
		if (parsed.format().equals("json")) {
			out.println(json(result));
		}
		else {
			out.print(csv(result));
			result.notComputable().forEach(n -> System.err.println("not computable: " + n.definitionId() + ": "
					+ n.describe()));
		}
		return result.isEmpty() ? 1 : 0;
	}

	String csv(Indicators result) {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			printer.printRecord("area", "year", "id", "name", "value", "unit", "calculation", "datasets");
			for (IndicatorValue value : result.values()) {
				printer.printRecord(result.area(), result.year(), value.definitionId(), definition(value).nameEn(),
						CanonicalCsv.format(value.value()), value.unit(), value.calculation(), datasets(value));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return text.toString();
	}

	String json(Indicators result) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("area", result.area());
		root.put("year", result.year());
		List<Map<String, Object>> values = new ArrayList<>();
		for (IndicatorValue value : result.values()) {
			IndicatorDefinition definition = definition(value);
			Map<String, Object> v = new LinkedHashMap<>();
			v.put("id", value.definitionId());
			v.put("name", definition.nameEn());
			v.put("value", value.value());
			v.put("unit", value.unit());
			v.put("formula", definition.formula(Locale.ENGLISH));
			v.put("calculation", value.calculation());
			v.put("datasets", value.datasets().stream().map(DatasetId::toString).sorted().toList());
			values.add(v);
		}
		root.put("values", values);
		List<Map<String, Object>> missing = new ArrayList<>();
		for (NotComputable n : result.notComputable()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", n.definitionId());
			m.put("reason", n.reason());
			m.put("detail", n.detail());
			missing.add(m);
		}
		root.put("notComputable", missing);
		return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private IndicatorDefinition definition(IndicatorValue value) {
		return indicators.catalogue().get(value.definitionId());
	}

	private static String datasets(IndicatorValue value) {
		return String.join(" ", value.datasets().stream().map(DatasetId::toString).sorted().toList());
	}
}
