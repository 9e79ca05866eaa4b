package de.daks.statistics.parse;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kreis population as a JSON array of objects: {@code ID_County} (AGS as integer, leading zero dropped),
 * {@code Total} and age groups such as {@code "<3 years"}, {@code "3-5 years"}, {@code ">74 years"}. The file has no
 * date: it is given at import, or 31.12.2019 for {@code county_current_population.json} (with a warning).
 */
final class KreiseJsonParser {

	private static final Pattern KREIS_KEY = Pattern.compile("\\d{5}");

	private static final Pattern BELOW = Pattern.compile("<\\s*(\\d{1,3})\\s*years?");

	private static final Pattern ABOVE = Pattern.compile(">\\s*(\\d{1,3})\\s*years?");

	private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*-\\s*(\\d{1,3})\\s*years?");

	private KreiseJsonParser() {
	}

	static ParsedFile parse(String text, String fileName, ParseOptions options) {
		Collector out = new Collector();
		LocalDate date = options.date();
		if (date == null && fileName.endsWith("county_current_population.json")) {
			date = LocalDate.of(2019, 12, 31);
			out.warning(0, "", "date-assumed", "31.12.2019 (documented date of county_current_population.json)");
		}
		if (date == null) {
			out.error(0, "", "no-date", "the file names no reference date; give it at import");
			return out.finish(FileFormat.KREISE_JSON, ParsedFile.Metadata.NONE);
		}
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(text);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			int line = location == null ? 0 : Math.max(0, location.getLineNr());
			out.error(line, location == null ? "" : "Zeichen " + location.getColumnNr(), "malformed-json",
					String.valueOf(ex.getOriginalMessage()));
			return out.finish(FileFormat.KREISE_JSON, ParsedFile.Metadata.NONE);
		}
		if (root == null || !root.isArray()) {
			out.error(1, "", "malformed-json", "expected an array of objects");
			return out.finish(FileFormat.KREISE_JSON, ParsedFile.Metadata.NONE);
		}
		int index = 0;
		for (JsonNode item : root) {
			index++;
			String where = "Objekt " + index;
			JsonNode id = item.get("ID_County");
			if (id == null || !(id.isIntegralNumber() || id.isString())) {
				out.error(index, where, "missing-key", "ID_County");
				continue;
			}
			String key = id.isIntegralNumber() ? String.format("%05d", id.bigIntegerValue()) : id.asString().trim();
			if (!KREIS_KEY.matcher(key).matches()) {
				out.error(index, where, "bad-key", key);
				continue;
			}
			Iterator<Map.Entry<String, JsonNode>> fields = item.properties().iterator();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (field.getKey().equals("ID_County")) {
					continue;
				}
				AgeBand age = band(field.getKey());
				if (age == null) {
					out.count("unknown" + field.getKey(), index, field.getKey(), "unknown-column", field.getKey(), false);
					continue;
				}
				JsonNode value = field.getValue();
				if (!value.isNumber()) {
					out.error(index, where + " " + field.getKey(), "not-a-number", value.toString());
					continue;
				}
				if (value.doubleValue() < 0 || !Double.isFinite(value.doubleValue())) {
					out.error(index, where + " " + field.getKey(), "negative-value", value.toString());
					continue;
				}
				out.add(Observation.population(key, date, Sex.TOTAL, age, value.doubleValue()), index);
			}
		}
		return out.finish(FileFormat.KREISE_JSON, new ParsedFile.Metadata("12411-02-03-4", null, null,
				"© Statistische Ämter des Bundes und der Länder, Deutschland", "dl-de/by-2-0"));
	}

	static @Nullable AgeBand band(String name) {
		String text = name.trim().toLowerCase(java.util.Locale.ROOT);
		if (text.equals("total")) {
			return AgeBand.ALL;
		}
		Matcher m = BELOW.matcher(text);
		if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
			return AgeBand.of(0, Integer.parseInt(m.group(1)));
		}
		m = ABOVE.matcher(text);
		if (m.matches()) {
			return AgeBand.openFrom(Integer.parseInt(m.group(1)) + 1);
		}
		m = RANGE.matcher(text);
		if (m.matches() && Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(1))) {
			return AgeBand.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1);
		}
		return null;
	}
}
