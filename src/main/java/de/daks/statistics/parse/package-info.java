/**
 * The pure parsers of statistics files (no Spring, no database): GENESIS classic CSV, GENESIS flat file, register
 * extracts by single year of age, quarter tables through a column mapping, the canonical CSV and the Kreis JSON.
 * Each turns bytes into {@link de.daks.statistics.Observation}s and {@link de.daks.statistics.ParseProblem}s with line,
 * column and reason. Open to other modules (e.g. projection backtests read register files through it).
 */
@NullMarked
@NamedInterface("parse")
package de.daks.statistics.parse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
