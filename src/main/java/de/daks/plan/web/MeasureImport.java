package de.daks.plan.web;

import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.PlanData;
import de.daks.plan.PlanField;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/**
 * Reads measures from an XLSX workbook (first sheet) or a CSV file (semicolon or comma, UTF-8 or Windows-1252)
 * with the header of the XLSX export in German or English. Every row is one {@link MeasureForm} and is checked by
 * the form's rules; every bad cell is reported with its row, column and what is wrong. The file is checked by its
 * content (Apache Tika), not its name, and limited in size and rows.
 */
@Component
class MeasureImport {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	static final int MAX_ROWS = 5000;

	private static final Tika TIKA = new Tika();

	/** One bad cell (or the whole file when row is 0). */
	record Problem(int row, String column, String message) {
	}

	/** One good row: the measure and the title of its field of action. */
	record Line(int row, String fieldTitle, Measure measure, boolean newField) {
	}

	record Result(List<Line> lines, List<Problem> problems, Set<String> newFields) {

		/** The whole file refused with one message. */
		static Result refused(String message) {
			return new Result(List.of(), List.of(new Problem(0, "", message)), Set.of());
		}

		boolean ok() {
			return problems.isEmpty() && !lines.isEmpty();
		}
	}

	private final MessageSource messages;

