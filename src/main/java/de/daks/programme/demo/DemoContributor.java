package de.daks.programme.demo;

import de.daks.identity.UserId;
import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.util.Map;

/** A part of the demo content, e.g. the territory import or the process state of the demo Kommunen. */
interface DemoContributor {

	/** Before the Kommunen exist, outside a transaction (e.g. importing the Gemeindeverzeichnis). */
	default void beforeKommunen(DemoProperties properties) {
	}

	/** After programme, Kommunen and accounts exist, inside the loading transaction. */
	default void afterKommunen(Context context) {
	}

	/** @param accounts the demo accounts by e-mail */
	record Context(ProgrammeId programme, KommuneId bremerhaven, KommuneId dueren, KommuneId rostock,
			Map<String, UserId> accounts) {
	}
}
