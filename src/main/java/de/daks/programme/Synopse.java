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

	/**
	 * The same table as {@link #writeCsv} as an XLSX workbook (issue 7): a header row in bold, frozen, numbers as
	 * numeric cells, text as text cells (never formulas).
	 */
	void writeXlsx(View view, java.io.OutputStream out) throws IOException {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Synopse");
			org.apache.poi.ss.usermodel.CellStyle bold = workbook.createCellStyle();
			org.apache.poi.ss.usermodel.Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<String> header = new java.util.ArrayList<>(List.of("Kommune", "Art", "Land", "Einwohner", "Stichtag",
					"Fläche km²", "Größenklasse", "Aktueller Schritt"));
			for (Step step : Step.values()) {
				header.add(step.name());
			}
			header.add("Synthetisch");
			org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
				head.getCell(i).setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (Row row : view.rows()) {
				Kommune k = row.kommune();
				org.apache.poi.ss.usermodel.Row line = sheet.createRow(r++);
				int c = 0;
				line.createCell(c++).setCellValue(k.name());
				line.createCell(c++).setCellValue(k.kind().name());
				line.createCell(c++).setCellValue(row.land() == null ? "" : row.land().displayName());
				if (k.population() != null) {
					line.createCell(c).setCellValue(k.population());
				}
				c++;
				line.createCell(c++).setCellValue(k.populationDate() == null ? "" : k.populationDate());
				if (k.areaKm2() != null) {
					line.createCell(c).setCellValue(k.areaKm2().doubleValue());
				}
				c++;
				line.createCell(c++).setCellValue(row.size().name());
				line.createCell(c++).setCellValue(row.currentStep() == null ? "COMPLETED" : row.currentStep().name());
				for (Step step : Step.values()) {
					line.createCell(c++).setCellValue(row.process().step(step).status().name());
				}
				line.createCell(c).setCellValue(k.synthetic());
			}
			for (int i = 0; i < header.size(); i++) {
				sheet.setColumnWidth(i, i == 0 ? 36 * 256 : 16 * 256);
			}
			workbook.write(out);
		}
	}

	/**
	 * The Synopse for the scientific evaluation (issue 7), pseudonymised: no name, key or exact figure of a Kommune –
	 * a pseudonym (HMAC-SHA256 of the Kommune id with a secret key, the same for every export with that key, so
	 * exports over the years can be linked but not traced back without the key), kind, Land, size class and the step
	 * states.
	 */
	void writePseudonymisedCsv(View view, byte[] key, Writer writer) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("pseudonym", "kind", "land", "size_class", "current_step", "kick_off", "kommunalprofil",
					"zukunftswerkstatt", "werkstattplan", "zwischenbilanz")
			.get();
		javax.crypto.Mac mac;
		try {
			mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		List<List<Object>> records = new java.util.ArrayList<>();
		for (Row row : view.rows()) {
			Kommune k = row.kommune();
			String pseudonym = java.util.HexFormat.of()
				.formatHex(mac.doFinal(k.id().value().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.substring(0, 16);
			List<Object> record = new java.util.ArrayList<>(List.<Object>of(pseudonym, k.kind(),
					row.land() == null ? "" : row.land().code(), row.size(),
					row.currentStep() == null ? "COMPLETED" : row.currentStep()));
			for (Step step : Step.values()) {
				record.add(row.process().step(step).status());
			}
			records.add(record);
		}
		// sorted by pseudonym, so the order does not reveal the alphabetical order of the names
		records.sort(java.util.Comparator.comparing(r -> r.get(0).toString()));
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (List<Object> record : records) {
				printer.printRecord(record);
			}
		}
	}
}
