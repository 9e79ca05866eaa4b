/**
 * Territory: the tree Land → Regierungsbezirk → Kreis → Gemeindeverband → Gemeinde → Quartier keyed by ARS/AGS, the Gemeindeverzeichnis (GV100AD) import, boundaries and the Kommunen of DAKS.
 */
@NullMarked
@ApplicationModule(displayName = "Territory")
package de.daks.territory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
