package de.daks.statistics.internal;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import de.daks.statistics.parse.QuarterMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A column mapping of a quarter table as the import form edits it and the upload stores it (JSON): plain text and
 * numbers, turned into a {@link QuarterMapping} for parsing. Column names are compared lower-case, as the parser does.
 *
 * @param areaKeys ids with their own key, {@code id=key} separated by commas (e.g. {@code 000=05315000})
 * @param filterValues the values of the filter column to keep, separated by commas
 * @param columns for a wide table: what each value column counts (columns without a measure are ignored)
 */
public record MappingSpec(String name, QuarterMapping.Layout layout, @Nullable String areaColumn, String areaTemplate,
		String areaKeys, @Nullable String dateColumn, boolean halfYearInFileName, @Nullable String labelColumn,
		@Nullable String valueColumn, @Nullable String filterColumn, String filterValues, List<Column> columns) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What one column of a wide table counts; {@code measure} null = the column is not read. */
	public record Column(String name, @Nullable String measure, String sex, @Nullable Integer ageFrom,
			@Nullable Integer ageTo) {
	}

	public MappingSpec {
		columns = List.copyOf(columns);
	}

	/** The spec of a mapping (a preset), with a column row for every header column of the file. */
	public static MappingSpec of(QuarterMapping mapping, List<String> header) {
		List<Column> columns = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		header.forEach(h -> names.add(h.trim().toLowerCase(Locale.ROOT)));
		mapping.columns().keySet().forEach(names::add);
		for (String name : names) {
			if (name.isEmpty()) {
				continue;
			}
			QuarterMapping.Target target = mapping.columns().get(name);
			columns.add(target == null ? new Column(name, null, Sex.TOTAL.code(), null, null)
					: new Column(name, target.measure().code(), target.sex().code(), target.age().from(),
							target.age().to()));
		}
		List<String> keys = new ArrayList<>();
		new java.util.TreeMap<>(mapping.areaKeys()).forEach((id, key) -> keys.add(id + "=" + key));
		return new MappingSpec(mapping.name(), mapping.layout(), mapping.areaColumn(), mapping.areaTemplate(),
				String.join(", ", keys), mapping.dateColumn(), mapping.halfYearInFileName(), mapping.labelColumn(),
				mapping.valueColumn(), mapping.filterColumn(), String.join(", ", new java.util.TreeSet<>(
						mapping.filterValues())),
				columns);
	}

	/**
	 * The mapping for the parser.
	 * @throws IllegalArgumentException naming the field that is wrong
	 */
	public QuarterMapping toMapping() {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String pair : areaKeys.split(",")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new IllegalArgumentException("areaKeys");
			}
			keys.put(parts[0].trim(), parts[1].trim());
		}
		Set<String> filter = new LinkedHashSet<>();
		for (String value : filterValues.split(",")) {
			if (!value.isBlank()) {
				filter.add(value.trim());
			}
		}
		if (!areaTemplate.contains("{id}") && areaColumn != null) {
			throw new IllegalArgumentException("areaTemplate");
		}
		Map<String, QuarterMapping.Target> targets = new LinkedHashMap<>();
		if (layout == QuarterMapping.Layout.LONG) {
			if (labelColumn == null) {
				throw new IllegalArgumentException("labelColumn");
			}
			if (valueColumn == null) {
				throw new IllegalArgumentException("valueColumn");
			}
		}
		else {
			for (Column column : columns) {
				if (column.measure() == null || column.measure().isBlank()) {
					continue;
				}
				AgeBand age;
				try {
					age = new AgeBand(column.ageFrom() == null ? 0 : column.ageFrom(), column.ageTo());
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("columns." + column.name(), ex);
				}
				targets.put(lower(column.name()), new QuarterMapping.Target(Measure.ofCode(column.measure()),
						Sex.ofCode(column.sex()), age));
			}
			if (targets.isEmpty()) {
				throw new IllegalArgumentException("columns");
			}
		}
		return new QuarterMapping(name, layout, lowerOrNull(areaColumn), areaTemplate.trim(), keys,
				lowerOrNull(dateColumn), halfYearInFileName, lowerOrNull(labelColumn), lowerOrNull(valueColumn),
				lowerOrNull(filterColumn), filter, targets);
	}

	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	public static @Nullable MappingSpec fromJson(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return JSON.readValue(json, MappingSpec.class);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String lower(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String lowerOrNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : lower(text);
	}
}
