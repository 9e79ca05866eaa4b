package de.daks.programme;

import de.daks.process.ProcessManagement;
import de.daks.process.ProcessOverview;
import de.daks.process.Step;
import de.daks.shared.SpreadsheetCells;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.Land;
import java.io.IOException;
import java.io.Writer;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cross-Kommune overview of a programme ("Synopse"): every Kommune with its Land, kind, size and where it stands
 * in the five steps, filterable by Land, kind, size class and current step.
 */
@Service
class Synopse {

	/** Names in German alphabetical order ("Östringen" before "Zell"), the same on every database. */
	private static final Collator GERMAN_ORDER = Collator.getInstance(Locale.GERMAN);

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	private final ProcessManagement process;

	Synopse(ProgrammeManagement programmes, KommuneManagement kommunen, ProcessManagement process) {
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.process = process;
	}

	record Row(Kommune kommune, @Nullable Land land, SizeClass size, ProcessOverview process) {

		/** The step the Kommune works on, or null when all five are done. */
		public @Nullable Step currentStep() {
			return process.completed() ? null : process.currentStep();
		}
	}

	/**
	 * @param rows the rows that pass the filter, by name
	 * @param total the number of Kommunen in the programme
	 * @param lands the Länder present in the programme (for the filter)
	 */
	record View(List<Row> rows, int total, List<Land> lands) {

		/** How many of the shown Kommunen work on each step (completed ones under {@code null}). */
		public Map<Step, Long> byCurrentStep() {
			Map<Step, Long> counts = new java.util.EnumMap<>(Step.class);
			for (Step step : Step.values()) {
				counts.put(step, rows.stream().filter(r -> r.currentStep() == step).count());
			}
			return counts;
		}
	}

	@Transactional(readOnly = true)
	View of(ProgrammeId programme, SynopseFilter filter) {
		List<Kommune> members = kommunen.findAll(programmes.kommunenOf(programme));
		Map<de.daks.shared.KommuneId, ProcessOverview> overviews = new java.util.HashMap<>();
		process.overviewOf(members.stream().map(Kommune::id).toList())
			.forEach(o -> overviews.put(o.kommune(), o));
		List<Row> all = members.stream()
			.map(k -> new Row(k, k.landCode() == null ? null : Land.ofCode(k.landCode()).orElse(null),
					SizeClass.of(k.population()), overviews.get(k.id())))
			.sorted(Comparator.comparing(r -> r.kommune().name(), GERMAN_ORDER))
			.toList();
		List<Row> rows = all.stream().filter(r -> matches(r, filter)).toList();
		List<Land> lands = all.stream().map(Row::land).filter(l -> l != null).distinct().sorted().toList();
		return new View(rows, all.size(), lands);
	}

	private static boolean matches(Row row, SynopseFilter filter) {
		KommuneKind kind = filter.getKind();
		SizeClass size = filter.getSize();
		Step step = filter.getStep();
		return (filter.getLand() == null || row.land() != null && row.land().code().equals(filter.getLand()))
				&& (kind == null || row.kommune().kind() == kind) && (size == null || row.size() == size)
				&& (step == null || row.currentStep() == step);
	}

	void writeCsv(View view, Writer writer) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("kommune", "kind", "land", "population", "population_date", "area_km2", "size_class",
					"current_step", "kick_off", "kommunalprofil", "zukunftswerkstatt", "werkstattplan",
					"zwischenbilanz", "synthetic")
			.get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (Row row : view.rows()) {
				Kommune k = row.kommune();
				List<Object> record = new java.util.ArrayList<>(List.<Object>of(SpreadsheetCells.safe(k.name()), k.kind(),
						row.land() == null ? "" : row.land().displayName(), k.population() == null ? "" : k.population(),
						k.populationDate() == null ? "" : k.populationDate(), k.areaKm2() == null ? "" : k.areaKm2(),
						row.size(), row.currentStep() == null ? "COMPLETED" : row.currentStep()));
				for (Step step : Step.values()) {
					record.add(row.process().step(step).status());
				}
				record.add(k.synthetic());
				printer.printRecord(record);
			}
		}
	}
}
