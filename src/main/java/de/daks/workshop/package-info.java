/**
 * Zukunftswerkstatt: live participation workshops after Robert Jungk (DOMAIN.md section 6) – critique, fantasy and
 * realisation phases on boards with configurable columns, guests joining by short code without an account, cards
 * typed by moderators from the room or from paper, clusters, dot voting, proposed Handlungsfelder and measures that
 * hand over to the Werkstattplan through {@link de.daks.workshop.WorkshopResultsProposed}. The public API is
 * {@link de.daks.workshop.Workshops}.
 */
@NullMarked
@ApplicationModule(displayName = "Zukunftswerkstatt")
package de.daks.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
