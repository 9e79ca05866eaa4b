/**
 * Werkstattplan: a Kommune's demography strategy as a tracked plan – Leitbild, Handlungsfelder, goals with
 * indicators (of the Kommunalprofil or manual), measures with responsibility, target groups, dates, milestones,
 * budget, status, progress and a timeline of updates; proposals from the Zukunftswerkstatt adopted with their origin;
 * numbered published versions that never change, compared field by field; the public accountability page. The
 * public API is {@link de.daks.plan.Plans}.
 */
@NullMarked
@ApplicationModule(displayName = "Werkstattplan")
package de.daks.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
