package de.daks.identity;

import de.daks.shared.KommuneId;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the roles a user holds in a Kommune and the stored account (status, global role); implemented by the identity
 * module's user store.
 */
interface MembershipLookup {

	Set<KommuneRole> rolesOf(UserId user, KommuneId kommune);

	Optional<UserAccount> findById(UserId id);
}
