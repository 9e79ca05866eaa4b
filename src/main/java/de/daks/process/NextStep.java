package de.daks.process;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A next step agreed at the Kick-Off: what, who, by when, and whether it is done. */
public record NextStep(NextStepId id, String what, @Nullable String who, @Nullable LocalDate due, boolean done) {
}
