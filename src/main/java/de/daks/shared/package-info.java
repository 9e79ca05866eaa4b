/**
 * Shared kernel: value types (Ars, KommuneId, Money), command-line plumbing, web infrastructure (locale,
 * layout helpers, errors) and the audit log. Every module may use it; it uses no other module.
 */
@NullMarked
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package de.daks.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
