package de.daks.programme.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new call: title, summary, documents (one per line, "title | address") and the deadline (German time). */
public class CallForm {

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@NotBlank
	@Size(max = 4000)
	private String summary = "";

	@Size(max = 4000)
	private String documents = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private @Nullable LocalDateTime deadline;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary == null ? "" : summary;
	}

	public String getDocuments() {
		return documents;
	}

	public void setDocuments(String documents) {
		this.documents = documents == null ? "" : documents;
	}

	public @Nullable LocalDateTime getDeadline() {
		return deadline;
	}

	public void setDeadline(@Nullable LocalDateTime deadline) {
		this.deadline = deadline;
	}
}
