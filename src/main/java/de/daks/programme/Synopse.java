package de.daks.programme;

import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.Land;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cross-Kommune overview of a programme ("Synopse"): every Kommune with its Land, kind, size and where it stands
 * in the five steps, filterable by Land, kind and size class.
 */
@Service
class Synopse {

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	Synopse(ProgrammeManagement programmes, KommuneManagement kommunen) {
		this.programmes = programmes;
		this.kommunen = kommunen;
	}

	record Row(Kommune kommune, @Nullable Land land, SizeClass size) {
	}

	/**
	 * @param rows the rows that pass the filter, by name
	 * @param total the number of Kommunen in the programme
	 * @param lands the Länder present in the programme (for the filter)
	 */
	record View(List<Row> rows, int total, List<Land> lands, Map<String, Long> byLand) {
	}

	@Transactional(readOnly = true)
	View of(ProgrammeId programme, SynopseFilter filter) {
		List<Row> all = kommunen.findAll(programmes.kommunenOf(programme)).stream()
			.map(k -> new Row(k, k.landCode() == null ? null : Land.ofCode(k.landCode()).orElse(null),
					SizeClass.of(k.population())))
			.sorted(Comparator.comparing(r -> r.kommune().name()))
			.toList();
		List<Row> rows = all.stream().filter(r -> matches(r, filter)).toList();
		List<Land> lands = all.stream().map(Row::land).filter(l -> l != null).distinct().sorted().toList();
		Map<String, Long> byLand = new TreeMap<>();
		rows.forEach(r -> byLand.merge(r.land() == null ? "" : r.land().displayName(), 1L, Long::sum));
		return new View(rows, all.size(), lands, byLand);
	}

	private static boolean matches(Row row, SynopseFilter filter) {
		KommuneKind kind = filter.getKind();
		SizeClass size = filter.getSize();
		return (filter.getLand() == null || row.land() != null && row.land().code().equals(filter.getLand()))
				&& (kind == null || row.kommune().kind() == kind) && (size == null || row.size() == size);
	}

	void writeCsv(View view, Writer writer) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("kommune", "kind", "land", "population", "population_date", "area_km2", "size_class",
					"synthetic")
			.get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (Row row : view.rows()) {
				Kommune k = row.kommune();
				printer.printRecord(k.name(), k.kind(), row.land() == null ? "" : row.land().displayName(),
						k.population(), k.populationDate(), k.areaKm2(), row.size(), k.synthetic());
			}
		}
	}
}
