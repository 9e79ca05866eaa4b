package de.daks.reporting;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The numbers behind a chart or section: cells already formatted for the reader's locale, every row as wide as the
 * header row; {@code source} is the attribution text (e.g. "Statistikamt Nord, Bevölkerungsstand 31.12.2024").
 */
public record DataTable(String caption, List<String> headers, List<List<String>> rows, @Nullable String source) {

	public DataTable {
		Objects.requireNonNull(caption, "caption");
		headers = List.copyOf(headers);
		if (headers.isEmpty()) {
			throw new IllegalArgumentException("Data table '" + caption + "' has no header");
		}
		rows = rows.stream().map(List::copyOf).toList();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).size() != headers.size()) {
				throw new IllegalArgumentException("Data table '" + caption + "': row " + (i + 1) + " has "
						+ rows.get(i).size() + " cells, the header has " + headers.size());
			}
		}
	}
}
