package de.daks.programme;

import de.daks.shared.KommuneId;
import java.util.Map;

/**
 * The demo programme and its Kommunen exist (published once, inside the demo's loading transaction): modules that
 * depend on this one (funding) add their synthetic demo content here, as the demo contributors of this module cannot
 * call them without a dependency cycle.
 *
 * @param kommunen the demo Kommunen by short key ("Bremerhaven", "Düren", "Rostock")
 */
public record DemoProgrammeLoaded(ProgrammeId programme, Map<String, KommuneId> kommunen) {
}
