/** Werkstattplan internals: the JDBC repository, the hand-over listener of the Zukunftswerkstatt, the benchmark. */
@NullMarked
package de.daks.plan.internal;

import org.jspecify.annotations.NullMarked;
