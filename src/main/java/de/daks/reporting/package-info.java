/**
 * Rendering shared by all modules: SVG maps and charts.
 */
@NullMarked
@ApplicationModule(displayName = "Reporting")
package de.daks.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
