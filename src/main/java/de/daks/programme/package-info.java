/**
 * Programmes of the Geschäftsstelle: the Kommunen taking part and the cross-Kommune overview (Synopse).
 */
@NullMarked
@ApplicationModule(displayName = "Programme")
package de.daks.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
