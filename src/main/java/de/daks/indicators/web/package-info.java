/** Indicator pages: a Kommune's indicator table with comparisons and time series, and the public catalogue. */
@NullMarked
package de.daks.indicators.web;

import org.jspecify.annotations.NullMarked;
