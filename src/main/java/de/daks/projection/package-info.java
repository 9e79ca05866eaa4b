/**
 * Projection: population projections for Kommunen and their quarters (cohort-component, Hamilton–Perry), their
 * assumptions derived from the statistics module's observations, backtests and the {@code daks project} command. The
 * arithmetic lives in the pure-Java {@link de.daks.projection.engine} package.
 */
@NullMarked
@ApplicationModule(displayName = "Projection")
package de.daks.projection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
