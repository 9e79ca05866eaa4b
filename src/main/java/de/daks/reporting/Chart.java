package de.daks.reporting;

import java.util.Objects;

/**
 * An accessible chart: {@code svg} is a standalone SVG document fragment ({@code role="img"}, {@code <title>},
 * {@code <desc>}, sized by its view box) and {@code table} carries the exact numbers behind it. Build charts with
 * {@link Charts}; show them with the Thymeleaf fragment {@code fragments/chart.html :: chart(chart)} or in a
 * {@link ReportDocument}.
 */
public record Chart(String title, String svg, DataTable table) {

	public Chart {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(svg, "svg");
		Objects.requireNonNull(table, "table");
	}
}
