/**
 * Zwischenbilanz: the interim review of a published Werkstattplan version – goals with the indicator at baseline,
 * now and target and the trend line; measures planned against actual (dates, status, spending); the team's
 * structured reflection and an optional anonymous survey of the Kick-Off stakeholders; decisions per measure that
 * are applied to the plan draft in one transaction and lead to the next plan version; the Verstetigung; the report.
 * A completed review never changes. The public API is {@link de.daks.review.Reviews}; ADR 0012.
 */
@NullMarked
@ApplicationModule(displayName = "Zwischenbilanz")
package de.daks.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
