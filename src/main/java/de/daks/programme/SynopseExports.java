package de.daks.programme;

import de.daks.plan.TargetGroup;
import de.daks.process.Step;
import de.daks.shared.SpreadsheetCells;
import de.daks.territory.Kommune;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The tables of the Synopse as sheets (issue 7): the five steps, themes/fields of action, target groups, money and
 * key indicators – for the XLSX and PDF exports – and the pseudonymised table for the scientific evaluation.
 */
@Component
class SynopseExports {

	/** A table: header and rows of cells (numbers stay numbers in a workbook, everything else is text). */
	record Table(String name, List<String> header, List<List<@Nullable Object>> rows) {
	}

	private final MessageSource messages;

	SynopseExports(MessageSource messages) {
		this.messages = messages;
	}

	/** All tables of the Synopse for the shown Kommunen, labelled in the locale. */
	List<Table> tables(Synopse.View view, SynopseDetails.All details, java.util.function.Function<String, String> indicatorName,
			Locale locale) {
		List<Table> tables = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(msg("programme.col.kommune", locale), msg("programme.col.kind", locale),
				msg("programme.col.land", locale), msg("programme.col.population", locale), msg("programme.col.size", locale),
				msg("programme.col.current", locale)));
		for (Step step : Step.values()) {
			header.add(msg(step.messageKey(), locale));
		}
		header.add(msg("layout.synthetic", locale));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Synopse.Row row : view.rows()) {
			Kommune k = row.kommune();
			List<@Nullable Object> cells = new ArrayList<>(List.of(k.name(), msg("territory.kommuneKind." + k.kind(), locale),
					row.land() == null ? "" : row.land().displayName()));
			cells.add(k.population());
			cells.add(msg(row.size().messageKey(), locale));
			cells.add(row.currentStep() == null ? msg("programme.map.completed", locale)
					: msg(row.currentStep().messageKey(), locale));
			for (Step step : Step.values()) {
				cells.add(msg(row.process().step(step).status().messageKey(), locale));
			}
			cells.add(k.synthetic() ? msg("common.yes", locale) : msg("common.no", locale));
			rows.add(cells);
		}
		tables.add(new Table(msg("programme.table.STEPS", locale), header, rows));

		rows = new ArrayList<>();
		for (Synopse.Row row : view.rows()) {
			SynopseDetails.PlanSummary plan = details.plan(row.kommune().id());
			rows.add(List.of(row.kommune().name(), planSource(plan, locale), plan.fields().size(),
					String.join("; ", plan.fields()), plan.themes().stream().map(t -> msg(t.messageKey(), locale))
						.collect(Collectors.joining("; "))));
		}
		tables.add(new Table(msg("programme.table.THEMES", locale), List.of(msg("programme.col.kommune", locale),
				msg("programme.col.planSource", locale), msg("programme.col.fieldCount", locale),
				msg("programme.col.fields", locale), msg("programme.col.themes", locale)), rows));

		header = new ArrayList<>(List.of(msg("programme.col.kommune", locale), msg("programme.col.measures", locale)));
		for (TargetGroup group : TargetGroup.values()) {
			header.add(msg(group.messageKey(), locale));
		}
		rows = new ArrayList<>();
		for (Synopse.Row row : view.rows()) {
			SynopseDetails.PlanSummary plan = details.plan(row.kommune().id());
			List<@Nullable Object> cells = new ArrayList<>(List.of(row.kommune().name(), plan.measures()));
			for (TargetGroup group : TargetGroup.values()) {
				cells.add(plan.group(group));
			}
			rows.add(cells);
		}
		tables.add(new Table(msg("programme.table.TARGET_GROUPS", locale), header, rows));

		rows = new ArrayList<>();
		for (Synopse.Row row : view.rows()) {
			for (SynopseSpending.Line line : details.spending(row.kommune().id())) {
				rows.add(List.of(row.kommune().name(), msg(line.messageKey(), locale), line.planned(), line.committed(),
						line.spent(), line.remaining()));
			}
		}
		tables.add(new Table(msg("programme.table.FUNDING", locale), List.of(msg("programme.col.kommune", locale),
				msg("programme.col.category", locale), msg("programme.col.planned", locale),
				msg("programme.col.committed", locale), msg("programme.col.spent", locale),
				msg("programme.col.remaining", locale)), rows));

		List<String> figureHeader = new ArrayList<>(List.of(msg("programme.col.kommune", locale),
				msg("programme.col.year", locale)));
		SynopseDetails.KEY_INDICATORS.forEach(id -> figureHeader.add(indicatorName.apply(id)));
		rows = new ArrayList<>();
		for (Synopse.Row row : view.rows()) {
			SynopseDetails.KeyFigures figures = details.figures(row.kommune().id());
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(row.kommune().name());
			cells.add(figures.year());
			SynopseDetails.KEY_INDICATORS.forEach(id -> cells.add(SynopseDetails.rounded(figures.value(id))));
			rows.add(cells);
		}
		tables.add(new Table(msg("programme.table.INDICATORS", locale), figureHeader, rows));
		return tables;
	}

	private String planSource(SynopseDetails.PlanSummary plan, Locale locale) {
		if (!plan.hasPlan()) {
			return msg("programme.plan.none", locale);
		}
		return plan.version() == null ? msg("programme.plan.draft", locale)
				: msg("programme.plan.version", locale, plan.version());
	}

	/** The tables as one workbook, a sheet each: bold frozen header, numbers as numeric cells, text never a formula. */
	void writeXlsx(List<Table> tables, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (Table table : tables) {
				Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(table.name()));
				org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
				for (int i = 0; i < table.header().size(); i++) {
					head.createCell(i).setCellValue(table.header().get(i));
					head.getCell(i).setCellStyle(bold);
				}
				sheet.createFreezePane(0, 1);
				int r = 1;
				for (List<@Nullable Object> row : table.rows()) {
					org.apache.poi.ss.usermodel.Row line = sheet.createRow(r++);
					for (int c = 0; c < row.size(); c++) {
						Object value = row.get(c);
						if (value instanceof Number n) {
							line.createCell(c).setCellValue(n.doubleValue());
						}
						else if (value != null) {
							// a string cell is never evaluated: a name like "=HYPERLINK(...)" stays text
							line.createCell(c).setCellValue(value.toString());
						}
					}
				}
				for (int i = 0; i < table.header().size(); i++) {
					sheet.setColumnWidth(i, i == 0 ? 36 * 256 : 18 * 256);
				}
			}
			workbook.write(out);
		}
	}

	/** A table's cells as text for a PDF, numbers in German format. */
	static List<List<String>> asText(Table table, String none) {
		NumberFormat integers = NumberFormat.getIntegerInstance(Locale.GERMANY);
		NumberFormat decimals = NumberFormat.getNumberInstance(Locale.GERMANY);
		decimals.setMinimumFractionDigits(1);
		decimals.setMaximumFractionDigits(2);
		List<List<String>> out = new ArrayList<>();
		for (List<@Nullable Object> row : table.rows()) {
			List<String> cells = new ArrayList<>();
			for (Object value : row) {
				if (value == null) {
					cells.add(none);
				}
				else if (value instanceof BigDecimal d) {
					cells.add(d.scale() == 2 ? new java.text.DecimalFormat("#,##0.00",
							java.text.DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(d) + " €"
							: decimals.format(d));
				}
				else if (value instanceof Number n) {
					cells.add(integers.format(n));
				}
				else {
					cells.add(value.toString());
				}
			}
			out.add(cells);
		}
		return out;
	}

	// ------------------------------------------------------------------------------------ scientific evaluation

	/**
	 * The Synopse for the scientific evaluation, pseudonymised (method in ADR 0009): no name, key or exact figure of
	 * a Kommune. The pseudonym is the first 16 hex digits of HMAC-SHA256 over the Kommune's internal id with the
	 * secret key from configuration ({@code daks.evaluation.pseudonym-key}) – the same for every export with that key,
	 * so exports over the years can be linked, but not traced back without the key. Population only as size class;
	 * key indicators rounded to whole numbers; money as the spent share of the planned money in whole percent; the
	 * rows sorted by pseudonym so their order reveals nothing.
	 */
	Table pseudonymised(Synopse.View view, SynopseDetails.All details, byte[] key) {
		Mac mac;
		try {
			mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> header = new ArrayList<>(List.of("pseudonym", "kind", "land", "size_class", "current_step"));
		for (Step step : Step.values()) {
			header.add(step.name().toLowerCase(Locale.ROOT));
		}
		header.add("plan_source");
		header.add("fields_of_action");
		for (SynopseTheme theme : SynopseTheme.values()) {
			header.add("theme_" + theme.name().toLowerCase(Locale.ROOT));
		}
		header.add("measures");
		for (TargetGroup group : TargetGroup.values()) {
			header.add("target_group_" + group.name().toLowerCase(Locale.ROOT));
		}
		List<String> categories = details.spending().values().stream().flatMap(List::stream)
			.map(SynopseSpending.Line::category).distinct().sorted().toList();
		for (String category : categories) {
			header.add("spent_percent_" + category.toLowerCase(Locale.ROOT));
		}
		SynopseDetails.KEY_INDICATORS.forEach(header::add);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Synopse.Row row : view.rows()) {
			Kommune k = row.kommune();
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(HexFormat.of().formatHex(mac.doFinal(k.id().value().toString().getBytes(StandardCharsets.UTF_8)))
				.substring(0, 16));
			cells.add(k.kind().name());
			cells.add(row.land() == null ? "" : row.land().code());
			cells.add(row.size().name());
			cells.add(row.currentStep() == null ? "COMPLETED" : row.currentStep().name());
			for (Step step : Step.values()) {
				cells.add(row.process().step(step).status().name());
			}
			SynopseDetails.PlanSummary plan = details.plan(k.id());
			cells.add(!plan.hasPlan() ? "NONE" : plan.version() == null ? "DRAFT" : "PUBLISHED");
			cells.add(plan.fields().size());
			for (SynopseTheme theme : SynopseTheme.values()) {
				cells.add(plan.themes().contains(theme) ? 1 : 0);
			}
			cells.add(plan.measures());
			for (TargetGroup group : TargetGroup.values()) {
				cells.add(plan.group(group));
			}
			for (String category : categories) {
				cells.add(details.spending(k.id()).stream().filter(l -> l.category().equals(category)).findFirst()
					.filter(l -> l.planned().signum() > 0)
					.map(l -> l.spent().multiply(BigDecimal.valueOf(100)).divide(l.planned(), 0, RoundingMode.HALF_UP))
					.orElse(null));
			}
			SynopseDetails.KeyFigures figures = details.figures(k.id());
			for (String id : SynopseDetails.KEY_INDICATORS) {
				Double value = figures.value(id);
				cells.add(value == null ? null : BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP));
			}
			rows.add(cells);
		}
		// sorted by pseudonym, so the order does not reveal the alphabetical order of the names
		rows.sort(Comparator.comparing(r -> String.valueOf(r.get(0))));
		return new Table("Evaluation", header, rows);
	}

	void writeCsv(Table table, Writer writer) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (List<@Nullable Object> row : table.rows()) {
				printer.printRecord(row.stream().map(v -> v == null ? "" : SpreadsheetCells.safe(v.toString())).toList());
			}
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
