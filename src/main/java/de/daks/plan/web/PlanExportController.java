package de.daks.plan.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.plan.Measure;
import de.daks.plan.PlanData;
import de.daks.plan.PlanField;
import de.daks.plan.Plans;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The measures of the draft as an editable XLSX workbook: one row a measure, dates as date cells, the budget as a
 * number in euros, progress as a whole number; header in the user's language.
 */
@Controller
class PlanExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Plans plans;

	private final KommuneManagement kommunen;

	private final MessageSource messages;

	PlanExportController(Plans plans, KommuneManagement kommunen, MessageSource messages) {
		this.plans = plans;
		this.kommunen = kommunen;
		this.messages = messages;
	}

	@GetMapping(PlanController.PATH + "/massnahmen.xlsx")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> measures(@PathVariable KommuneId kommuneId) throws IOException {
		kommunen.get(kommuneId);
		Locale locale = LocaleContextHolder.getLocale();
		PlanData plan = plans.draft(kommuneId);
		Map<Long, PlanField> fields = plan.fieldsById();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("plan.measures", null, locale));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			for (MeasureColumn column : MeasureColumn.values()) {
				header.createCell(column.ordinal())
					.setCellValue(messages.getMessage(column.messageKey(), null, locale));
			}
			int r = 1;
			for (Measure m : plan.measures()) {
				Row row = sheet.createRow(r++);
				PlanField field = fields.get(m.fieldId());
				text(row, 0, field == null ? null : field.title());
				text(row, 1, m.title());
				text(row, 2, m.description());
				text(row, 3, m.responsibleUnit());
				text(row, 4, m.responsiblePerson());
				text(row, 5, m.partners());
				text(row, 6, m.targetGroups().stream().sorted()
					.map(g -> messages.getMessage(g.messageKey(), null, locale)).collect(Collectors.joining(", ")));
				if (m.start() != null) {
					row.createCell(7).setCellValue(m.start());
					row.getCell(7).setCellStyle(date);
				}
				if (m.end() != null) {
					row.createCell(8).setCellValue(m.end());
					row.getCell(8).setCellStyle(date);
				}
				if (m.budget() != null) {
					row.createCell(9).setCellValue(m.budget().doubleValue());
					row.getCell(9).setCellStyle(money);
				}
				text(row, 10, m.fundingSource());
				text(row, 11, messages.getMessage(m.status().messageKey(), null, locale));
				text(row, 12, m.statusReason());
				row.createCell(13).setCellValue(m.progress());
				text(row, 14, m.origin() == null ? null : m.origin().workshopTitle());
			}
			sheet.createFreezePane(0, 1);
			workbook.write(bytes);
		}
		return ResponseEntity.ok().contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("werkstattplan-massnahmen.xlsx").build().toString())
			.body(bytes.toByteArray());
	}

	private static void text(Row row, int column, @org.jspecify.annotations.Nullable String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}
}
