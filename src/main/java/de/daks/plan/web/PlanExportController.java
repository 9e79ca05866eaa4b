package de.daks.plan.web;

import de.daks.shared.web.Downloads;
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
		Map<java.util.UUID, String> emails = plans.team(kommuneId).stream()
			.collect(Collectors.toMap(Plans.TeamMember::id, Plans.TeamMember::email));
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
				text(row, MeasureColumn.FIELD, field == null ? null : field.title());
				text(row, MeasureColumn.TITLE, m.title());
				text(row, MeasureColumn.DESCRIPTION, m.description());
				text(row, MeasureColumn.RESPONSIBLE_UNIT, m.responsibleUnit());
				text(row, MeasureColumn.RESPONSIBLE_PERSON, m.responsiblePerson());
				text(row, MeasureColumn.RESPONSIBLE_USER, m.responsibleUserId() == null ? null
						: emails.get(m.responsibleUserId()));
				text(row, MeasureColumn.PARTNERS, m.partners());
				text(row, MeasureColumn.TARGET_GROUPS, m.targetGroups().stream().sorted()
					.map(g -> messages.getMessage(g.messageKey(), null, locale)).collect(Collectors.joining(", ")));
				if (m.start() != null) {
					row.createCell(MeasureColumn.START.ordinal()).setCellValue(m.start());
					row.getCell(MeasureColumn.START.ordinal()).setCellStyle(date);
				}
				if (m.end() != null) {
					row.createCell(MeasureColumn.END.ordinal()).setCellValue(m.end());
					row.getCell(MeasureColumn.END.ordinal()).setCellStyle(date);
				}
				if (m.budget() != null) {
					row.createCell(MeasureColumn.BUDGET.ordinal()).setCellValue(m.budget().doubleValue());
					row.getCell(MeasureColumn.BUDGET.ordinal()).setCellStyle(money);
				}
				text(row, MeasureColumn.FUNDING_SOURCE, m.fundingSource());
				text(row, MeasureColumn.STATUS, messages.getMessage(m.status().messageKey(), null, locale));
				text(row, MeasureColumn.STATUS_REASON, m.statusReason());
				row.createCell(MeasureColumn.PROGRESS.ordinal()).setCellValue(m.progress());
				text(row, MeasureColumn.ORIGIN, m.origin() == null ? null : m.origin().workshopTitle());
			}
			sheet.createFreezePane(0, 1);
			workbook.write(bytes);
		}
		return Downloads.attachment(bytes.toByteArray(), XLSX, "werkstattplan-massnahmen.xlsx");
	}

	private static void text(Row row, MeasureColumn column, @org.jspecify.annotations.Nullable String value) {
		if (value != null) {
			row.createCell(column.ordinal()).setCellValue(value);
		}
	}
}
