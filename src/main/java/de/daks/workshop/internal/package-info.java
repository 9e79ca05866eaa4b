/** Zukunftswerkstatt internals: the JDBC repository, guest identities, the live feed, rate limits, the benchmark. */
@NullMarked
package de.daks.workshop.internal;

import org.jspecify.annotations.NullMarked;
