package de.daks.identity;

import de.daks.shared.KommuneId;

/** A user's role in one Kommune. */
public record Membership(UserId user, KommuneId kommune, KommuneRole role) {
}
