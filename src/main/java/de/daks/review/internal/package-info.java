/** Zwischenbilanz internals: the JDBC repository and the survey mails. */
@NullMarked
package de.daks.review.internal;

import org.jspecify.annotations.NullMarked;
