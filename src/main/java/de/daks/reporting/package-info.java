/**
 * Rendering shared by all modules: SVG maps ({@link de.daks.reporting.SvgMap}) and the GeoJSON geometry codec
 * they read ({@link de.daks.reporting.GeoJson}). Depends on the shared kernel only.
 */
@NullMarked
@ApplicationModule(displayName = "Reporting", allowedDependencies = "shared")
package de.daks.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
