/** Indicators internals: the catalogue repository, the exact band arithmetic and the calculator, the command. */
@NullMarked
package de.daks.indicators.internal;

import org.jspecify.annotations.NullMarked;
