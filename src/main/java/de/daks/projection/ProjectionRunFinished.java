package de.daks.projection;

import de.daks.shared.KommuneId;
import java.util.UUID;

/** Published when a projection run has stored its results (or failed). */
public record ProjectionRunFinished(UUID run, KommuneId kommune, boolean succeeded) {
}
