package de.daks.plan.web;

import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A measure as typed: every field is text and checked here, so that bad input gets a message at the field and
 * nothing is stored. Amounts in German notation (12.500,50), dates as yyyy-MM-dd (date input) or dd.MM.yyyy.
 * The form and the import of measures (XLSX/CSV, {@link MeasureImport}) both go through {@link #validate}: one
 * row of an import is one form. Status, reason and progress are only filled by the import (the page changes them
 * through their own routes); blank they mean "planned, 0 %".
 */
public class MeasureForm {

	private @Nullable Long fieldId;

	private String title = "";

	private String description = "";

	private String responsibleUnit = "";

	private String responsiblePerson = "";

	private String partners = "";

	private String responsibleUserId = "";

	private List<TargetGroup> targetGroups = new ArrayList<>();

	private String start = "";

	private String end = "";

	private String budget = "";

	private String fundingSource = "";

	private String status = "";

	private String statusReason = "";

	private String progress = "";

	static MeasureForm of(Measure m) {
		MeasureForm form = new MeasureForm();
		form.fieldId = m.fieldId();
		form.title = m.title();
		form.description = text(m.description());
		form.responsibleUnit = text(m.responsibleUnit());
		form.responsiblePerson = text(m.responsiblePerson());
		form.partners = text(m.partners());
		form.responsibleUserId = m.responsibleUserId() == null ? "" : m.responsibleUserId().toString();
		form.targetGroups = new ArrayList<>(m.targetGroups());
		form.start = m.start() == null ? "" : m.start().toString();
		form.end = m.end() == null ? "" : m.end().toString();
		form.budget = m.budget() == null ? "" : PlanFormats.money(m.budget());
		form.fundingSource = text(m.fundingSource());
		return form;
	}

	/** Checks every field; returns the measure when there is no error. */
	@Nullable
	Measure validate(long id, BindingResult result, LocalDate today) {
		if (fieldId == null) {
			result.rejectValue("fieldId", "plan.error.field");
		}
		if (title.isBlank()) {
			result.rejectValue("title", "plan.error.title");
		}
		else if (title.strip().length() > 300) {
			result.rejectValue("title", "plan.error.tooLong");
		}
		length(result, "description", description, 8000);
		length(result, "responsibleUnit", responsibleUnit, 200);
		length(result, "responsiblePerson", responsiblePerson, 200);
		length(result, "partners", partners, 1000);
		length(result, "fundingSource", fundingSource, 200);
		LocalDate s = date(result, "start", start);
		LocalDate e = date(result, "end", end);
		if (s != null && e != null && e.isBefore(s)) {
			result.rejectValue("end", "plan.error.endBeforeStart");
		}
		BigDecimal money = null;
		if (!budget.isBlank()) {
			money = PlanFormats.parseMoney(budget);
			if (money == null) {
				result.rejectValue("budget", "plan.error.money");
			}
			else if (money.signum() < 0) {
				result.rejectValue("budget", "plan.error.negative");
			}
		}
		java.util.UUID user = null;
		if (!responsibleUserId.isBlank()) {
			try {
				user = java.util.UUID.fromString(responsibleUserId.strip());
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("responsibleUserId", "plan.rule.responsibleNotMember");
			}
		}
		MeasureStatus state = MeasureStatus.PLANNED;
		if (!status.isBlank()) {
			try {
				state = MeasureStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("status", "plan.error.status");
			}
		}
		length(result, "statusReason", statusReason, 1000);
		int percent = 0;
		if (!progress.isBlank()) {
			try {
				percent = Integer.parseInt(progress.strip().replace("%", "").strip());
			}
			catch (NumberFormatException ex) {
				result.rejectValue("progress", "plan.rule.progressRange");
			}
		}
		if (!result.hasFieldErrors("status") && !result.hasFieldErrors("progress")) {
			String problem = Measure.stateProblem(state, blank(statusReason), percent, s, today);
			if (problem != null) {
				result.rejectValue(problem.equals("plan.rule.reasonNeeded") ? "statusReason"
						: problem.equals("plan.rule.doneBeforeStartDate") ? "status" : "progress", problem);
			}
		}
		if (result.hasErrors() || fieldId == null) {
			return null;
		}
		return new Measure(id, fieldId, title.strip(), blank(description), blank(responsibleUnit),
				blank(responsiblePerson), blank(partners), targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class)
						: EnumSet.copyOf(targetGroups), s, e, money, blank(fundingSource), state,
				state.needsReason() ? blank(statusReason) : null, percent, null, user);
	}

	private static void length(BindingResult result, String field, String value, int max) {
		if (value.strip().length() > max) {
			result.rejectValue(field, "plan.error.tooLong");
		}
	}

	private static @Nullable LocalDate date(BindingResult result, String field, String value) {
		if (value.isBlank()) {
			return null;
		}
		LocalDate date = PlanFormats.parseDate(value);
		if (date == null) {
			result.rejectValue(field, "plan.error.date");
		}
		return date;
	}

	static @Nullable String blank(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public @Nullable Long getFieldId() {
		return fieldId;
	}

	public void setFieldId(@Nullable Long fieldId) {
		this.fieldId = fieldId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public String getResponsibleUnit() {
		return responsibleUnit;
	}

	public void setResponsibleUnit(@Nullable String responsibleUnit) {
		this.responsibleUnit = responsibleUnit == null ? "" : responsibleUnit;
	}

	public String getResponsiblePerson() {
		return responsiblePerson;
	}

	public void setResponsiblePerson(@Nullable String responsiblePerson) {
		this.responsiblePerson = responsiblePerson == null ? "" : responsiblePerson;
	}

	public String getPartners() {
		return partners;
	}

	public void setPartners(@Nullable String partners) {
		this.partners = partners == null ? "" : partners;
	}

	public List<TargetGroup> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(@Nullable List<TargetGroup> targetGroups) {
		this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
	}

	public String getStart() {
		return start;
	}

	public void setStart(@Nullable String start) {
		this.start = start == null ? "" : start;
	}

	public String getEnd() {
		return end;
	}

	public void setEnd(@Nullable String end) {
		this.end = end == null ? "" : end;
	}

	public String getBudget() {
		return budget;
	}

	public void setBudget(@Nullable String budget) {
		this.budget = budget == null ? "" : budget;
	}

	public String getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(@Nullable String fundingSource) {
		this.fundingSource = fundingSource == null ? "" : fundingSource;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(@Nullable String status) {
		this.status = status == null ? "" : status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public void setStatusReason(@Nullable String statusReason) {
		this.statusReason = statusReason == null ? "" : statusReason;
	}

	public String getProgress() {
		return progress;
	}

	public void setProgress(@Nullable String progress) {
		this.progress = progress == null ? "" : progress;
	}

	public String getResponsibleUserId() {
		return responsibleUserId;
	}

	public void setResponsibleUserId(@Nullable String responsibleUserId) {
		this.responsibleUserId = responsibleUserId == null ? "" : responsibleUserId;
	}
}
