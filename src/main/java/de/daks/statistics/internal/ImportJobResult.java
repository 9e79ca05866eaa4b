package de.daks.statistics.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser import job returns (stored as JSON in the job's result).
 * @param status an {@link de.daks.statistics.ImportResult.Status} name
 * @param dataset the dataset written or found unchanged
 * @param problems the problems as the command line describes them (at most a few), when the job refused the file
 */
public record ImportJobResult(String status, @Nullable String dataset, int rows, List<String> problems) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public ImportJobResult {
		problems = List.copyOf(problems);
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	public static @Nullable ImportJobResult fromJson(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return JSON.readValue(json, ImportJobResult.class);
		}
		catch (JacksonException ex) {
			return null;
		}
	}
}
