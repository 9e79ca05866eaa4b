/** Zwischenbilanz pages: the review with goals, measures, reflection, survey, decisions, Verstetigung and report. */
@NullMarked
package de.daks.review.web;

import org.jspecify.annotations.NullMarked;
