package de.daks.process;

import de.daks.shared.KommuneId;

/** A step of a Kommune's process changed its status. */
public record StepStatusChanged(KommuneId kommune, Step step, StepStatus status) {
}
