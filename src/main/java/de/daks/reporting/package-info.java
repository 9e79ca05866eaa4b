/**
 * Rendering shared by all modules: SVG maps ({@link de.daks.reporting.SvgMap}) and the GeoJSON geometry codec
 * they read ({@link de.daks.reporting.GeoJson}); accessible SVG charts with their data tables
 * ({@link de.daks.reporting.Charts}, shown by the fragment {@code fragments/chart.html :: chart(chart)}); and the
 * export of a {@link de.daks.reporting.ReportDocument} as tagged PDF or DOCX
 * ({@link de.daks.reporting.DocumentRenderer}). Depends on the shared kernel only.
 */
@NullMarked
@ApplicationModule(displayName = "Reporting", allowedDependencies = "shared")
package de.daks.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
