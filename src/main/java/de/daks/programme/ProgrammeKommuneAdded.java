package de.daks.programme;

import de.daks.shared.KommuneId;

/** A Kommune joined a programme. */
public record ProgrammeKommuneAdded(ProgrammeId programme, KommuneId kommune) {
}
