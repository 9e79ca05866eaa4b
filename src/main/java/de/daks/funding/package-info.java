/**
 * Funding of the Kommunen in a programme: money as an exact value type, eligibility rules and caps per Kommune,
 * year and category, budgets, commitments and expenses checked against the rules and the remaining budget (a
 * warning before, a block at the cap), and the overviews. Every change is written to the audit log.
 */
@NullMarked
@ApplicationModule(displayName = "Funding")
package de.daks.funding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
