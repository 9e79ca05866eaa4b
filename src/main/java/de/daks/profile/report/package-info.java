/**
 * The Kommunalprofil report: assembly of the data sections from statistics and indicators, the document model for
 * PDF and DOCX, the demo population, and the {@code daks profile} and {@code daks bench profile} commands.
 */
@NullMarked
package de.daks.profile.report;

import org.jspecify.annotations.NullMarked;
