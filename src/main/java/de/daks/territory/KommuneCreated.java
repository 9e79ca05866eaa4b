package de.daks.territory;

import de.daks.shared.KommuneId;

/** A Kommune was registered in DAKS. */
public record KommuneCreated(KommuneId id) {
}
