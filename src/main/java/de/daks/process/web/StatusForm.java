package de.daks.process.web;

import de.daks.process.StepStatus;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The status buttons of a step page. */
class StatusForm {

	@NotNull
	private @Nullable StepStatus status;

	public @Nullable StepStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable StepStatus status) {
		this.status = status;
	}
}
