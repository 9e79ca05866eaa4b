package de.daks.profile.web;

import de.daks.profile.ExpertInterview;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** Adding or changing an expert interview; the key statements one per line. */
class InterviewForm {

	static final int STATEMENT_MAX = 2000;

	@NotBlank
	@Size(max = 200)
	private @Nullable String person;

	@Size(max = 200)
	private @Nullable String role;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@Size(max = 20_000)
	private @Nullable String statements;

	static InterviewForm of(ExpertInterview interview) {
		InterviewForm form = new InterviewForm();
		form.person = interview.person();
		form.role = interview.role();
		form.date = interview.date();
		form.statements = String.join("\n", interview.statements());
		return form;
	}

	/** Checks beyond the annotations: the date is not in the future, no statement is too long. */
	void validate(BindingResult result, LocalDate today) {
		if (date != null && date.isAfter(today) && !result.hasFieldErrors("date")) {
			result.rejectValue("date", "Future.interviewForm.date", "date");
		}
		if (!result.hasFieldErrors("statements") && statementList().stream().anyMatch(s -> s.length() > STATEMENT_MAX)) {
			result.rejectValue("statements", "Size.interviewForm.statement",
					new Object[] { String.valueOf(STATEMENT_MAX) }, "statements");
		}
	}

	/** The non-blank lines, trimmed, with list markers ("- ", "* ", "• ") removed. */
	List<String> statementList() {
		if (statements == null) {
			return List.of();
		}
		return Arrays.stream(statements.split("\\R"))
			.map(String::strip)
			.map(s -> s.replaceFirst("^[-*•]\\s+", ""))
			.filter(s -> !s.isBlank())
			.toList();
	}

	/** Only after successful validation. */
	ExpertInterview toInterview(long id) {
		return new ExpertInterview(id, String.valueOf(person).strip(), InventoryForm.blankToNull(role),
				date == null ? LocalDate.now(ProfileWebSupport.ZONE) : date, statementList());
	}

	public @Nullable String getPerson() {
		return person;
	}

	public void setPerson(@Nullable String person) {
		this.person = person;
	}

	public @Nullable String getRole() {
		return role;
	}

	public void setRole(@Nullable String role) {
		this.role = role;
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable String getStatements() {
		return statements;
	}

	public void setStatements(@Nullable String statements) {
		this.statements = statements;
	}
}
