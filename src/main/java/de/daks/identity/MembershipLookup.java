package de.daks.identity;

import de.daks.shared.KommuneId;
import java.util.Set;

/** Reads the roles a user holds in a Kommune; implemented by the identity module's membership store. */
interface MembershipLookup {

	Set<KommuneRole> rolesOf(UserId user, KommuneId kommune);
}