	MeasureImport(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Checks the upload and reads its rows.
	 *
	 * @param team the Kommune's team members by e-mail address (lower case) for the responsible user
	 * @param createFields whether a field title the plan does not have yet is created (else it is an error)
	 */
	Result read(byte[] content, PlanData plan, Map<String, java.util.UUID> team, boolean createFields, LocalDate today,
			Locale locale) {
		List<List<String>> table;
		try {
			table = table(content, locale);
		}
		catch (ImportRejected ex) {
			return Result.refused(String.valueOf(ex.getMessage()));
		}
		if (table.isEmpty()) {
			return Result.refused(msg("plan.import.error.empty", locale));
		}
		List<Problem> problems = new ArrayList<>();
		Map<MeasureColumn, Integer> columns = header(table.get(0), problems, locale);
		if (!problems.isEmpty()) {
			return new Result(List.of(), problems, Set.of());
		}
		Map<String, String> fieldTitles = new HashMap<>();
		for (PlanField field : plan.fields()) {
			fieldTitles.putIfAbsent(Plans.fieldKey(field.title()), field.title());
		}
		Map<String, TargetGroup> groups = labels(TargetGroup.values(), TargetGroup::messageKey);
		Map<String, MeasureStatus> statuses = labels(MeasureStatus.values(), MeasureStatus::messageKey);
		List<Line> lines = new ArrayList<>();
		Set<String> newFields = new LinkedHashSet<>();
		for (int r = 1; r < table.size(); r++) {
			List<String> cells = table.get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			int rowNumber = r + 1;
			Map<MeasureColumn, String> values = new EnumMap<>(MeasureColumn.class);
			columns.forEach((column, index) -> values.put(column, index < cells.size() ? cells.get(index) : ""));
			MeasureForm form = new MeasureForm();
			List<Problem> rowProblems = new ArrayList<>();
			String fieldTitle = values.getOrDefault(MeasureColumn.FIELD, "").strip();
			String known = fieldTitles.get(Plans.fieldKey(fieldTitle));
			boolean newField = false;
			if (!fieldTitle.isEmpty()) {
				if (known == null && !createFields) {
					rowProblems.add(problem(rowNumber, columns, MeasureColumn.FIELD, table.get(0),
							msg("plan.import.error.unknownField", locale, fieldTitle)));
				}
				else if (known == null && fieldTitle.length() > 200) {
					rowProblems.add(problem(rowNumber, columns, MeasureColumn.FIELD, table.get(0),
							msg("plan.rule.fieldTitle", locale)));
				}
				newField = known == null;
				form.setFieldId(0L);
			}
			form.setTitle(values.get(MeasureColumn.TITLE));
			form.setDescription(values.get(MeasureColumn.DESCRIPTION));
			form.setResponsibleUnit(values.get(MeasureColumn.RESPONSIBLE_UNIT));
			form.setResponsiblePerson(values.get(MeasureColumn.RESPONSIBLE_PERSON));
			String email = values.getOrDefault(MeasureColumn.RESPONSIBLE_USER, "").strip();
			if (!email.isEmpty()) {
				java.util.UUID user = team.get(email.toLowerCase(Locale.ROOT));
				if (user == null) {
					rowProblems.add(problem(rowNumber, columns, MeasureColumn.RESPONSIBLE_USER, table.get(0),
							msg("plan.import.error.responsibleUser", locale, email)));
				}
				else {
					form.setResponsibleUserId(user.toString());
				}
			}
			form.setPartners(values.get(MeasureColumn.PARTNERS));
			form.setStart(values.get(MeasureColumn.START));
			form.setEnd(values.get(MeasureColumn.END));
			form.setBudget(values.get(MeasureColumn.BUDGET));
			form.setFundingSource(values.get(MeasureColumn.FUNDING_SOURCE));
			form.setStatusReason(values.get(MeasureColumn.STATUS_REASON));
			form.setProgress(values.get(MeasureColumn.PROGRESS));
			String status = values.getOrDefault(MeasureColumn.STATUS, "").strip();
			MeasureStatus s = statuses.get(status.toLowerCase(Locale.GERMAN));
			form.setStatus(s != null ? s.name() : status.isEmpty() ? "" : "?" + status);
			List<TargetGroup> chosen = new ArrayList<>();
			for (String label : values.getOrDefault(MeasureColumn.TARGET_GROUPS, "").split("[,;]")) {
				if (label.isBlank()) {
					continue;
				}
				TargetGroup g = groups.get(label.strip().toLowerCase(Locale.GERMAN));
				if (g == null) {
					rowProblems.add(problem(rowNumber, columns, MeasureColumn.TARGET_GROUPS, table.get(0),
							msg("plan.import.error.targetGroup", locale, label.strip())));
				}
				else if (!chosen.contains(g)) {
					chosen.add(g);
				}
			}
			form.setTargetGroups(chosen);
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "measureForm");
			Measure measure = form.validate(0, result, today);
			for (FieldError error : result.getFieldErrors()) {
				MeasureColumn column = column(error.getField());
				rowProblems.add(problem(rowNumber, columns, column, table.get(0), messages.getMessage(error, locale)));
			}
			problems.addAll(rowProblems);
			if (measure != null && rowProblems.isEmpty()) {
				lines.add(new Line(rowNumber, known != null ? known : fieldTitle, measure, newField));
				if (newField) {
					newFields.add(fieldTitle);
				}
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "", msg("plan.import.error.empty", locale)));
		}
		return new Result(lines, problems, newFields);
	}

	private static MeasureColumn column(String property) {
		for (MeasureColumn c : MeasureColumn.values()) {
			if (property.equals(c.property())) {
				return c;
			}
		}
		return MeasureColumn.TITLE;
	}

	private static Problem problem(int row, Map<MeasureColumn, Integer> columns, MeasureColumn column,
			List<String> header, String message) {
		Integer index = columns.get(column);
		String name = index == null ? "" : CellReference.convertNumToColString(index) + " (" + header.get(index).strip()
				+ ")";
		return new Problem(row, name, message);
	}

	/** The columns by their header (German or English names of the export); unknown or missing ones are errors. */
	private Map<MeasureColumn, Integer> header(List<String> header, List<Problem> problems, Locale locale) {
		Map<String, MeasureColumn> names = new HashMap<>();
		for (MeasureColumn c : MeasureColumn.values()) {
			for (Locale l : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				names.put(normal(messages.getMessage(c.messageKey(), null, l)), c);
			}
		}
		Map<MeasureColumn, Integer> columns = new EnumMap<>(MeasureColumn.class);
		for (int i = 0; i < header.size(); i++) {
			String text = header.get(i);
			if (text.isBlank()) {
				continue;
			}
			MeasureColumn c = names.get(normal(text));
			String where = CellReference.convertNumToColString(i) + " (" + text.strip() + ")";
			if (c == null) {
				problems.add(new Problem(1, where, msg("plan.import.error.unknownColumn", locale)));
			}
			else if (columns.containsKey(c)) {
				problems.add(new Problem(1, where, msg("plan.import.error.duplicateColumn", locale)));
			}
			else if (c.property() != null) {
				columns.put(c, i);
			}
		}
		for (MeasureColumn required : List.of(MeasureColumn.FIELD, MeasureColumn.TITLE)) {
			if (!columns.containsKey(required)) {
				problems.add(new Problem(1, msg(required.messageKey(), locale),
						msg("plan.import.error.missingColumn", locale)));
			}
		}
		return columns;
	}

	private static String normal(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
	}

	/** An enum's values by name and by their German and English labels (lower case). */
	private <E extends Enum<E>> Map<String, E> labels(E[] values, java.util.function.Function<E, String> messageKey) {
		Map<String, E> labels = new HashMap<>();
		for (E value : values) {
			labels.put(value.name().toLowerCase(Locale.GERMAN), value);
			String key = messageKey.apply(value);
			for (Locale l : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				labels.put(normal(messages.getMessage(key, null, l)), value);
			}
		}
		return labels;
	}

	// reading the file into text cells

	/** Thrown when the file as a whole cannot be read; the message is for the user. */
	static final class ImportRejected extends RuntimeException {

		ImportRejected(String message) {
			super(message);
		}
	}

	/** The cells of the file as text: dates as yyyy-MM-dd, numbers with a decimal comma. */
	List<List<String>> table(byte[] content, Locale locale) {
		if (content.length == 0) {
			throw new ImportRejected(msg("plan.import.error.empty", locale));
		}
		if (content.length > MAX_BYTES) {
			throw new ImportRejected(msg("plan.import.error.tooLarge", locale, MAX_BYTES / 1024 / 1024));
		}
		String type = TIKA.detect(content);
		if (type.startsWith("text/")) {
			return csv(decode(content), locale);
		}
		if (type.equals("application/zip") || type.equals("application/x-tika-ooxml")
				|| type.equals(PlanExportController.XLSX.toString())) {
			return xlsx(content, locale);
		}
		throw new ImportRejected(msg("plan.import.error.type", locale, type));
	}

	private List<List<String>> csv(String text, Locale locale) {
		String first = text.lines().findFirst().orElse("");
		char delimiter = first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count()
				? ';' : ',';
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter).get();
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				if (rows.size() > MAX_ROWS) {
					throw new ImportRejected(msg("plan.import.error.tooManyRows", locale, MAX_ROWS));
				}
				rows.add(record.stream().map(MeasureImport::unformula).toList());
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new ImportRejected(msg("plan.import.error.unreadable", locale));
		}
		return rows;
	}

	/** Undoes the apostrophe a CSV export puts before cells that a spreadsheet would take as formulas. */
	private static String unformula(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1)
				: cell;
	}

	/** UTF-8 (with or without BOM), else Windows-1252 as older spreadsheet programs write it. */
	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	private List<List<String>> xlsx(byte[] content, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new ImportRejected(msg("plan.import.error.tooManyRows", locale, MAX_ROWS));
			}
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.min(row.getLastCellNum(), 100); c++) {
						cells.add(text(row.getCell(c)));
					}
				}
				rows.add(cells);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejected rejected) {
				throw rejected;
			}
			throw new ImportRejected(msg("plan.import.error.unreadable", locale));
		}
		return rows;
	}

	private static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString().replace('.', ',');
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
